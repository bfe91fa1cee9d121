import { InvalidBlueprintError, type ValidationProblem } from '..';
import type { Blueprint, Transaction } from '../model';
import {
  describeDueAfterStageEntry,
  describeDueAfterTransaction,
  describePrecedence,
  describeRequired,
  describeStageOrder
} from './describeConstraint';
import { stageEntryActivity } from './stageEntries';
import type { DeclareConstraint } from './types';

/**
 * The exit action of a stage: its required transaction with the highest sequence number, i.e. the last
 * required step the blueprint narrates in that stage. `undefined` for a stage with no required
 * transaction.
 */
export function stageExitAction(blueprint: Blueprint, stageId: string): Transaction | undefined {
  let exit: Transaction | undefined;
  for (const transaction of blueprint.transactions) {
    if (transaction.stage === stageId && transaction.required && (!exit || transaction.sequence > exit.sequence)) exit = transaction;
  }
  return exit;
}

/**
 * Compiles a blueprint into Declare constraints over transaction ids (an interaction's `activity` is
 * the transaction id once recognised). Rules, in output order per transaction (by sequence), then the
 * stage-order constraints:
 *
 * - `required` -> existence(t, minCount), id `required:<t>`.
 * - each `precededBy` p -> precedence(p, t), id `precededBy:<p>:<t>`.
 * - `due` on a required transaction (an optional one has no deadline to miss):
 *   - without `afterTransactionId` -> existence(t) within `days` of reference `stage:<stage of t>` (the
 *     stage-entry event added by traceWithStageEntries), id `due:<t>`;
 *   - with `afterTransactionId` a -> response(a, t) within `days`, id `due:<t>`.
 * - stage order: for each pair of consecutive stages (by `order`, skipping stages without required
 *   transactions), precedence(exit action of the earlier, exit action of the later), id
 *   `stageOrder:<earlier stage>:<later stage>`; see {@link stageExitAction}. Skipped when a
 *   `precededBy` already states the same pair.
 *
 * Every constraint carries provenance (kind, transaction, stage) and a plain-language description
 * built from role names and deliverables. The blueprint is not modified.
 * @throws InvalidBlueprintError when a transaction refers to a transaction id that does not exist.
 */
export function compileBlueprint(blueprint: Blueprint): DeclareConstraint[] {
  const byId = new Map(blueprint.transactions.map((transaction) => [transaction.id, transaction]));
  const problems: ValidationProblem[] = [];
  const resolve = (id: string, path: string): Transaction | undefined => {
    const found = byId.get(id);
    if (!found) problems.push({ code: 'unknown-transaction', path, message: `No transaction has the id "${id}".` });
    return found;
  };
  const constraints: DeclareConstraint[] = [];
  const precedencePairs = new Set<string>();
  const ordered = blueprint.transactions.map((transaction, index) => ({ transaction, index })).sort((x, y) => x.transaction.sequence - y.transaction.sequence);
  for (const { transaction: t, index } of ordered) {
    const base = { transactionId: t.id, stageId: t.stage };
    if (t.required) {
      constraints.push({
        id: `required:${t.id}`,
        template: 'existence',
        activities: [t.id],
        n: t.minCount,
        description: describeRequired(blueprint, t),
        provenance: { kind: 'required', ...base }
      });
    }
    t.precededBy.forEach((predecessorId, p) => {
      const predecessor = resolve(predecessorId, `/transactions/${index}/precededBy/${p}`);
      if (!predecessor) return;
      precedencePairs.add(`${predecessorId}\n${t.id}`);
      constraints.push({
        id: `precededBy:${predecessorId}:${t.id}`,
        template: 'precedence',
        activities: [predecessorId, t.id],
        description: describePrecedence(blueprint, predecessor, t),
        provenance: { kind: 'precededBy', ...base, predecessorTransactionId: predecessorId }
      });
    });
    if (t.due && t.required) {
      const days = t.due.days;
      if (t.due.afterTransactionId === undefined) {
        constraints.push({
          id: `due:${t.id}`,
          template: 'existence',
          activities: [t.id],
          withinDays: days,
          reference: stageEntryActivity(t.stage),
          description: describeDueAfterStageEntry(blueprint, t, days),
          provenance: { kind: 'due', ...base }
        });
      } else {
        const after = resolve(t.due.afterTransactionId, `/transactions/${index}/due/afterTransactionId`);
        if (after) {
          constraints.push({
            id: `due:${t.id}`,
            template: 'response',
            activities: [after.id, t.id],
            withinDays: days,
            description: describeDueAfterTransaction(blueprint, t, after, days),
            provenance: { kind: 'due', ...base, predecessorTransactionId: after.id }
          });
        }
      }
    }
  }
  if (problems.length > 0) throw new InvalidBlueprintError(problems);
  return [...constraints, ...compileStageOrder(blueprint, precedencePairs)];
}

function compileStageOrder(blueprint: Blueprint, precedencePairs: ReadonlySet<string>): DeclareConstraint[] {
  const exits = [...blueprint.stages]
    .sort((x, y) => x.order - y.order)
    .map((stage) => ({ stage, exit: stageExitAction(blueprint, stage.id) }))
    .filter((entry): entry is { stage: (typeof entry)['stage']; exit: Transaction } => entry.exit !== undefined);
  const constraints: DeclareConstraint[] = [];
  for (let i = 1; i < exits.length; i++) {
    const earlier = exits[i - 1].exit;
    const later = exits[i].exit;
    if (precedencePairs.has(`${earlier.id}\n${later.id}`)) continue;
    constraints.push({
      id: `stageOrder:${exits[i - 1].stage.id}:${exits[i].stage.id}`,
      template: 'precedence',
      activities: [earlier.id, later.id],
      description: describeStageOrder(blueprint, earlier, later),
      provenance: { kind: 'stageOrder', transactionId: later.id, stageId: later.stage, predecessorTransactionId: earlier.id }
    });
  }
  return constraints;
}
