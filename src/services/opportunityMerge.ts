/**
 * How a re-imported opportunity (a CRM export) updates the stored one: the CRM is the current truth
 * for the deal's fields, while stage history only grows, so that a partial export never erases it.
 */
import type { Opportunity, StageEntry } from '../core/model';

/** The optional fields, listed so that a field the import leaves out is removed, not kept. */
const OPTIONAL_FIELDS = ['name', 'team', 'currency', 'closedAt'] as const;

/**
 * Stage entries of both histories, each (stageId, enteredAt) once, ordered by `enteredAt` (epoch ms).
 * The sort is stable over stored-then-imported order, so equal times keep stored entries first and
 * then the imported order.
 */
export function unionStageHistory(stored: readonly StageEntry[], imported: readonly StageEntry[]): StageEntry[] {
  const seen = new Set<string>();
  const union: StageEntry[] = [];
  for (const entry of [...stored, ...imported]) {
    // JSON of a pair is unambiguous whatever characters a stage id holds.
    const key = JSON.stringify([entry.stageId, entry.enteredAt]);
    if (seen.has(key)) continue;
    seen.add(key);
    union.push({ stageId: entry.stageId, enteredAt: entry.enteredAt });
  }
  return union.sort((a, b) => a.enteredAt - b.enteredAt);
}

function sameHistory(a: readonly StageEntry[], b: readonly StageEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.stageId === b[i].stageId && entry.enteredAt === b[i].enteredAt);
}

function sameFields(a: Opportunity, b: Opportunity): boolean {
  return (
    a.id === b.id &&
    a.account === b.account &&
    a.owner === b.owner &&
    a.amount === b.amount &&
    a.status === b.status &&
    a.createdAt === b.createdAt &&
    OPTIONAL_FIELDS.every((field) => a[field] === b[field])
  );
}

/**
 * The record to write when `imported` (same id) arrives for the stored opportunity `stored`.
 *
 * name, account, owner, team, amount, currency, status, createdAt and closedAt come from `imported`;
 * an optional field the import leaves out is removed (a reopened deal loses `closedAt`). The stage
 * history is the union of both by (stageId, enteredAt), see {@link unionStageHistory}.
 *
 * @returns the merged record, or `undefined` when it equals `stored` (nothing to write). Times are
 *   compared exactly in epoch milliseconds. Neither input is changed.
 */
export function mergeOpportunity(stored: Opportunity, imported: Opportunity): Opportunity | undefined {
  const stageHistory = unionStageHistory(stored.stageHistory, imported.stageHistory);
  const merged: Opportunity = {
    id: stored.id,
    ...(imported.name !== undefined ? { name: imported.name } : {}),
    account: imported.account,
    owner: imported.owner,
    ...(imported.team !== undefined ? { team: imported.team } : {}),
    amount: imported.amount,
    ...(imported.currency !== undefined ? { currency: imported.currency } : {}),
    status: imported.status,
    createdAt: imported.createdAt,
    ...(imported.closedAt !== undefined ? { closedAt: imported.closedAt } : {}),
    stageHistory
  };
  return sameFields(stored, merged) && sameHistory(stored.stageHistory, stageHistory) ? undefined : merged;
}
