import type { Blueprint, Transaction } from '../../model';
import { InsightsInputError } from '../errors';
import type { BlueprintProposal } from './proposalTypes';

/**
 * The next id in the blueprint's own style: the most common `<prefix><digits>` shape of its ids
 * (e.g. `T07` -> `T26`, padded to the same width); `t<n+1>` when the ids follow no such shape.
 * Skips ids already taken.
 */
function nextId(taken: ReadonlySet<string>): string {
  const shapes = new Map<string, { count: number; max: number; width: number }>();
  for (const id of taken) {
    const match = /^(.*?)(\d+)$/.exec(id);
    if (!match) continue;
    const shape = shapes.get(match[1]) ?? { count: 0, max: 0, width: 0 };
    shapes.set(match[1], { count: shape.count + 1, max: Math.max(shape.max, Number(match[2])), width: Math.max(shape.width, match[2].length) });
  }
  const [prefix, shape] = [...shapes].sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1))[0] ?? ['t', { count: 0, max: taken.size, width: 1 }];
  let n = shape.max + 1;
  while (taken.has(`${prefix}${String(n).padStart(shape.width, '0')}`)) n++;
  return `${prefix}${String(n).padStart(shape.width, '0')}`;
}

/**
 * Applies accepted proposals to a blueprint and returns a new draft (the input is not changed):
 * version + 1, status `draft` (a person publishes it). Per proposal:
 * - add-exchange: a new optional transaction (new evidence earns a place in the map, not a rule yet),
 *   intangible, no predecessors, placed after the last transaction of its stage in the narrative;
 * - make-optional: the transaction stays, `required: false`;
 * - remove: the transaction goes, and other transactions stop naming it as predecessor or due anchor
 *   (their deadline then counts from their stage entry).
 * Sequences are renumbered 1..n in narrative order afterwards, so they stay unique and gap-free.
 * @throws InsightsInputError when a proposal names a transaction, stage or role the blueprint lacks
 */
export function applyProposals(blueprint: Blueprint, accepted: readonly BlueprintProposal[]): Blueprint {
  // Each transaction carries a fractional position while edits are applied; renumbered at the end.
  let items: { position: number; transaction: Transaction }[] = blueprint.transactions.map((t) => ({ position: t.sequence, transaction: t }));
  const roles = new Set(blueprint.roles.map((r) => r.id));
  const stageOrder = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  for (const proposal of accepted) {
    if (proposal.kind === 'add-exchange') {
      if (!roles.has(proposal.from) || !roles.has(proposal.to)) throw new InsightsInputError(`Proposal ${proposal.id} names a role the blueprint lacks.`);
      const order = stageOrder.get(proposal.stageId);
      if (order === undefined) throw new InsightsInputError(`Proposal ${proposal.id} names stage "${proposal.stageId}", which the blueprint lacks.`);
      const upTo = items.filter((x) => (stageOrder.get(x.transaction.stage) ?? Infinity) <= order).map((x) => x.position);
      const after = upTo.length === 0 ? 0 : Math.max(...upTo);
      const following = items.filter((x) => x.position > after).map((x) => x.position);
      const position = following.length === 0 ? after + 1 : (after + Math.min(...following)) / 2;
      const id = nextId(new Set(items.map((x) => x.transaction.id)));
      items = [
        ...items,
        {
          position,
          transaction: { id, sequence: 0, from: proposal.from, to: proposal.to, deliverable: proposal.deliverable, kind: 'intangible', stage: proposal.stageId, required: false, precededBy: [], minCount: 1 }
        }
      ];
    } else {
      if (!items.some((x) => x.transaction.id === proposal.transactionId)) throw new InsightsInputError(`Proposal ${proposal.id} names transaction "${proposal.transactionId}", which the blueprint lacks.`);
      if (proposal.kind === 'make-optional') {
        items = items.map((x) => (x.transaction.id === proposal.transactionId ? { ...x, transaction: { ...x.transaction, required: false } } : x));
      } else {
        items = items
          .filter((x) => x.transaction.id !== proposal.transactionId)
          .map((x) => {
            const t = x.transaction;
            const due = t.due?.afterTransactionId === proposal.transactionId ? { days: t.due.days } : t.due;
            return { ...x, transaction: { ...t, precededBy: t.precededBy.filter((p) => p !== proposal.transactionId), due } };
          });
      }
    }
  }
  const transactions = [...items].sort((x, y) => x.position - y.position).map((x, i) => ({ ...x.transaction, sequence: i + 1 }));
  return { ...blueprint, version: blueprint.version + 1, status: 'draft', transactions };
}
