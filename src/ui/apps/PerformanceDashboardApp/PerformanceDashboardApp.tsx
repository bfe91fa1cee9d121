import * as React from 'react';
import { Link, MessageBar, MessageBarType, Spinner, useTheme } from '@fluentui/react';
import { funnelAnalysis, sellerFunnels } from '../../../core/insights';
import { personName } from '../../../core/alerts';
import { acknowledgeAlert, dealsOfAlert, feedScopes, loadAlertFeed, snoozeAlert, type FeedItem, loadDashboard, loadSyncStatus, type SyncRunSummary, addRecognitionRuleToDraft } from '../../../services';
import type { UnmatchedGroup } from '../../../core/recognition';
import { suggestRecognitionRule } from '../../../core/recognition';
import { SyncStatus } from '../../dashboard/SyncStatus';
import { AlertFeed } from '../../dashboard/AlertFeed';
import { CoachingView } from '../../dashboard/CoachingView';
import { DataImport } from '../../dashboard/DataImport';
import { DeviationHeatmap } from '../../dashboard/DeviationHeatmap';
import { FunnelChart } from '../../dashboard/FunnelChart';
import { KpiCards } from '../../dashboard/KpiCards';
import { behaviourGaps, bestSellerIdeal, dashboardKpis, dealsNeedingAttention, deviationHeatmap, nextMissingExchanges, normaliseThresholds } from '../../dashboard/model';
import { MyDeals } from '../../dashboard/MyDeals';
import { OpportunityList } from '../../dashboard/OpportunityList';
import { OpportunityPanel } from '../../dashboard/OpportunityPanel';
import { SelfDiagnosis } from '../../dashboard/SelfDiagnosis';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { alertStringsFor } from '../../i18n/alerts';
import { syncStringsFor } from '../../i18n/sync';
import { useService, useServices } from '../../services';
import { SiteSetup } from '../../setup';
import { AppFrame } from '../../shell';
import { dashboardReducer, initialDashboardState } from './dashboardReducer';
import { getPerformanceDashboardAppClassNames } from './PerformanceDashboardApp.styles';
import type { IPerformanceDashboardAppProps } from './PerformanceDashboardApp.types';

function DashboardContent(props: IPerformanceDashboardAppProps): React.ReactElement {
  const host = useHost();
  const locale = host.locale;
  const strings = dashboardStringsFor(locale);
  const classNames = getPerformanceDashboardAppClassNames(useTheme());
  const opportunities = useService('opportunities');
  const blueprints = useService('blueprints');
  // The AlertLog is optional: a host without it shows the dashboard without the alert feed.
  const alertLog = useServices().alertLog;
  const syncState = useServices().syncState;
  const alertStrings = alertStringsFor(locale);
  const [state, dispatch] = React.useReducer(dashboardReducer, props.opportunityId ?? host.teams?.subEntityId, initialDashboardState);
  const clock = props.clock ?? Date.now;
  const thresholds = React.useMemo(() => normaliseThresholds(props), [props.lateToleranceDays, props.minSeverity]);

  React.useEffect(() => {
    let live = true;
    // Monitoring reads the published version only, never a draft.
    const chosen = props.blueprintId ? blueprints.getPublished(props.blueprintId).then((b) => b ?? blueprints.getPublished()) : blueprints.getPublished();
    Promise.all([loadDashboard({ opportunities }), chosen])
      .then(([records, published]) => { if (live) dispatch({ type: 'loaded', records, blueprint: published?.blueprint }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [opportunities, blueprints, state.revision, props.blueprintId]);

  const personal = host.host === 'teamsPersonalApp';
  const loaded = state.data.phase === 'loaded' ? state.data : undefined;

  // The alert feed: a seller's own digests, and for the team view the team summaries too (one request each).
  React.useEffect(() => {
    if (alertLog === undefined) return undefined;
    let live = true;
    loadAlertFeed(alertLog, feedScopes(host.user.loginName, !personal))
      .then((items) => { if (live) dispatch({ type: 'feed-loaded', items }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'feed-failed', message: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [alertLog, personal, host.user.loginName, state.feedRevision]);

  // The last Microsoft 365 sync run (one request); a seller's personal app does not show it.
  const [sync, setSync] = React.useState<{ phase: 'loading' } | { phase: 'loaded'; summary: SyncRunSummary | undefined } | { phase: 'failed'; message: string }>({ phase: 'loading' });
  React.useEffect(() => {
    if (syncState === undefined || personal) return undefined;
    let live = true;
    loadSyncStatus(syncState)
      .then((summary) => { if (live) setSync({ phase: 'loaded', summary }); })
      .catch((error: unknown) => { if (live) setSync({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [syncState, personal, state.revision]);

  // "Add the rule to the draft": the group's words as a recognition rule of the chosen exchange, in the draft only.
  const [ruleNotice, setRuleNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const createRule = React.useCallback((group: UnmatchedGroup, transactionId: string) => {
    const published = loaded?.blueprint;
    const transaction = published?.transactions.find((t) => t.id === transactionId);
    const syncStrings = syncStringsFor(locale);
    if (published === undefined || transaction === undefined) return;
    const rule = suggestRecognitionRule(group, transaction, published);
    if (rule === undefined) {
      setRuleNotice({ kind: 'error', text: syncStrings.ruleNotPossible });
      return;
    }
    const words = rule.kind === 'plannerTask' ? rule.titleContains : rule.kind === 'mail' || rule.kind === 'meeting' ? rule.subjectContains ?? '' : '';
    addRecognitionRuleToDraft(blueprints, published.id, transactionId, rule)
      .then(() => setRuleNotice({ kind: 'success', text: syncStrings.ruleAdded(`${syncStrings.kinds[group.kind]} "${words}"`, transaction.deliverable, published.name) }))
      .catch((error: unknown) => setRuleNotice({ kind: 'error', text: syncStrings.ruleFailed(error instanceof Error ? error.message : String(error)) }));
  }, [loaded, blueprints, locale]);

  // A deep link to an alert (or "Show these deals") filters the list to exactly the alert's deals.
  React.useEffect(() => {
    if (alertLog === undefined || state.alertKey === undefined || !loaded) return undefined;
    let live = true;
    dealsOfAlert(alertLog, state.alertKey, new Set(loaded.records.map((r) => r.opportunity.id)))
      .then((deals) => { if (live) dispatch({ type: 'alert-resolved', deals }); })
      .catch(() => { if (live) dispatch({ type: 'alert-resolved', deals: { kind: 'unknown-alert', dedupeKey: state.alertKey ?? '' } }); });
    return () => { live = false; };
  }, [alertLog, state.alertKey, loaded]);

  // A followed alert link lands on the filtered list, not on the top of a long page.
  const alertBar = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (state.alertDeals !== undefined && typeof alertBar.current?.scrollIntoView === 'function') alertBar.current.scrollIntoView({ block: 'start' });
  }, [state.alertDeals]);

  const acknowledge = React.useCallback((item: FeedItem) => {
    if (alertLog === undefined) return;
    acknowledgeAlert(alertLog, item.record, host.user.loginName, clock())
      .then(() => dispatch({ type: 'feed-reload' }))
      .catch((error: unknown) => dispatch({ type: 'feed-failed', message: `${alertStrings.acknowledgeFailed}: ${error instanceof Error ? error.message : String(error)}` }));
  }, [alertLog, host.user.loginName, clock, alertStrings]);

  const snooze = React.useCallback((item: FeedItem) => {
    if (alertLog === undefined) return;
    snoozeAlert(alertLog, item.record, host.user.loginName, clock(), 7)
      .then(() => dispatch({ type: 'feed-reload' }))
      .catch((error: unknown) => dispatch({ type: 'feed-failed', message: `${alertStrings.acknowledgeFailed}: ${error instanceof Error ? error.message : String(error)}` }));
  }, [alertLog, host.user.loginName, clock, alertStrings]);
  // A seller's personal app shows only the deals they own (login names differ only in case across sources).
  const records = React.useMemo(() => {
    if (!loaded) return [];
    const me = host.user.loginName.toLowerCase();
    return personal ? loaded.records.filter((r) => r.opportunity.owner.toLowerCase() === me) : loaded.records;
  }, [loaded, personal, host.user.loginName]);
  // Analysis time: never before the latest snapshot, so deadlines read the way the analysis read them.
  const now = React.useMemo(() => records.reduce((latest, r) => Math.max(latest, r.snapshot?.analysedAt ?? 0), clock()), [records]);
  const blueprint = loaded?.blueprint;
  const kpis = React.useMemo(() => dashboardKpis(records), [records]);
  // The benchmark is learnt from the whole site's closed deals, never from the person compared: in a
  // seller's personal app she is left out of the ranking, so her funnel never meets itself.
  const ideal = React.useMemo(
    () => (blueprint && loaded ? bestSellerIdeal(loaded.records.map((r) => r.opportunity), blueprint, { now, exclude: personal ? host.user.loginName : undefined }) : undefined),
    [loaded, blueprint, now, personal, host.user.loginName]
  );
  const myClosed = React.useMemo(() => records.filter((r) => r.opportunity.status !== 'open').length, [records]);
  const funnel = React.useMemo(
    () => (blueprint && ideal ? funnelAnalysis(records.map((r) => r.opportunity), blueprint, { now, idealConversion: ideal.conversion }) : undefined),
    [records, blueprint, ideal, now]
  );
  // Coaching: a manager sees every seller against the benchmark; a seller sees where she differs from the best.
  const sellers = React.useMemo(
    () => (blueprint && ideal && !personal ? sellerFunnels(records.map((r) => r.opportunity), blueprint, { now, idealConversion: ideal.conversion }) : []),
    [records, blueprint, ideal, personal, now]
  );
  const attention = React.useMemo(() => (blueprint && !personal ? dealsNeedingAttention(records, blueprint, { stuck: sellers.flatMap((s) => s.stuck) }) : []), [records, blueprint, personal, sellers]);
  const gaps = React.useMemo(
    () => (blueprint && ideal && loaded && personal ? behaviourGaps(loaded.records, blueprint, host.user.loginName, ideal.sellers) : undefined),
    [loaded, blueprint, ideal, personal, host.user.loginName]
  );
  const heatmap = React.useMemo(() => (blueprint ? deviationHeatmap(records, blueprint, state.grouping, thresholds.minSeverity) : undefined), [records, blueprint, state.grouping, thresholds]);
  const history = React.useMemo(() => ({ won: kpis.won, lost: kpis.closed - kpis.won }), [kpis]);
  const open = React.useCallback((opportunityId: string) => dispatch({ type: 'open', opportunityId }), []);
  const onImported = React.useCallback(() => dispatch({ type: 'reload' }), []);

  if (state.data.phase === 'loading') return <Spinner label={strings.loading} ariaLive="polite" />;
  if (state.data.phase === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <strong>{strings.loadFailed}</strong>: {state.data.message}
      </MessageBar>
    );
  }
  if (!blueprint || !funnel || !heatmap || !ideal) return <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.noBlueprint}</MessageBar>;
  const openRecord = state.openId === undefined ? undefined : loaded?.records.find((r) => r.opportunity.id === state.openId);
  return (
    <div className={classNames.layout}>
      {personal && (
        <div className={classNames.wide}>
          <h3 className={classNames.heading}>{strings.myDealsHeading}</h3>
          {records.length === 0 ? <p>{strings.myDealsNone}</p> : <MyDeals next={nextMissingExchanges(records.filter((r) => r.opportunity.status === 'open'), blueprint)} onOpen={open} locale={locale} />}
        </div>
      )}
      <div className={classNames.wide}>
        <KpiCards kpis={kpis} locale={locale} />
      </div>
      {personal && gaps && (
        <div className={classNames.wide}>
          <SelfDiagnosis funnel={funnel} gaps={gaps} blueprint={blueprint} locale={locale} onOpen={open} />
        </div>
      )}
      {!personal && (
        <div className={classNames.wide}>
          <CoachingView sellers={sellers} attention={attention} blueprint={blueprint} currency={kpis.currency} locale={locale} onOpen={open} />
        </div>
      )}
      <FunnelChart
        report={funnel}
        stages={[...blueprint.stages].sort((a, b) => a.order - b.order)}
        idealSellers={ideal.sellers.length}
        idealSample={ideal}
        tooFewDeals={personal && myClosed < ideal.minClosed ? { closed: myClosed, minClosed: ideal.minClosed } : undefined}
        locale={locale}
      />
      <DeviationHeatmap heatmap={heatmap} stages={blueprint.stages} grouping={state.grouping} onGroupingChange={(grouping) => dispatch({ type: 'grouping', grouping })} locale={locale} />
      {alertLog !== undefined && (
        <div className={classNames.wide}>
          {state.feed.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} isMultiline><strong>{alertStrings.loadFailed}</strong>: {state.feed.message}</MessageBar>}
          {state.feed.phase === 'loaded' && (
            <AlertFeed items={state.feed.items} locale={locale} selectedKey={state.alertKey} nameOf={(login) => personName(login)} onShowDeals={(item) => dispatch({ type: 'show-alert', dedupeKey: item.record.dedupeKey })} onAcknowledge={acknowledge} onSnooze={snooze} now={clock()} />
          )}
        </div>
      )}
      <div className={classNames.wide} ref={alertBar}>
        {state.alertDeals !== undefined && (
          <MessageBar messageBarType={state.alertDeals.kind === 'found' ? MessageBarType.info : MessageBarType.warning} isMultiline data-testid="alert-filter">
            {state.alertDeals.kind === 'found'
              ? `${alertStrings.filtered(state.alertDeals.dealIds.length, state.alertDeals.record.summary)}${state.alertDeals.missing.length > 0 ? ` ${alertStrings.filteredMissing(state.alertDeals.missing.length)}` : ''} `
              : `${alertStrings.unknownAlert} `}
            <Link onClick={() => dispatch({ type: 'clear-alert' })}>{alertStrings.showAll}</Link>
          </MessageBar>
        )}
        <OpportunityList
          records={records}
          stages={[...blueprint.stages].sort((a, b) => a.order - b.order)}
          filter={state.filter}
          sort={state.sort}
          onFilterChange={(filter) => dispatch({ type: 'filter', filter })}
          onSortChange={(sort) => dispatch({ type: 'sort', sort })}
          onOpen={open}
          hideOwnerFilter={personal}
          locale={locale}
        />
      </div>
      {!personal && syncState !== undefined && (
        <div className={classNames.wide}>
          {sync.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} isMultiline><strong>{syncStringsFor(locale).loadFailed}</strong>: {sync.message}</MessageBar>}
          {sync.phase === 'loaded' && (
            <SyncStatus
              summary={sync.summary}
              locale={locale}
              exchanges={[...(blueprint?.transactions ?? [])].sort((a, b) => a.sequence - b.sequence).map((t) => ({ id: t.id, name: t.deliverable }))}
              onCreateRule={createRule}
              notice={ruleNotice}
            />
          )}
        </div>
      )}
      {!personal && (
        <div className={classNames.wide}>
          <DataImport now={now} locale={locale} onImported={onImported} />
        </div>
      )}
      {openRecord && (
        <OpportunityPanel record={openRecord} blueprint={blueprint} history={history} now={now} thresholds={thresholds} locale={locale} onDismiss={() => dispatch({ type: 'close' })} />
      )}
    </div>
  );
}

/** The Performance Dashboard app root, rendered by its web part, the Teams tab and personal app, and the local workbench. */
export function PerformanceDashboardApp(props: IPerformanceDashboardAppProps): React.ReactElement {
  const strings = stringsFor(useHost().locale);
  return (
    <AppFrame title={strings.dashboardTitle} purpose={strings.dashboardPurpose}>
      <SiteSetup>
        <DashboardContent {...props} />
      </SiteSetup>
    </AppFrame>
  );
}
