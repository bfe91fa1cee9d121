import type { Blueprint, Opportunity } from '../../model';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';
import { DAY_MS } from '../behaviour/outcome';
import { customerRolesEngaged, latenessCount } from './behaviourMeasures';

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
  /**
   * Include `velocity.log_ratio` (absent means true, as in models saved before the option existed).
   * Models trained on stage-entry snapshots leave it out: at a stage entry the days in the stage are
   * always 0, so the feature would only restate the stage and its weight would mislead on open deals.
   */
  readonly includeVelocity?: boolean;
  /** Include `late.share` and `threading.customer_roles` (absent means false). */
  readonly includeDiscipline?: boolean;
  /**
   * Include `activity.log_count` (absent means true, as in older models). Lean models leave it out:
   * repeats pile up with the time a deal has been open, so the count mostly restates the stage and
   * took weight from it with the opposite sign.
   */
  readonly includeActivity?: boolean;
  /**
   * Include one `role:<role>` feature per role (absent means true, as in older models). Lean models
   * leave them out: a role is involved exactly when one of its exchanges is done, so the role
   * features duplicate the exchange features (and `threading.customer_roles` sums them), and the
   * regression split the shared weight between them with confusing signs.
   */
  readonly includeRoles?: boolean;
}

function disciplineFeatures(behaviour: CaseBehaviour, opportunity: Opportunity, blueprint: Blueprint): number[] {
  const lateness = latenessCount(behaviour, opportunity, blueprint);
  return [lateness.timed === 0 ? 0 : lateness.late / lateness.timed, customerRolesEngaged(behaviour, blueprint)];
}

/** Feature names in vector order. */
export function scoringFeatureNames(spec: ScoringFeatureSpec): string[] {
  return [
    'stage.progress',
    'required.share',
    ...(spec.includeVelocity === false ? [] : ['velocity.log_ratio']),
    'recency.log_days',
    ...(spec.includeActivity === false ? [] : ['activity.log_count']),
    ...(spec.includeAmount ? ['amount.log'] : []),
    ...(spec.includeDiscipline === true ? ['late.share', 'threading.customer_roles'] : []),
    ...spec.transactionIds.map((id) => `exchange:${id}`),
    ...(spec.includeRoles === false ? [] : spec.roleIds.map((id) => `role:${id}`)),
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
 * - `activity.log_count`: ln(1 + recognised exchanges, repeats included), unless `includeActivity` is false;
 * - `amount.log`: ln(1 + amount) when enabled;
 * - `late.share`: exchanges done late / exchanges whose due moment is known (0 when none; see latenessCount);
 * - `threading.customer_roles`: customer roles engaged in recognised exchanges (see customerRolesEngaged);
 * - `exchange:<tx>`, `order:<a>><b>`: 1 when present, else 0;
 * - `role:<role>`: 1 when the role sends or receives a recognised exchange done (by the blueprint), else 0,
 *   unless `includeRoles` is false;
 * - `conformance:<stage>`: fitness from `stageConformance` for a stage the deal has already left (its order is
 *   below the furthest reached), else 0; also 0 when the deal has none for that stage.
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
  // Roles of recognised exchanges only: unrecognised mail and calendar traffic reaches contacts
  // without value changing hands, and its volume follows how long a deal stays open (so, in part,
  // its outcome) rather than how it is sold.
  const transactions = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const engagedRoles = new Set(behaviour.exchanges.flatMap((e) => {
    const t = transactions.get(e.transactionId);
    return t === undefined ? [] : [t.from, t.to];
  }));
  return [
    behaviour.furthestStageOrder / maxOrder,
    requiredShare,
    ...(spec.includeVelocity === false ? [] : [velocity]),
    recency,
    ...(spec.includeActivity === false ? [] : [Math.log(1 + count)]),
    ...(spec.includeAmount ? [Math.log(1 + Math.max(0, opportunity.amount))] : []),
    ...(spec.includeDiscipline === true ? disciplineFeatures(behaviour, opportunity, blueprint) : []),
    ...spec.transactionIds.map((id) => (done.has(id) ? 1 : 0)),
    ...(spec.includeRoles === false ? [] : spec.roleIds.map((id) => (engagedRoles.has(id) ? 1 : 0))),
    ...spec.orderPairs.map(([a, b]) => {
      const ta = firstAt.get(a);
      const tb = firstAt.get(b);
      return ta !== undefined && tb !== undefined && ta < tb ? 1 : 0;
    }),
    // A stage's fitness is settled only once the deal has left it; fitness of the current or a later
    // stage (computed by the caller at some later time) would leak what happened after `asOf`.
    ...spec.conformanceStages.map((id) => ((stageOrder.get(id) ?? Infinity) < behaviour.furthestStageOrder ? fitness?.get(id) ?? 0 : 0))
  ];
}
