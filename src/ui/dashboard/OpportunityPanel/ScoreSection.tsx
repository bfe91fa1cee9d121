import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { SCORE_GRADE_CUTS, SCORE_TREND_THRESHOLD, scoreOpportunity } from '../../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../../core/model';
import { parseScoringModelLabel } from '../../../services';
import type { AnalysisSnapshot, ScoreReason } from '../../../services';
import type { DashboardStrings } from '../../i18n/dashboard';
import { formatDate, formatNumber } from '../format';
import { scoreBadge } from '../model/scoreBadge';
import { getOpportunityPanelClassNames } from './OpportunityPanel.styles';

export interface IScoreSectionProps {
  readonly blueprint: Blueprint;
  readonly opportunity: Opportunity;
  readonly interactions: readonly Interaction[];
  readonly snapshot: AnalysisSnapshot | undefined;
  /** Epoch ms, for the fallback computation. */
  readonly now: number;
  /** Closed deals on the site, which the fallback blueprint-distance model reports it was chosen over. */
  readonly history: { readonly won: number; readonly lost: number };
  readonly strings: DashboardStrings;
  readonly locale: string;
}

/** Reasons shown for a score computed here (the stored ones are cut to five by the analysis). */
const FALLBACK_REASONS = 5;

interface ScoreView {
  readonly value: string;
  readonly model: string;
  readonly reasons: readonly ScoreReason[] | undefined;
  readonly note?: string;
}

/** What a stored score says, in plain words: a logistic score is a win probability, a distance score is not. */
function storedView(score: number, snapshot: AnalysisSnapshot, strings: DashboardStrings): ScoreView {
  const rounded = Math.round(100 * score);
  const label = snapshot.scoreModel === undefined ? undefined : parseScoringModelLabel(snapshot.scoreModel);
  const reasons = snapshot.scoreReasons;
  if (label?.model === 'logistic') return { value: strings.winProbability(rounded), model: strings.logisticModel(label.won, label.lost), reasons };
  if (label?.model === 'blueprint-distance') return { value: strings.blueprintCloseness(rounded), model: strings.storedDistanceModel(label.won, label.lost), reasons };
  // A label this version cannot read is shown as it was stored rather than guessed at.
  return { value: strings.plainScore(rounded), model: snapshot.scoreModel ?? strings.notAvailable, reasons };
}

function signedPoints(points: number, locale: string, strings: DashboardStrings): string {
  return strings.points(`${points > 0 ? '+' : ''}${formatNumber(points, locale, '0')}`);
}

/**
 * The score and its reasons. A score stored by the analysis is shown with the model that produced it
 * and the reasons stored with it (largest first). Only when no score is stored is one computed here,
 * with the blueprint-distance model (it needs no training, so this deal's exchanges are enough), and
 * the section says so.
 */
export function ScoreSection(props: IScoreSectionProps): React.ReactElement {
  const classNames = getOpportunityPanelClassNames(useTheme());
  const { strings, snapshot } = props;
  const stored = snapshot?.score;
  // Grade and trend belong to a stored score: a score computed here has no history.
  const badge = stored !== undefined ? scoreBadge(snapshot) : undefined;
  let view: ScoreView;
  if (snapshot !== undefined && stored !== undefined) {
    view = storedView(stored, snapshot, strings);
  } else {
    const computed = scoreOpportunity({ model: 'blueprint-distance', trainedOn: props.history }, props.opportunity, props.interactions, props.blueprint, { now: props.now });
    view = { value: strings.blueprintCloseness(computed.score), model: strings.distanceModel, reasons: computed.contributions.slice(0, FALLBACK_REASONS), note: strings.scoreNotStored };
  }
  return (
    <section className={classNames.section} aria-labelledby="vn-drill-score">
      <h3 id="vn-drill-score" className={classNames.heading}>{strings.scoreHeading}</h3>
      <p className={classNames.scoreValue} data-testid="score" data-score-source={stored !== undefined ? 'stored' : 'computed'}>{view.value}</p>
      <p className={classNames.facts} data-testid="score-model">{strings.scoreModel(view.model)}</p>
      {badge !== undefined && (
        <>
          <p className={classNames.facts} data-testid="score-grade">{strings.gradeLine(badge.grade, SCORE_GRADE_CUTS)}</p>
          <p className={classNames.facts} data-testid="score-trend" data-trend={badge.trend}>
            {badge.change === undefined || badge.since === undefined
              ? strings.trendNoHistory(SCORE_TREND_THRESHOLD)
              : strings.trendLine(strings.trends[badge.trend], signedPoints(badge.change, props.locale, strings), formatDate(badge.since, props.locale, strings.notAvailable), SCORE_TREND_THRESHOLD)}
          </p>
        </>
      )}
      {view.note !== undefined && <p className={classNames.facts} data-testid="score-note">{view.note}</p>}
      {view.reasons === undefined ? (
        <p className={classNames.facts} data-testid="score-reasons-missing">{strings.reasonsNotStored}</p>
      ) : (
        <>
          <p className={classNames.facts}>{strings.reasons}:</p>
          <ul className={classNames.list} data-testid="score-reasons">
            {view.reasons.length === 0 ? <li>{strings.none}</li> : view.reasons.map((r) => <li key={r.feature}>{r.label}: {signedPoints(r.points, props.locale, strings)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
