import type { Blueprint, Interaction, Opportunity } from '../model';

const DAY = 24 * 60 * 60 * 1000;

export interface OverdueExchange {
  readonly transactionId: string;
  /** Epoch ms the exchange fell due. */
  readonly dueAt: number;
}

/**
 * Transactions with a due rule that are due before `now` and have not happened. The anchor is the
 * first entry into the transaction's stage, or the first occurrence of `afterTransactionId`; without
 * an anchor (stage never entered, predecessor never happened) nothing is due yet. Closed deals have
 * nothing overdue. Ordered by due time, then blueprint sequence.
 *
 * @param now epoch ms
 * @param horizonMs also list exchanges falling due before `now + horizonMs` (default 0: overdue only),
 *   so that digests can say what is due soon
 */
export function overdueExchanges(blueprint: Blueprint, opportunity: Opportunity, interactions: readonly Interaction[], now: number, horizonMs: number = 0): OverdueExchange[] {
  if (opportunity.status !== 'open') return [];
  const firstAt = new Map<string, number>();
  for (const interaction of interactions) {
    const id = interaction.transactionId ?? interaction.activity;
    const seen = firstAt.get(id);
    if (seen === undefined || interaction.timestamp < seen) firstAt.set(id, interaction.timestamp);
  }
  const enteredAt = new Map<string, number>();
  for (const entry of opportunity.stageHistory) {
    const seen = enteredAt.get(entry.stageId);
    if (seen === undefined || entry.enteredAt < seen) enteredAt.set(entry.stageId, entry.enteredAt);
  }
  const overdue: { transactionId: string; dueAt: number; sequence: number }[] = [];
  for (const transaction of blueprint.transactions) {
    if (transaction.due === undefined || firstAt.has(transaction.id)) continue;
    const anchor = transaction.due.afterTransactionId === undefined ? enteredAt.get(transaction.stage) : firstAt.get(transaction.due.afterTransactionId);
    if (anchor === undefined) continue;
    const dueAt = anchor + transaction.due.days * DAY;
    if (dueAt < now + horizonMs) overdue.push({ transactionId: transaction.id, dueAt, sequence: transaction.sequence });
  }
  return overdue.sort((a, b) => a.dueAt - b.dueAt || a.sequence - b.sequence).map(({ transactionId, dueAt }) => ({ transactionId, dueAt }));
}
