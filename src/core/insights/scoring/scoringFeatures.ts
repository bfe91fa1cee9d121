import type { Blueprint } from '../../model/blueprint';
import type { Opportunity } from '../../model/interaction';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';
import { DAY_MS } from '../behaviour/outcome';

/** caseId -> stageId -> conformance fitness in [0, 1], from the conformance engine when available. */
export type StageConformance = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Which features a scoring model reads; learnt once at training time, plain data. */
export interface ScoringFeatureSpec {
  readonly transactionIds: readonly string[];
  readonly roleIds: readonly string[];
  /** Ordered exchange pairs `[a, b]` kept as pattern features (a first done before b). */
  readonly orderPairs: readonly (readonly [string, string])[];
  /** Median completed days per stage, `[stageId, days]`, for velocity. */
  readonly stageMedianDays: readonly (readonly [string, number])[];
  /** Stages with a conformance fitness feature (empty when no conformance was supplied). */
  readonly conformanceStages: readonly string[];
  readonly includeAmount: boolean;
}

/** Feature names in vector order. */
export function scoringFeatureNames(spec: ScoringFeatureSpec): string[] {
  return [
    'stage.progress',
    'required.share',
    'velocity.log_ratio',
    'recency.log_days',
    'activity.log_count',
    ...(spec.includeAmount ? ['amount.log'] : []),
    ...spec.transactionIds.map((id) => `exchange:${id}`),
    ...spec.roleIds.map((id) => `role:${id}`),
    ...spec.orderPairs.map(([a, b]) => `order:${a}>${b}`),
    ...spec.conformanceStages.map((id) => `conformance:${id}`)
  ];
}

/**
 * The behaviour of one deal as numbers, in {@link scoringFeatureNames} order:
 * - `stage.progress`: furthest stage order reached / number of stages (0 before any stage);
 * - `required.share`: required exchanges done / required exchanges of the stages reached so far (1 when none);
 * - `velocity.log_ratio`: ln((1 + days in current stage) / (1 + median days of that stage)); 0 when unknown;
 * - `recency.log_days`: ln(1 + days since the last exchange, or since creation when none);
 * - `activity.log_count`: ln(1 + recognised exchanges, repeats included);
 * - `amount.log`: ln(1 + amount) when enabled;
 * - `exchange:<tx>`, `role:<role>`, `order:<a>><b>`: 1 when present, else 0;
 * - `conformance:<stage>`: fitness from `stageConformance`, 0 when the deal has none for that stage.
 * Logs tame the long tails of days and amounts so that one outlier does not dominate a weight.
 */
export function scoringFeatureVector(
  spec: ScoringFeatureSpec,
  behaviour: CaseBehaviour,
  opportunity: Opportunity,
  blueprint: Blueprint,
  stageConformance?: StageConformance
): number[] {
  const maxOrder = Math.max(1, ...blueprint.stages.map((s) => s.order));
  const stageOrder = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const done = new Set(behaviour.exchanges.map((e) => e.transactionId));
  const reached = Math.max(1, behaviour.furthestStageOrder);
  const required = blueprint.transactions.filter((t) => t.required && (stageOrder.get(t.stage) ?? Infinity) <= reached);
  const requiredShare = required.length === 0 ? 1 : required.filter((t) => done.has(t.id)).length / required.length;
  const medians = new Map(spec.stageMedianDays);
  const medianDays = behaviour.currentStageId === undefined ? undefined : medians.get(behaviour.currentStageId);
  const daysInStage = behaviour.currentStageEnteredAt === undefined ? undefined : (behaviour.asOf - behaviour.currentStageEnteredAt) / DAY_MS;
  const velocity = medianDays === undefined || daysInStage === undefined ? 0 : Math.log((1 + daysInStage) / (1 + medianDays));
  const since = behaviour.lastExchangeAt ?? opportunity.createdAt;
  const recency = Math.log(1 + Math.max(0, behaviour.asOf - since) / DAY_MS);
  const count = behaviour.exchanges.reduce((sum, e) => sum + e.count, 0);
  const firstAt = new Map(behaviour.exchanges.map((e) => [e.transactionId, e.firstAt]));
  const fitness = stageConformance?.get(opportunity.id);
  return [
    behaviour.furthestStageOrder / maxOrder,
    requiredShare,
    velocity,
    recency,
    Math.log(1 + count),
    ...(spec.includeAmount ? [Math.log(1 + Math.max(0, opportunity.amount))] : []),
    ...spec.transactionIds.map((id) => (done.has(id) ? 1 : 0)),
    ...spec.roleIds.map((id) => (behaviour.roles.indexOf(id) >= 0 ? 1 : 0)),
    ...spec.orderPairs.map(([a, b]) => {
      const ta = firstAt.get(a);
      const tb = firstAt.get(b);
      return ta !== undefined && tb !== undefined && ta < tb ? 1 : 0;
    }),
    ...spec.conformanceStages.map((id) => fitness?.get(id) ?? 0)
  ];
}
