/**
 * Training the opportunity scoring model from the site's own history: the closed opportunities and
 * their interactions, read page by page through indexed columns (status, then opportunity id), so
 * the reads keep working on lists far past SharePoint's 5,000-item threshold.
 */
import { trainScoringModel, type ScoringTrainingOptions } from '../core/insights';
import type { ScoringModel } from '../core/insights';
import type { Blueprint, Interaction, Opportunity, OpportunityStatus } from '../core/model';
import type { DataStores } from './ports';

/** The statuses a deal can close with; no-decision counts as lost in training. */
const CLOSED: readonly OpportunityStatus[] = ['won', 'lost', 'no-decision'];

export interface ScoringHistoryOptions extends ScoringTrainingOptions {
  /** Opportunities per page (and per batch of interaction reads), 1..5,000; default 500. */
  readonly pageSize?: number;
}

/**
 * Reads every closed opportunity (one indexed `status eq` query per closing status, paged) and,
 * page by page, those opportunities' interactions (batched reads on the indexed opportunity id),
 * then trains {@link trainScoringModel} on them as of `now` (epoch ms). The engine decides the model:
 * logistic on stage-entry snapshots with at least `minPerClass` (default 40) won and 40 lost deals
 * closed by `now`, otherwise blueprint distance.
 *
 * Edge cases: deals closed after `now` are read but not learnt from (the engine leaves them out);
 * no closed deal at all gives the blueprint-distance model trained on 0 won / 0 lost. Open deals
 * and their interactions are never read.
 */
export async function trainScoringFromHistory(
  stores: Pick<DataStores, 'opportunities' | 'interactions'>,
  blueprint: Blueprint,
  options: ScoringHistoryOptions
): Promise<ScoringModel> {
  const { pageSize, ...training } = options;
  const size = Math.min(5000, Math.max(1, pageSize ?? 500));
  const opportunities: Opportunity[] = [];
  const interactions: Interaction[] = [];
  for (const status of CLOSED) {
    for await (const page of stores.opportunities.pagesByStatus(status, size)) {
      const closed = page.map((r) => r.opportunity);
      opportunities.push(...closed);
      const byOpportunity = await stores.interactions.listByOpportunities(closed.map((o) => o.id));
      for (const o of closed) interactions.push(...(byOpportunity.get(o.id) ?? []));
    }
  }
  return trainScoringModel(opportunities, interactions, blueprint, training);
}
