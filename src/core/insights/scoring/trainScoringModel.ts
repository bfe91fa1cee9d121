import type { Blueprint, Interaction, Opportunity } from '../../model';
import { caseBehaviour } from '../behaviour/caseBehaviour';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { stageEntrySnapshots } from '../behaviour/stageEntrySnapshots';
import { stageMedianDays } from '../funnel/stageDurations';
import { successPatterns } from '../patterns/successPatterns';
import { trainLogisticScorer } from './logisticScorer';
import { outcomeOnlyExchanges } from './outcomeOnlyExchanges';
import { scoringFeatureNames, scoringFeatureVector, type ScoringFeatureSpec, type StageConformance } from './scoringFeatures';
import type { ScoringModel } from './scoringModel';
import { learnStageBaselines } from './stageBaselines';

export interface ScoringTrainingOptions {
  /** Epoch ms: deals closed after it are not history yet. */
  readonly now: number;
  /** Won AND lost deals needed for the logistic model, default 40; below, blueprint-distance takes over. */
  readonly minPerClass?: number;
  /** L2 penalty on standardised weights, default 1. */
  readonly lambda?: number;
  /** Share of the most recently closed deals' rows held out for Platt scaling, default 0.2. */
  readonly holdOutShare?: number;
  /** Use ln(1 + amount) as a feature, default true. */
  readonly includeAmount?: boolean;
  /** How many ordered exchange pairs (best Fisher p on the training deals) become features, default 10. */
  readonly orderPairCount?: number;
  /**
   * Where each training deal is read, default `stage-entry`: one row per stage the deal entered before
   * closing, read at that entry, so the model learns what predicts the outcome from where a deal is
   * (the way it is used on open deals). `close` reads each deal once at its close, which lets
   * exchanges that only happen once the outcome is settled speak for it; kept for comparison only.
   */
  readonly snapshots?: 'stage-entry' | 'close';
  /**
   * `full` (default) keeps every feature; `lean` leaves out the `role:<role>` features, which restate
   * the exchange features (see ScoringFeatureSpec), so that a reason such as "Technical evaluator
   * involved: −5 points" no longer appears because the two shared one weight with opposite signs.
   * Measured on the demo (seed 42, `evaluate` split): full AUC 0.732 / Brier 0.208, lean 0.727 / 0.209;
   * over λ in {0.3, 1, 3, 10, 30} the validation log loss moves less than 0.001 either way, so λ = 1 stays.
   */
  readonly featureSet?: 'lean' | 'full';
  readonly stageConformance?: StageConformance;
  /**
   * |Pearson r| at or above which two features, over the training rows read at one stage, form a
   * group whose reasons may be hidden when they contradict the raw evidence (see
   * contradictsAssociation), default 0.5. Only the reasons change, never the probability.
   */
  readonly correlationThreshold?: number;
}

const byTimeThenId = (x: { at: number; opportunity: Opportunity }, y: { at: number; opportunity: Opportunity }): number =>
  x.at - y.at || (x.opportunity.id < y.opportunity.id ? -1 : x.opportunity.id > y.opportunity.id ? 1 : 0);

/**
 * Trains the opportunity scoring model on deals closed at or before `now` (no-decision counts as
 * lost). With at least `minPerClass` won and lost deals: an L2-regularised logistic regression on
 * {@link scoringFeatureVector} features, trained on the earlier 80% of rows by close time and
 * Platt-calibrated on the latest 20% (see trainLogisticScorer). Otherwise the blueprint-distance
 * score, which needs no training.
 *
 * Leak guards (why the protocol is what it is):
 * - rows are stage-entry snapshots by default (see `snapshots`), each carrying its deal's outcome;
 *   a deal with no stage entry before its close contributes no row and is not counted;
 * - exchanges that only exist after a win (see outcomeOnlyExchanges) are not features, and ordered
 *   pairs involving them are not selected;
 * - with stage-entry snapshots, velocity is left out (it is constant at an entry) and lateness and
 *   customer threading are added (`includeDiscipline`), both read only from what happened so far.
 * Deterministic: rows are ordered by close time, then id, then snapshot time.
 */
export function trainScoringModel(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ScoringTrainingOptions
): ScoringModel {
  const mode = options.snapshots ?? 'stage-entry';
  const grouped = groupByOpportunity(interactions);
  const closed = opportunities
    .filter((o) => outcomeOf(o) !== undefined && (closeTimeOf(o) ?? Infinity) <= options.now)
    .map((o) => {
      const at = closeTimeOf(o) ?? options.now;
      const snapshots = mode === 'stage-entry' ? stageEntrySnapshots(o, blueprint, at).map((s) => s.at) : [at];
      return { opportunity: o, at, snapshots };
    })
    .filter((c) => c.snapshots.length > 0)
    .sort(byTimeThenId);
  const won = closed.filter((c) => outcomeOf(c.opportunity) === 'won').length;
  const trainedOn = { won, lost: closed.length - won };
  const minPerClass = options.minPerClass ?? 40;
  if (won < minPerClass || trainedOn.lost < minPerClass) return { model: 'blueprint-distance', trainedOn };

  const history = closed.map((c) => c.opportunity);
  const excluded = new Set(
    outcomeOnlyExchanges(
      closed.map(({ opportunity, at }) => ({
        behaviour: caseBehaviour(opportunity, grouped.get(opportunity.id) ?? [], blueprint, at),
        won: outcomeOf(opportunity) === 'won',
        stagesEntered: new Set(stageEntrySnapshots(opportunity, blueprint, at).map((s) => s.stageId))
      })),
      blueprint
    )
  );
  // Pairs are chosen on what each deal had done by its LAST snapshot, so that pairs completed only in
  // the run-up to a close (never visible at any snapshot) do not take the places of useful ones.
  const lastSnapshot = new Map(closed.map((c) => [c.opportunity.id, c.snapshots[c.snapshots.length - 1]]));
  const visible = interactions.filter((i) => i.timestamp <= (lastSnapshot.get(i.opportunityId) ?? -Infinity));
  const pairs = successPatterns(history, visible, blueprint, { now: options.now, kinds: ['order'], minSupport: 0.05 })
    .patterns.filter((p) => !p.feature.subjects.some((id) => excluded.has(id)))
    .slice(0, options.orderPairCount ?? 10)
    .map((p) => [p.feature.subjects[0], p.feature.subjects[1]] as const);
  const conformanceStages = new Set<string>();
  options.stageConformance?.forEach((byStage) => byStage.forEach((_, stageId) => conformanceStages.add(stageId)));
  const spec: ScoringFeatureSpec = {
    transactionIds: [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence).map((t) => t.id).filter((id) => !excluded.has(id)),
    roleIds: blueprint.roles.map((r) => r.id),
    orderPairs: pairs,
    stageMedianDays: stageMedianDays(history, options.now),
    conformanceStages: blueprint.stages.filter((s) => conformanceStages.has(s.id)).map((s) => s.id),
    includeAmount: options.includeAmount ?? true,
    includeVelocity: mode === 'close',
    includeDiscipline: mode === 'stage-entry',
    includeRoles: options.featureSet !== 'lean'
  };
  const rows: number[][] = [];
  const outcomes: boolean[] = [];
  const stageIds: (string | undefined)[] = [];
  for (const { opportunity, snapshots } of closed) {
    for (const asOf of snapshots) {
      const behaviour = caseBehaviour(opportunity, grouped.get(opportunity.id) ?? [], blueprint, asOf);
      rows.push(scoringFeatureVector(spec, behaviour, opportunity, blueprint, options.stageConformance));
      outcomes.push(outcomeOf(opportunity) === 'won');
      stageIds.push(behaviour.currentStageId);
    }
  }
  const scorer = trainLogisticScorer(rows, outcomes, { lambda: options.lambda, holdOutShare: options.holdOutShare });
  // Baselines from the rows the regression learnt from (not the calibration tail), so that "the
  // average deal at this stage" is drawn from the same history as the weights that explain it.
  const trained = scorer.trainedRows;
  const stageBaselines = learnStageBaselines(rows.slice(0, trained), outcomes.slice(0, trained), stageIds.slice(0, trained), {
    correlationThreshold: options.correlationThreshold
  });
  return { model: 'logistic', spec, featureNames: scoringFeatureNames(spec), scorer, trainedOn, stageBaselines };
}
