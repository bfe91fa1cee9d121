import * as React from 'react';
import { MessageBar, MessageBarType, Panel, PanelType, Spinner, useTheme } from '@fluentui/react';
import { loadAccountParticipants, mapParticipant, loadOpportunityInteractions } from '../../../services';
import type { Participant } from '../../../services';
import { DealBidAdvice } from '../../decisions/BidPanel';
import { dashboardStringsFor } from '../../i18n/dashboard';
import { decisionsStringsFor } from '../../i18n/decisions';
import { useServices } from '../../services';
import { formatAmount, formatPercent } from '../format';
import { engagementSuggestions } from '../model/engagement';
import { personName } from '../model/personName';
import { DEFAULT_THRESHOLDS, meetsSeverity } from '../model/thresholds';
import { AlertsSection, NetworkSection, RoleCoverageSection, TimelineSection } from './DrilldownSections';
import { getOpportunityPanelClassNames } from './OpportunityPanel.styles';
import { drilldownReducer, type IOpportunityPanelProps } from './OpportunityPanel.types';
import { WhoElseToEngage } from '../WhoElseToEngage';
import { ScoreSection } from './ScoreSection';

/**
 * The drill-down of one opportunity: its interactions are read on demand through the indexed
 * opportunity id (never for the whole list), then shown as a timeline against the blueprint, role
 * coverage, the actual network against the planned one, the score with its reasons and the alerts.
 */
export function OpportunityPanel(props: IOpportunityPanelProps): React.ReactElement {
  const strings = dashboardStringsFor(props.locale);
  const classNames = getOpportunityPanelClassNames(useTheme());
  const services = useServices();
  const { record } = props;
  const opportunity = record.opportunity;
  const [state, dispatch] = React.useReducer(drilldownReducer, { phase: 'loading' });
  const interactions = services.interactions;
  const alertLog = services.alertLog;
  const participantStore = services.participants;
  // The relationship map at the deal's account, for "who else to engage"; absent without the store.
  const [participants, setParticipants] = React.useState<readonly Participant[] | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    setParticipants(undefined);
    if (participantStore) {
      loadAccountParticipants({ participants: participantStore }, opportunity.account)
        .then((list) => { if (live) setParticipants(list); })
        .catch(() => { if (live) setParticipants(undefined); });
    }
    return () => { live = false; };
  }, [participantStore, opportunity.account]);

  const onMap = React.useCallback(async (email: string, roleId: string): Promise<void> => {
    if (!participantStore) throw new Error('The composition root provides no "participants" service.');
    const participant: Participant = { email, role: roleId, account: opportunity.account };
    const report = await mapParticipant({ participants: participantStore }, participant);
    if (report.failed > 0) throw new Error(report.failures[0]?.reason ?? 'not stored');
    setParticipants((list) => [...(list ?? []), participant]);
  }, [participantStore, opportunity.account]);

  React.useEffect(() => {
    let live = true;
    dispatch({ type: 'load' });
    if (!interactions) {
      dispatch({ type: 'failed', message: 'The composition root provides no "interactions" service.' });
      return undefined;
    }
    Promise.all([loadOpportunityInteractions({ interactions }, opportunity.id), alertLog ? alertLog.listByOpportunity(opportunity.id) : Promise.resolve(undefined)])
      .then(([list, alerts]) => { if (live) dispatch({ type: 'loaded', interactions: list, alerts }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: error instanceof Error ? error.message : String(error) }); });
    return () => { live = false; };
  }, [interactions, alertLog, opportunity.id]);

  const title = opportunity.name ?? opportunity.id;
  const stageName = props.blueprint.stages.find((s) => s.id === record.stage)?.name ?? record.stage ?? '';
  const section = { blueprint: props.blueprint, opportunity, strings, locale: props.locale };
  const thresholds = props.thresholds ?? DEFAULT_THRESHOLDS;
  const listed = record.snapshot?.deviations.top.filter((d) => meetsSeverity(d.severity, thresholds.minSeverity)) ?? [];
  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={title}
      closeButtonAriaLabel={strings.panelClose}
      onDismiss={props.onDismiss}
      isLightDismiss
      data-opportunity={opportunity.id}
    >
      <p className={classNames.facts} data-testid="drilldown-facts">
        {opportunity.id} · {opportunity.account} · {personName(opportunity.owner)} · {stageName} · {strings.statuses[opportunity.status]} · {formatAmount(opportunity.amount, props.locale, opportunity.currency)}
        {record.snapshot ? ` · ${strings.columns.fitness} ${formatPercent(record.snapshot.fitness, props.locale, strings.notAvailable)}` : ''}
      </p>
      {record.snapshot && listed.length > 0 && (
        <section className={classNames.section} aria-labelledby="vn-drill-deviations">
          <h3 id="vn-drill-deviations" className={classNames.heading}>{strings.deviationsHeading} ({record.snapshot.deviations.deviationCount})</h3>
          <ul className={classNames.list} data-testid="deviations">
            {listed.map((d, i) => <li key={i}>{d.message}</li>)}
          </ul>
          {/* The snapshot stores the most severe deviations only: say how many the list leaves out. */}
          {record.snapshot.deviations.deviationCount > listed.length && <p data-testid="deviations-more">{strings.moreDeviations(record.snapshot.deviations.deviationCount - listed.length)}</p>}
        </section>
      )}
      {state.phase === 'loading' && <Spinner label={strings.loading} ariaLive="polite" />}
      {state.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} isMultiline>{state.message}</MessageBar>}
      {state.phase === 'loaded' && (
        <>
          <TimelineSection {...section} interactions={state.interactions} now={props.now} lateToleranceDays={thresholds.lateToleranceDays} />
          <ScoreSection {...section} interactions={state.interactions} snapshot={record.snapshot} now={props.now} history={props.history} />
          <RoleCoverageSection {...section} interactions={state.interactions} />
          <NetworkSection {...section} interactions={state.interactions} />
          {participants && opportunity.status === 'open' && (
            <WhoElseToEngage suggestions={engagementSuggestions(props.blueprint, opportunity.owner, state.interactions, participants)} blueprint={props.blueprint} locale={props.locale} onMap={onMap} />
          )}
          {opportunity.status === 'open' && services.blueprints && (
            <section className={classNames.section} aria-labelledby="vn-drill-bid">
              <h3 id="vn-drill-bid" className={classNames.heading}>{decisionsStringsFor(props.locale).tabs.bid}</h3>
              <DealBidAdvice record={record} interactions={state.interactions} locale={props.locale} now={props.now} />
            </section>
          )}
          <AlertsSection alerts={state.alerts} strings={strings} locale={props.locale} />
        </>
      )}
    </Panel>
  );
}
