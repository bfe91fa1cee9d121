import type { Blueprint, Transaction } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';

/** An exchange a seller should make next on one of their deals. */
export interface NextExchange {
  readonly opportunityId: string;
  readonly opportunityName: string;
  readonly transaction: Transaction;
}

/**
 * The missing required exchanges of each open deal, read from its latest snapshot (no raw
 * interactions), in blueprint sequence order and at most `perDeal` per deal; deals in the given order.
 */
export function nextMissingExchanges(records: readonly OpportunityRecord[], blueprint: Blueprint, perDeal: number = 2): NextExchange[] {
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const result: NextExchange[] = [];
  for (const record of records) {
    if (record.opportunity.status !== 'open' || !record.snapshot) continue;
    const missing = new Map<string, Transaction>();
    for (const d of record.snapshot.deviations.top) {
      const t = d.kind === 'missing-exchange' && d.transactionId !== undefined ? byId.get(d.transactionId) : undefined;
      if (t) missing.set(t.id, t);
    }
    [...missing.values()]
      .sort((a, b) => a.sequence - b.sequence)
      .slice(0, perDeal)
      .forEach((transaction) => result.push({ opportunityId: record.opportunity.id, opportunityName: record.opportunity.name ?? record.opportunity.id, transaction }));
  }
  return result;
}
