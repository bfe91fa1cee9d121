import type { Blueprint, Transaction, Interaction, Opportunity } from '../model';
import type { Deviation } from './deviationTypes';
import { currentStageId, findSingleThreading, findUncoveredRoles, findUnexpectedExchanges } from './interactionDeviations';
import type { CaseConformance, ConstraintResult, DeclareConstraint } from './types';

export interface DeviationInput {
  readonly blueprint: Blueprint;
  /** The constraints the case was checked against (compileBlueprint output, possibly with more). */
  readonly constraints: readonly DeclareConstraint[];
  /** The check of the case's trace with stage entries (traceWithStageEntries) against `constraints`. */
  readonly conformance: CaseConformance;
  readonly opportunity: Pick<Opportunity, 'stageHistory'>;
  /** The opportunity's interactions, as stored. */
  readonly interactions: readonly Interaction[];
}

/**
 * Turns a case's conformance results, the blueprint and the opportunity's interactions into deviations
 * people understand. Severity rules:
 *
 * | kind | when | severity |
 * |---|---|---|
 * | missing-exchange | a `required` constraint is violated (closed case), or still pending although the deal already entered a later stage than the transaction's | high for a tangible deliverable, medium for an intangible one |
 * | out-of-order | a `precededBy` or `stageOrder` precedence is violated | medium |
 * | late | a `due` constraint is violated | medium when it happened after the deadline; high when it is overdue in an open case; none when it never happened in a case where `missing-exchange` already says so |
 * | unexpected-exchange | an activity not in the blueprint, or recorded roles with no blueprint edge from -> to | low |
 * | uncovered-role | a customer role of the current or an earlier stage never involved | medium |
 * | single-threaded | exactly one customer contact (by participant) in all exchanges | high |
 *
 * Output order: the constraint-derived kinds in constraint order, then unexpected exchanges, uncovered
 * roles and single-threading. Constraints without provenance (hand-written sets) yield no deviation.
 */
export function findDeviations(input: DeviationInput): Deviation[] {
  const { blueprint, constraints, conformance, opportunity, interactions } = input;
  const transactions = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const stageOrder = new Map(blueprint.stages.map((stage) => [stage.id, stage.order]));
  const current = currentStageId(opportunity);
  const currentOrder = current !== undefined ? stageOrder.get(current) ?? 0 : 0;
  const resultById = new Map(conformance.results.map((result) => [result.constraintId, result]));
  const deviations: Deviation[] = [];
  constraints.forEach((constraint) => {
    const result = resultById.get(constraint.id);
    const provenance = constraint.provenance;
    const transaction = provenance ? transactions.get(provenance.transactionId) : undefined;
    if (!result || !provenance || !transaction) return;
    const deviation = constraintDeviation(constraint, result, transaction, { currentOrder, stageOrder, resultById });
    if (deviation) deviations.push(deviation);
  });
  return [
    ...deviations,
    ...findUnexpectedExchanges(blueprint, interactions),
    ...findUncoveredRoles(blueprint, opportunity, interactions),
    ...findSingleThreading(blueprint, opportunity, interactions)
  ];
}

interface DeviationContext {
  readonly currentOrder: number;
  readonly stageOrder: ReadonlyMap<string, number>;
  readonly resultById: ReadonlyMap<string, ConstraintResult>;
}

function constraintDeviation(constraint: DeclareConstraint, result: ConstraintResult, transaction: Transaction, context: DeviationContext): Deviation | undefined {
  const base = {
    stageId: transaction.stage,
    transactionId: transaction.id,
    constraintId: constraint.id,
    interactions: [] as readonly number[],
    traceEvents: result.violations
  };
  const statement = constraint.description ?? constraint.id;
  switch (constraint.provenance?.kind) {
    case 'required': {
      const stagePassed = (context.stageOrder.get(transaction.stage) ?? Infinity) < context.currentOrder;
      if (result.state === 'violated' || (result.state === 'pending' && stagePassed)) {
        return { kind: 'missing-exchange', severity: transaction.kind === 'tangible' ? 'high' : 'medium', ...base, message: `Missing exchange: ${statement}` };
      }
      return undefined;
    }
    case 'precededBy':
    case 'stageOrder':
      return result.state === 'violated' ? { kind: 'out-of-order', severity: 'medium', ...base, message: `Out of order: ${statement}` } : undefined;
    case 'due': {
      if (result.state !== 'violated') return undefined;
      // Whether the exchange happened at all: the transaction's activations under its required constraint.
      const required = context.resultById.get(`required:${transaction.id}`);
      const happened = required ? required.activations.length > 0 : false;
      // An exchange that never happened in a closed case is one deviation (missing), not two.
      if (!happened && required?.state === 'violated') return undefined;
      return {
        kind: 'late',
        severity: happened ? 'medium' : 'high',
        ...base,
        message: `Late: ${statement}${happened ? ' It happened after the deadline.' : ' It is overdue.'}`
      };
    }
    default:
      return undefined;
  }
}
