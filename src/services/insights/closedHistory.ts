/**
 * Reading the site's closed deals and their interactions page by page, through indexed columns only
 * (status, then opportunity id), with progress and cancellation between pages.
 */
import type { Interaction, Opportunity, OpportunityStatus } from '../../core/model';
import type { DataStores } from '../ports';
import { TrainingCancelledError } from './errors';

const CLOSED: readonly OpportunityStatus[] = ['won', 'lost', 'no-decision'];

export interface ClosedHistory {
  readonly opportunities: readonly Opportunity[];
  readonly interactions: readonly Interaction[];
}

export interface ClosedHistoryOptions {
  /** Opportunities per page (and per batch of interaction reads), 1..5,000; default 500. */
  readonly pageSize?: number;
  /** Called after each page with the closed deals read so far. */
  readonly onPage?: (dealsRead: number) => void;
  /** Checked before each page; when true, reading stops with {@link TrainingCancelledError}. */
  readonly cancelled?: () => boolean;
}

/**
 * Every closed opportunity (one indexed `status eq` query per closing status, paged) and those
 * opportunities' interactions (batched reads on the indexed opportunity id, one batch per page).
 * Open deals and their interactions are never read.
 * @throws TrainingCancelledError when `cancelled()` turns true
 */
export async function readClosedHistory(stores: Pick<DataStores, 'opportunities' | 'interactions'>, options: ClosedHistoryOptions = {}): Promise<ClosedHistory> {
  const size = Math.min(5000, Math.max(1, options.pageSize ?? 500));
  const opportunities: Opportunity[] = [];
  const interactions: Interaction[] = [];
  for (const status of CLOSED) {
    if (options.cancelled?.()) throw new TrainingCancelledError();
    for await (const page of stores.opportunities.pagesByStatus(status, size)) {
      if (options.cancelled?.()) throw new TrainingCancelledError();
      const closed = page.map((r) => r.opportunity);
      if (closed.length === 0) continue;
      opportunities.push(...closed);
      const byOpportunity = await stores.interactions.listByOpportunities(closed.map((o) => o.id));
      for (const o of closed) interactions.push(...(byOpportunity.get(o.id) ?? []));
      options.onPage?.(opportunities.length);
    }
  }
  return { opportunities, interactions };
}
