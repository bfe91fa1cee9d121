/**
 * "What was collected about my deals": a seller sees, by source, every interaction stored for the
 * opportunities they own (Interactions read through the indexed opportunity id). Nothing else is
 * kept about them: the sync stores metadata only (no bodies), see docs/sync-and-alerts.md.
 */
import type { Interaction } from '../core/model';
import type { DataStores } from './ports';

export interface CollectedBySource {
  /** e.g. `graph:calendar`, `graph:mail`, `graph:planner`, `graph:list`, `csv`. */
  readonly source: string;
  readonly count: number;
  /** Ordered by time, then source key. */
  readonly interactions: readonly Interaction[];
}

export interface SellerCollection {
  readonly seller: string;
  /** Ids of the seller's opportunities, sorted. */
  readonly opportunityIds: readonly string[];
  /** Sources sorted by name; sources with nothing stored are absent. */
  readonly bySource: readonly CollectedBySource[];
  readonly total: number;
}

/**
 * Lists what was collected about `seller`'s own deals (opportunity owner equal to `seller`, compared
 * case-insensitively and trimmed), grouped by source.
 */
export async function collectedAboutSeller(stores: Pick<DataStores, 'opportunities' | 'interactions'>, seller: string): Promise<SellerCollection> {
  const who = seller.trim().toLowerCase();
  const records = await stores.opportunities.listAll();
  const opportunityIds = records.filter((r) => r.opportunity.owner.trim().toLowerCase() === who).map((r) => r.opportunity.id).sort();
  const byOpportunity = opportunityIds.length === 0 ? new Map<string, Interaction[]>() : await stores.interactions.listByOpportunities(opportunityIds);
  const groups = new Map<string, Interaction[]>();
  for (const id of opportunityIds) {
    for (const interaction of byOpportunity.get(id) ?? []) {
      const list = groups.get(interaction.source) ?? [];
      list.push(interaction);
      groups.set(interaction.source, list);
    }
  }
  const bySource = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, list]) => ({ source, count: list.length, interactions: [...list].sort((a, b) => a.timestamp - b.timestamp || a.sourceKey.localeCompare(b.sourceKey)) }));
  return { seller, opportunityIds, bySource, total: bySource.reduce((n, g) => n + g.count, 0) };
}
