import type { Blueprint } from '../../model';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';

/** Outcome of one compiled constraint on one case, as the conformance engine reports it. */
export type ConstraintOutcome = 'satisfied' | 'violated';

/** caseId -> constraintId -> outcome. Supplied by the caller so insights need no conformance code. */
export type ConstraintResults = ReadonlyMap<string, ReadonlyMap<string, ConstraintOutcome>>;

export type PatternKind = 'exchange' | 'order' | 'role' | 'constraint';

/** A candidate success pattern: one binary feature of a case. */
export interface PatternFeature {
  /** `exchange:<tx>`, `order:<txA>><txB>`, `role:<role>` or `constraint:<id>`. */
  readonly id: string;
  readonly kind: PatternKind;
  /** Transaction, role or constraint ids the feature is about (two for `order`). */
  readonly subjects: readonly string[];
}

/**
 * Every candidate pattern the blueprint defines: each transaction, each ordered pair of distinct
 * transactions (n·(n-1) pairs), each role, then each constraint id found in `constraintResults`
 * (sorted). Order is stable so rankings tie-break deterministically.
 */
export function patternCatalogue(blueprint: Blueprint, constraintResults?: ConstraintResults): PatternFeature[] {
  const ids = [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence).map((t) => t.id);
  const features: PatternFeature[] = ids.map((id) => ({ id: `exchange:${id}`, kind: 'exchange', subjects: [id] }));
  for (const first of ids) {
    for (const second of ids) {
      if (first !== second) features.push({ id: `order:${first}>${second}`, kind: 'order', subjects: [first, second] });
    }
  }
  for (const role of blueprint.roles) features.push({ id: `role:${role.id}`, kind: 'role', subjects: [role.id] });
  const constraintIds = new Set<string>();
  constraintResults?.forEach((byConstraint) => byConstraint.forEach((_, id) => constraintIds.add(id)));
  for (const id of [...constraintIds].sort()) features.push({ id: `constraint:${id}`, kind: 'constraint', subjects: [id] });
  return features;
}

/**
 * Whether a case shows a pattern: `exchange` when the transaction happened; `order` when both
 * happened and the first occurrence of A is strictly earlier than the first occurrence of B; `role`
 * when the role took part in any exchange; `constraint` when the case satisfied it.
 * With `blueprint`, a role counts only when it sends or receives a recognised blueprint exchange
 * the case did: unrecognised mail and calendar traffic reaches most contacts of an account without
 * value changing hands, and its volume follows how long the deal stayed open, so counting it would
 * blur role coverage (the same rule the scoring features follow).
 * Returns `undefined` for a constraint with no result for this case: such cases are left out of
 * that pattern's comparison rather than counted as violations.
 */
export function hasPattern(
  feature: PatternFeature,
  behaviour: CaseBehaviour,
  constraintResults?: ConstraintResults,
  blueprint?: Blueprint
): boolean | undefined {
  switch (feature.kind) {
    case 'exchange':
      return behaviour.exchanges.some((e) => e.transactionId === feature.subjects[0]);
    case 'order': {
      const first = behaviour.exchanges.find((e) => e.transactionId === feature.subjects[0]);
      const second = behaviour.exchanges.find((e) => e.transactionId === feature.subjects[1]);
      return first !== undefined && second !== undefined && first.firstAt < second.firstAt;
    }
    case 'role': {
      const role = feature.subjects[0];
      if (blueprint === undefined) return behaviour.roles.indexOf(role) >= 0;
      return behaviour.exchanges.some((e) => blueprint.transactions.some((t) => t.id === e.transactionId && (t.from === role || t.to === role)));
    }
    case 'constraint': {
      const outcome = constraintResults?.get(behaviour.opportunityId)?.get(feature.subjects[0]);
      return outcome === undefined ? undefined : outcome === 'satisfied';
    }
  }
}
