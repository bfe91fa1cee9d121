import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Opportunity, OpportunityStatus } from '../../core/model';
import { mergeOpportunity } from '../../services';
import type { AnalysisSnapshot, OpportunityRecord, OpportunityStore, UpsertReport, WriteReport } from '../../services';
import { runInBatches, summariseOutcomes, type BatchOptions } from './batchWriter';
import { itemToOpportunityRecord, OPPORTUNITY_SELECT, opportunityToItem } from './mappers/opportunityMapper';
import { snapshotToItem } from './mappers/snapshotMapper';
import { MAX_PAGE_SIZE, odataString, readAllPages } from './paging';
import { listTitle, OpportunityFields as F } from './schema';
import { toTypedError } from './spErrors';

/** What an upsert has to do: write new records, update changed ones, and nothing for the rest. */
interface UpsertPlan {
  readonly additions: Opportunity[];
  readonly updates: { readonly itemId: number; readonly merged: Opportunity }[];
  readonly unchanged: number;
}

/** Splits the (deduplicated) import against the stored records of the same ids. */
function planUpsert(imported: readonly Opportunity[], stored: readonly OpportunityRecord[]): UpsertPlan {
  const byId = new Map(stored.map((r) => [r.opportunity.id, r]));
  const additions: Opportunity[] = [];
  const updates: { itemId: number; merged: Opportunity }[] = [];
  let unchanged = 0;
  for (const opportunity of imported) {
    const record = byId.get(opportunity.id);
    const merged = record === undefined ? undefined : mergeOpportunity(record.opportunity, opportunity);
    if (record === undefined) additions.push(opportunity);
    else if (merged === undefined) unchanged++;
    else updates.push({ itemId: record.itemId, merged });
  }
  return { additions, updates, unchanged };
}

/** Epoch ms down to the whole second: SharePoint keeps DateTime columns without milliseconds. */
const toWholeSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/**
 * The opportunity as a stored item would read back (dates in whole seconds), so that comparing it with
 * the stored record sees only real changes, not lost milliseconds. The stage history is JSON and exact.
 */
function asStored(opportunity: Opportunity): Opportunity {
  const { closedAt, ...rest } = opportunity;
  return { ...rest, createdAt: toWholeSecond(opportunity.createdAt), ...(closedAt !== undefined ? { closedAt: toWholeSecond(closedAt) } : {}) };
}

/** The last occurrence of each id (a later CRM row is the newer truth), in first-occurrence order, as stored. */
function lastPerId(opportunities: readonly Opportunity[]): Opportunity[] {
  const byId = new Map<string, Opportunity>();
  for (const opportunity of opportunities) byId.set(opportunity.id, asStored(opportunity));
  return [...byId.values()];
}

/**
 * Opportunities in SharePoint, each with its latest analysis snapshot. The dashboard reads this list
 * only (pages of 5,000, so 1,500 opportunities are one request), never the raw interactions.
 */
export function createOpportunityStore(sp: SPFI, options: BatchOptions = {}): OpportunityStore {
  const title = listTitle('opportunities');
  const items = (client: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => client.web.lists.getByTitle(title).items;
  const getMany = async (externalIds: readonly string[]): Promise<OpportunityRecord[]> => {
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
  };
  return {
    async addMany(opportunities: readonly Opportunity[]): Promise<WriteReport> {
      const outcomes = await runInBatches(sp, opportunities.map((o) => ({ key: o.id, run: (b: SPFI) => items(b).add(opportunityToItem(o)) })), options);
      return summariseOutcomes(outcomes);
    },
    async upsertMany(opportunities: readonly Opportunity[]): Promise<UpsertReport> {
      const imported = lastPerId(opportunities);
      const first = planUpsert(imported, await getMany(imported.map((o) => o.id)));
      const added = await runInBatches(sp, first.additions.map((o) => ({ key: o.id, run: (b: SPFI) => items(b).add(opportunityToItem(o)) })), options);
      // An add refused as a duplicate was stored meanwhile: by this call's own attempt whose answer was
      // lost (then the merge finds nothing to change), or by someone else (then it is merged in).
      const refusedIds = new Set(added.filter((o) => o.kind === 'duplicate').map((o) => o.key));
      const second = refusedIds.size === 0 ? { additions: [], updates: [], unchanged: 0 } : planUpsert(imported.filter((o) => refusedIds.has(o.id)), await getMany([...refusedIds]));
      const updates = [...first.updates, ...second.updates];
      const updated = await runInBatches(
        sp,
        // opportunityToItem holds the opportunity columns only, so the analysis snapshot stays as it is.
        updates.map(({ itemId, merged }) => ({ key: merged.id, run: (b: SPFI) => items(b).getById(itemId).update(opportunityToItem(merged)) })),
        options
      );
      const failures = [...summariseOutcomes(added).failures, ...summariseOutcomes(updated).failures];
      const updatedIds = updated.filter((o) => o.kind === 'ok').map((o) => o.key);
      // Refused after a lost answer and stored exactly as imported: this call's own add, counted (and
      // re-analysed) as added rather than as found.
      const merging = new Set([...second.updates.map((u) => u.merged.id), ...second.additions.map((o) => o.id)]);
      const ownIds = new Set(added.filter((o) => o.kind === 'duplicate' && o.afterLostAnswer === true && !merging.has(o.key)).map((o) => o.key));
      const acceptedIds = added.filter((o) => o.kind === 'ok' || ownIds.has(o.key)).map((o) => o.key);
      return {
        accepted: acceptedIds.length,
        acceptedIds,
        updated: updatedIds.length,
        updatedIds,
        alreadyStored: first.unchanged + second.unchanged - ownIds.size + second.additions.length,
        failed: failures.length,
        failures
      };
    },
    getMany,
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
