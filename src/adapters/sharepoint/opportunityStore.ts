import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Opportunity, OpportunityStatus } from '../../core/model/interaction';
import type { AnalysisSnapshot, OpportunityRecord, OpportunityStore, WriteReport } from '../../services/ports';
import { runInBatches, summariseOutcomes, type BatchOptions } from './batchWriter';
import { itemToOpportunityRecord, OPPORTUNITY_SELECT, opportunityToItem } from './mappers/opportunityMapper';
import { snapshotToItem } from './mappers/snapshotMapper';
import { MAX_PAGE_SIZE, odataString, readAllPages } from './paging';
import { listTitle, OpportunityFields as F } from './schema';
import { toTypedError } from './spErrors';

/**
 * Opportunities in SharePoint, each with its latest analysis snapshot. The dashboard reads this list
 * only (pages of 5,000, so 1,500 opportunities are one request), never the raw interactions.
 */
export function createOpportunityStore(sp: SPFI, options: BatchOptions = {}): OpportunityStore {
  const title = listTitle('opportunities');
  const items = (client: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => client.web.lists.getByTitle(title).items;
  return {
    async addMany(opportunities: readonly Opportunity[]): Promise<WriteReport> {
      const outcomes = await runInBatches(sp, opportunities.map((o) => ({ key: o.id, run: (b: SPFI) => items(b).add(opportunityToItem(o)) })), options);
      return summariseOutcomes(outcomes);
    },
    async getMany(externalIds: readonly string[]): Promise<OpportunityRecord[]> {
      const ids = [...new Set(externalIds)];
      const outcomes = await runInBatches(
        sp,
        ids.map((id) => ({ key: id, run: (b: SPFI) => items(b).select(...OPPORTUNITY_SELECT).filter(`${F.externalId} eq ${odataString(id)}`).top(1)<Record<string, unknown>[]>() })),
        options
      );
      const records: OpportunityRecord[] = [];
      for (const outcome of outcomes) {
        if (outcome.kind === 'failed') throw toTypedError(outcome.error, 'read-items');
        if (outcome.kind === 'ok' && outcome.value.length > 0) records.push(itemToOpportunityRecord(outcome.value[0]));
      }
      return records;
    },
    async listAll(): Promise<OpportunityRecord[]> {
      return readAllPages(items(sp).select(...OPPORTUNITY_SELECT), itemToOpportunityRecord, MAX_PAGE_SIZE).catch((e: unknown) => Promise.reject(toTypedError(e, 'read-items')));
    },
    async *pagesByStatus(status: OpportunityStatus, pageSize: number = MAX_PAGE_SIZE): AsyncIterable<OpportunityRecord[]> {
      const query = items(sp).select(...OPPORTUNITY_SELECT).filter(`${F.status} eq ${odataString(status)}`).top(Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize)));
      const pages = query[Symbol.asyncIterator]();
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = await pages.next();
        } catch (error) {
          throw toTypedError(error, 'read-items');
        }
        if (next.done === true) return;
        yield (next.value as Record<string, unknown>[]).map(itemToOpportunityRecord);
      }
    },
    async saveSnapshots(snapshots: readonly { readonly itemId: number; readonly snapshot: AnalysisSnapshot }[]): Promise<WriteReport> {
      const outcomes = await runInBatches(
        sp,
        snapshots.map(({ itemId, snapshot }) => ({ key: String(itemId), run: (b: SPFI) => items(b).getById(itemId).update(snapshotToItem(snapshot)) })),
        options
      );
      return summariseOutcomes(outcomes);
    }
  };
}
