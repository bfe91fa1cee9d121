import * as React from 'react';
import { MessageBar, MessageBarType, ProgressIndicator, Spinner } from '@fluentui/react';
import { ValueNetworksError } from '../../../core';
import { TrainingCancelledError, loadInsightsOverview, putModelInUseAndRescore, DEFAULT_MIN_PER_CLASS, trainSiteModel } from '../../../services';
import { DecisionsArea, ReviewSummary } from '../../decisions';
import { useHost } from '../../host';
import { stringsFor } from '../../i18n';
import { insightsStringsFor } from '../../i18n/insights';
import { ModelCard, modelView, SuccessPatterns, TrainingBar } from '../../insights';
import { useService } from '../../services';
import { SiteSetup } from '../../setup';
import { AppFrame } from '../../shell';
import { INITIAL_INSIGHTS_STATE, insightsReducer } from './insightsReducer';
import { getSalesInsightsAppClassNames } from './SalesInsightsApp.styles';
import type { ISalesInsightsAppProps } from './SalesInsightsApp.types';

const messageOf = (error: unknown): string => (error instanceof ValueNetworksError || error instanceof Error ? error.message : String(error));
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function InsightsContent(props: ISalesInsightsAppProps): React.ReactElement {
  const host = useHost();
  const locale = host.locale;
  const strings = insightsStringsFor(locale);
  const classNames = getSalesInsightsAppClassNames();
  const models = useService('models');
  const blueprints = useService('blueprints');
  const opportunities = useService('opportunities');
  const interactions = useService('interactions');
  const participants = useService('participants');
  const [state, dispatch] = React.useReducer(insightsReducer, INITIAL_INSIGHTS_STATE);
  const cancelled = React.useRef(false);
  const minPerClass = props.minPerClass ?? DEFAULT_MIN_PER_CLASS;

  React.useEffect(() => {
    let live = true;
    // Who may train is asked with the same reads: a failed check shows the models read-only, never a Train button that would fail.
    Promise.all([loadInsightsOverview({ models }), blueprints.getPublished(), models.access(props.trainerGroup).catch(() => ({ canTrain: false }))])
      .then(([overview, published, access]) => {
        if (live) dispatch({ type: 'loaded', overview, published: published ? { name: published.blueprint.name, version: published.blueprint.version } : undefined, canTrain: access.canTrain });
      })
      .catch((error: unknown) => { if (live) dispatch({ type: 'failed', message: messageOf(error) }); });
    return () => { live = false; };
  }, [models, blueprints, state.revision, props.trainerGroup]);

  const train = React.useCallback(() => {
    cancelled.current = false;
    const clock = props.clock ?? Date.now;
    trainSiteModel(
      { blueprints, opportunities, interactions, models },
      { now: clock(), minPerClass, trainedBy: host.user.displayName, onProgress: (progress) => dispatch({ type: 'progress', progress }), cancelled: () => cancelled.current, pause: nextPaint }
    ).then(
      (result) => dispatch({ type: 'trainingEnded', notice: { kind: 'success', text: strings.trained(result.record.label) } }),
      (error: unknown) =>
        dispatch({ type: 'trainingEnded', notice: error instanceof TrainingCancelledError ? { kind: 'info', text: strings.cancelled } : { kind: 'error', text: `${strings.trainFailed}: ${messageOf(error)}` } })
    );
  }, [blueprints, opportunities, interactions, models, minPerClass, host.user.displayName, props.clock, strings]);

  const use = React.useCallback((modelId: string) => {
    dispatch({ type: 'switching' });
    const clock = props.clock ?? Date.now;
    putModelInUseAndRescore({ blueprints, opportunities, interactions, participants, models }, modelId, { now: clock(), onProgress: (done, total) => dispatch({ type: 'rescoring', done, total }) }).then(
      ({ record, rescored }) => dispatch({ type: 'switched', notice: { kind: 'success', text: strings.nowInUse(record.label, rescored) } }),
      (error: unknown) => dispatch({ type: 'switched', notice: { kind: 'error', text: messageOf(error) } })
    );
  }, [blueprints, opportunities, interactions, participants, models, props.clock, strings]);

  if (state.data.phase === 'loading') return <Spinner label={strings.loading} ariaLive="polite" />;
  if (state.data.phase === 'failed') {
    return <MessageBar messageBarType={MessageBarType.error} isMultiline><strong>{strings.loadFailed}</strong>: {state.data.message}</MessageBar>;
  }
  const { overview, published, canTrain } = state.data;
  if (published === undefined) return <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.noBlueprint}</MessageBar>;
  const personal = host.host === 'teamsPersonalApp';
  const shown = overview.latest ?? overview.inUse;
  const noticeType = state.notice?.kind === 'error' ? MessageBarType.error : state.notice?.kind === 'success' ? MessageBarType.success : MessageBarType.info;
  return (
    <div className={classNames.layout}>
      {state.notice && <MessageBar messageBarType={noticeType} isMultiline>{state.notice.text}</MessageBar>}
      {state.rescoring && (
        <ProgressIndicator label={strings.rescoring(state.rescoring.done, state.rescoring.total)} percentComplete={state.rescoring.total > 0 ? state.rescoring.done / state.rescoring.total : undefined} />
      )}
      {!personal && !canTrain && (
        <p data-testid="who-can-train" className={classNames.readOnly}>{strings.whoCanTrain(props.trainerGroup)}</p>
      )}
      {!personal && canTrain && (
        <TrainingBar
          locale={locale}
          progress={state.training}
          expectedDeals={shown ? shown.model.trainedOn.won + shown.model.trainedOn.lost : undefined}
          onTrain={train}
          onCancel={() => { cancelled.current = true; }}
        />
      )}
      <div className={classNames.models}>
        {overview.inUse ? (
          <ModelCard heading={strings.inUseHeading} view={modelView(overview.inUse, locale, published, minPerClass)} locale={locale} />
        ) : (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.noModel}</MessageBar>
        )}
        {overview.latest && (
          <ModelCard heading={strings.candidateHeading} view={modelView(overview.latest, locale, published, minPerClass)} locale={locale} onUse={personal || !canTrain ? undefined : use} busy={state.switching} />
        )}
      </div>
      {shown?.patterns && <SuccessPatterns summary={shown.patterns} filter={state.filter} onFilterChange={(filter) => dispatch({ type: 'filter', filter })} locale={locale} />}
      {/* What the reviewers recorded, beside what the outcomes teach. */}
      {shown?.patterns && <ReviewSummary locale={locale} testId="patterns-review-summary" />}
      {!personal && <DecisionsArea locale={locale} clock={props.clock ?? Date.now} />}
    </div>
  );
}

/** The Sales Insights app root, rendered by its web part, the Teams tab and personal app, and the local workbench. */
export function SalesInsightsApp(props: ISalesInsightsAppProps): React.ReactElement {
  const strings = stringsFor(useHost().locale);
  return (
    <AppFrame title={strings.insightsTitle} purpose={strings.insightsPurpose}>
      <SiteSetup>
        <InsightsContent {...props} />
      </SiteSetup>
    </AppFrame>
  );
}
