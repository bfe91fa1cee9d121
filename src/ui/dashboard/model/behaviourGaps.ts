import type { Blueprint, Transaction } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';

/** An exchange a seller misses more often than the top performers. */
export interface BehaviourGap {
  readonly transaction: Transaction;
  /** Share of the seller's analysed deals where the analysis found it missing. */
  readonly mine: number;
  /** The same share over the top performers' analysed deals. */
  readonly best: number;
  /** The seller's open deals missing it, as they are listed. */
  readonly affected: readonly OpportunityRecord[];
}

export interface BehaviourGapReport {
  readonly gaps: readonly BehaviourGap[];
  /** Analysed deals of the seller and of the top performers: the two samples. */
  readonly myDeals: number;
  readonly bestDeals: number;
}

function missingIn(record: OpportunityRecord): Set<string> {
  const ids = new Set<string>();
  for (const d of record.snapshot?.deviations.top ?? []) if (d.kind === 'missing-exchange' && d.transactionId !== undefined) ids.add(d.transactionId);
  return ids;
}

/**
 * Where a seller differs most from the top performers: the blueprint exchanges found missing on a
 * larger share of her analysed deals (open and closed) than of theirs, largest difference first
 * (ties by blueprint sequence), at most `limit` (default 2). Reads the snapshots only; owners are
 * compared ignoring case, and the seller is never among the top performers.
 *
 * Edge cases: no analysed deal on either side gives no gaps (nothing to compare).
 */
export function behaviourGaps(records: readonly OpportunityRecord[], blueprint: Blueprint, seller: string, topPerformers: readonly string[], limit: number = 2): BehaviourGapReport {
  const me = seller.toLowerCase();
  const best = new Set(topPerformers.map((s) => s.toLowerCase()).filter((s) => s !== me));
  const mine = records.filter((r) => r.snapshot && r.opportunity.owner.toLowerCase() === me);
  const theirs = records.filter((r) => r.snapshot && best.has(r.opportunity.owner.toLowerCase()));
  if (mine.length === 0 || theirs.length === 0) return { gaps: [], myDeals: mine.length, bestDeals: theirs.length };
  const myMissing = mine.map((r) => ({ record: r, missing: missingIn(r) }));
  const theirMissing = theirs.map(missingIn);
  const gaps: BehaviourGap[] = [];
  for (const transaction of [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence)) {
    const m = myMissing.filter((x) => x.missing.has(transaction.id));
    const share = m.length / mine.length;
    const bestShare = theirMissing.filter((x) => x.has(transaction.id)).length / theirs.length;
    if (share <= bestShare) continue;
    gaps.push({ transaction, mine: share, best: bestShare, affected: m.filter((x) => x.record.opportunity.status === 'open').map((x) => x.record) });
  }
  // A stable sort keeps the blueprint sequence among equal differences.
  gaps.sort((a, b) => b.mine - b.best - (a.mine - a.best));
  return { gaps: gaps.slice(0, limit), myDeals: mine.length, bestDeals: theirs.length };
}
