import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Interaction } from '../../core/model';
import type { InteractionStore, WriteReport } from '../../services';
import { runInBatches, summariseOutcomes, type BatchOptions } from './batchWriter';
import { INTERACTION_SELECT, interactionToItem, itemToInteraction } from './mappers/interactionMapper';
import { MAX_PAGE_SIZE, odataString, readAllPages } from './paging';
import { InteractionFields as F, listTitle } from './schema';
import { toTypedError } from './spErrors';

const byOpportunity = (id: string): string => `${F.opportunityId} eq ${odataString(id)}`;

/**
 * Interactions in SharePoint. Writes are `$batch`ed adds keyed by the unique source key; reads filter
 * only on the indexed opportunity id, so they keep working on lists of millions of items.
 */
export function createInteractionStore(sp: SPFI, options: BatchOptions = {}): InteractionStore {
  const title = listTitle('interactions');
  const items = (client: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => client.web.lists.getByTitle(title).items;
  const listByOpportunity = async (opportunityId: string): Promise<Interaction[]> =>
    readAllPages(items(sp).select(...INTERACTION_SELECT).filter(byOpportunity(opportunityId)), itemToInteraction).catch((e: unknown) => Promise.reject(toTypedError(e, 'read-items')));
  return {
    async addMany(interactions: readonly Interaction[]): Promise<WriteReport> {
      const outcomes = await runInBatches(
        sp,
        interactions.map((interaction) => ({ key: interaction.sourceKey, run: (b: SPFI) => items(b).add(interactionToItem(interaction)) })),
        options
      );
      return summariseOutcomes(outcomes);
    },
    listByOpportunity,
    async listByOpportunities(opportunityIds: readonly string[]): Promise<Map<string, Interaction[]>> {
      const ids = [...new Set(opportunityIds)];
      // One page per opportunity inside $batch requests; an opportunity with a full page is re-read with paging.
      const outcomes = await runInBatches(
        sp,
        ids.map((id) => ({ key: id, run: (b: SPFI) => items(b).select(...INTERACTION_SELECT).filter(byOpportunity(id)).top(MAX_PAGE_SIZE)<Record<string, unknown>[]>() })),
        options
      );
      const result = new Map<string, Interaction[]>();
      for (const outcome of outcomes) {
        if (outcome.kind !== 'ok') throw toTypedError(outcome.kind === 'failed' ? outcome.error : new Error(`Unexpected duplicate on read of ${outcome.key}`), 'read-items');
        result.set(outcome.key, outcome.value.length >= MAX_PAGE_SIZE ? await listByOpportunity(outcome.key) : outcome.value.map(itemToInteraction));
      }
      return result;
    }
  };
}
