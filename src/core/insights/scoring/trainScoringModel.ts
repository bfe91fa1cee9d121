import type { Blueprint } from '../../model/blueprint';
import type { Interaction, Opportunity } from '../../model/interaction';
import { caseBehaviour } from '../behaviour/caseBehaviour';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { stageMedianDays } from '../funnel/stageDurations';
import { successPatterns } from '../patterns/successPatterns';
import { trainLogisticScorer } from './logisticScorer';
import { scoringFeatureNames, scoringFeatureVector, type ScoringFeatureSpec, type StageConformance } from './scoringFeatures';
import type { ScoringModel } from './scoringModel';

export interface ScoringTrainingOptions {
  /** Epoch ms: deals closed after it are not history yet. */
  readonly now: number;
  /** Won AND lost deals needed for the logistic model, default 40; below, blueprint-distance takes over. */
  readonly minPerClass?: number;
  /** L2 penalty on standardised weights, default 1. */
  readonly lambda?: number;
  /** Share of the most recently closed deals held out for Platt scaling, default 0.2. */
  readonly holdOutShare?: number;
  /** Use ln(1 + amount) as a feature, default true. */
  readonly includeAmount?: boolean;
  /** How many ordered exchange pairs (best Fisher p on the training deals) become features, default 10. */
  readonly orderPairCount?: number;
  readonly stageConformance?: StageConformance;
}

/**
 * Trains the opportunity scoring model on deals closed at or before `now` (no-decision counts as
 * lost), each read as of its close. With at least `minPerClass` won and lost deals: an
 * L2-regularised logistic regression on {@link scoringFeatureVector} features, trained on the
 * earlier 80% by close time and Platt-calibrated on the latest 20% (see trainLogisticScorer).
 * Otherwise the blueprint-distance score, which needs no training.
 * Deterministic: deals are ordered by close time, then id.
 */
export function trainScoringModel(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ScoringTrainingOptions
): ScoringModel {
  const closed = opportunities
    .filter((o) => outcomeOf(o) !== undefined && (closeTimeOf(o) ?? Infinity) <= options.now)
    .map((o) => ({ opportunity: o, at: closeTimeOf(o) ?? options.now }))
    .sort((x, y) => x.at - y.at || (x.opportunity.id < y.opportunity.id ? -1 : x.opportunity.id > y.opportunity.id ? 1 : 0));
  const won = closed.filter((c) => outcomeOf(c.opportunity) === 'won').length;
  const trainedOn = { won, lost: closed.length - won };
  const minPerClass = options.minPerClass ?? 40;
  if (won < minPerClass || trainedOn.lost < minPerClass) return { model: 'blueprint-distance', trainedOn };

  const history = closed.map((c) => c.opportunity);
  const pairs = successPatterns(history, interactions, blueprint, { now: options.now, kinds: ['order'], minSupport: 0.05 })
    .patterns.slice(0, options.orderPairCount ?? 10)
    .map((p) => [p.feature.subjects[0], p.feature.subjects[1]] as const);
  const conformanceStages = new Set<string>();
  options.stageConformance?.forEach((byStage) => byStage.forEach((_, stageId) => conformanceStages.add(stageId)));
  const spec: ScoringFeatureSpec = {
    transactionIds: [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence).map((t) => t.id),
    roleIds: blueprint.roles.map((r) => r.id),
    orderPairs: pairs,
    stageMedianDays: stageMedianDays(history, options.now),
    conformanceStages: blueprint.stages.filter((s) => conformanceStages.has(s.id)).map((s) => s.id),
    includeAmount: options.includeAmount ?? true
  };
  const grouped = groupByOpportunity(interactions);
  const rows = closed.map(({ opportunity, at }) =>
    scoringFeatureVector(spec, caseBehaviour(opportunity, grouped.get(opportunity.id) ?? [], blueprint, at), opportunity, blueprint, options.stageConformance)
  );
  const scorer = trainLogisticScorer(
    rows,
    closed.map((c) => outcomeOf(c.opportunity) === 'won'),
    { lambda: options.lambda, holdOutShare: options.holdOutShare }
  );
  return { model: 'logistic', spec, featureNames: scoringFeatureNames(spec), scorer, trainedOn };
}
