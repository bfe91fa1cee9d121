import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SiteSetupNeededError } from '../../services';
import type { Lead, LeadModelRecord, LeadModelRegistry, LeadOutcome, LeadRecord, LeadStore, StoredLeadScore, UpsertReport, WriteReport } from '../../services';
import { runInBatches, summariseOutcomes, type BatchOptions } from './batchWriter';
import { itemToLead, itemToLeadModel, LEAD_MODEL_PREFIX, LEAD_SELECT, leadModelToItem, leadScoreToItem, leadToItem } from './mappers/leadMapper';
import { SCORING_MODEL_SELECT } from './mappers/scoringModelMapper';
import { MAX_PAGE_SIZE, odataString } from './paging';
import { LeadFields as F, listTitle, ScoringModelFields as M } from './schema';
import { statusOf, toTypedError } from './spErrors';

/** True when the stored lead already says what the import says (nothing to write). */
function sameLead(stored: LeadRecord, lead: Lead): boolean {
  if (stored.name !== lead.name || stored.outcome !== lead.outcome) return false;
  const a = Object.keys(stored.features);
  const b = Object.keys(lead.features);
  return a.length === b.length && b.every((k) => stored.features[k] === lead.features[k]);
}

/**
 * The Leads list (schema version 6). Every read filters on an indexed column (the unique lead id,
 * the outcome) and pages; every write goes through the batch writer (`$batch`, retries, and the
 * unique lead id refusing a replayed add).
 */
export function createLeadStore(sp: SPFI, options: BatchOptions = {}): LeadStore {
  const items = (client: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => client.web.lists.getByTitle(listTitle('leads')).items;
  const getMany = async (ids: readonly string[]): Promise<LeadRecord[]> => {
    const outcomes = await runInBatches(
      sp,
      [...new Set(ids)].map((id) => ({ key: id, run: (b: SPFI) => items(b).select(...LEAD_SELECT).filter(`${F.leadId} eq ${odataString(id)}`).top(1)<Record<string, unknown>[]>() })),
      options
    );
    const records: LeadRecord[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind === 'failed') throw statusOf(outcome.error) === 404 ? new SiteSetupNeededError(listTitle('leads'), 6) : toTypedError(outcome.error, 'read-items');
      if (outcome.kind === 'ok' && outcome.value.length > 0) records.push(itemToLead(outcome.value[0]));
    }
    return records;
  };
  return {
    getMany,
    async upsertMany(leads: readonly Lead[], importedAt: number): Promise<UpsertReport> {
      const byId = new Map<string, Lead>();
      for (const lead of leads) byId.set(lead.id, lead);
      const imported = [...byId.values()];
      const plan = async (batch: readonly Lead[]): Promise<{ additions: Lead[]; updates: { itemId: number; lead: Lead }[]; unchanged: number }> => {
        const stored = new Map((await getMany(batch.map((l) => l.id))).map((r) => [r.id, r]));
        const additions: Lead[] = [];
        const updates: { itemId: number; lead: Lead }[] = [];
        let unchanged = 0;
        for (const lead of batch) {
          const record = stored.get(lead.id);
          if (record === undefined) additions.push(lead);
          else if (sameLead(record, lead)) unchanged++;
          else updates.push({ itemId: record.itemId, lead });
        }
        return { additions, updates, unchanged };
      };
      const first = await plan(imported);
      const added = await runInBatches(sp, first.additions.map((l) => ({ key: l.id, run: (b: SPFI) => items(b).add(leadToItem(l, importedAt)) })), options);
      // An add refused by the unique lead id: stored meanwhile (by a lost answer of our own, or by someone else): update it.
      const refused = new Set(added.filter((o) => o.kind === 'duplicate').map((o) => o.key));
      const second = refused.size === 0 ? { additions: [], updates: [], unchanged: 0 } : await plan(imported.filter((l) => refused.has(l.id)));
      const updates = [...first.updates, ...second.updates];
      const updated = await runInBatches(sp, updates.map(({ itemId, lead }) => ({ key: lead.id, run: (b: SPFI) => items(b).getById(itemId).update(leadToItem(lead, importedAt)) })), options);
      const failures = [...summariseOutcomes(added).failures, ...summariseOutcomes(updated).failures];
      const ownIds = new Set(added.filter((o) => o.kind === 'duplicate' && o.afterLostAnswer === true && !second.updates.some((u) => u.lead.id === o.key)).map((o) => o.key));
      const acceptedIds = added.filter((o) => o.kind === 'ok' || ownIds.has(o.key)).map((o) => o.key);
      const updatedIds = updated.filter((o) => o.kind === 'ok').map((o) => o.key);
      return {
        accepted: acceptedIds.length,
        acceptedIds,
        updated: updatedIds.length,
        updatedIds,
        alreadyStored: first.unchanged + second.unchanged - ownIds.size,
        failed: failures.length,
        failures
      };
    },
    async *pages(outcome?: LeadOutcome, pageSize: number = MAX_PAGE_SIZE): AsyncIterable<LeadRecord[]> {
      let query = items(sp).select(...LEAD_SELECT);
      if (outcome !== undefined) query = query.filter(`${F.outcome} eq ${odataString(outcome)}`);
      const pages = query.orderBy('Id', true).top(Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize)))[Symbol.asyncIterator]();
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = await pages.next();
        } catch (error) {
          throw statusOf(error) === 404 ? new SiteSetupNeededError(listTitle('leads'), 6) : toTypedError(error, 'read-items');
        }
        if (next.done === true) return;
        yield (next.value as Record<string, unknown>[]).map(itemToLead);
      }
    },
    async saveScores(scores: readonly { readonly itemId: number; readonly scored: StoredLeadScore }[]): Promise<WriteReport> {
      const outcomes = await runInBatches(sp, scores.map(({ itemId, scored }) => ({ key: String(itemId), run: (b: SPFI) => items(b).getById(itemId).update(leadScoreToItem(scored)) })), options);
      return summariseOutcomes(outcomes);
    }
  };
}

/**
 * Lead models as items of the ScoringModels list (ids `lead-...`, status always `stored`): the newest
 * is the one leads are scored with, read through the unique, indexed model id and trained-at columns.
 */
export function createLeadModelStore(sp: SPFI): LeadModelRegistry {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('models')).items;
  return {
    async save(record: LeadModelRecord): Promise<LeadModelRecord> {
      if (!record.modelId.startsWith(LEAD_MODEL_PREFIX)) throw new RangeError(`A lead model's id starts with "${LEAD_MODEL_PREFIX}"; "${record.modelId}" does not.`);
      await items().add(leadModelToItem(record)).catch((e: unknown) => Promise.reject(toTypedError(e, 'write-items')));
      return record;
    },
    async latest(): Promise<LeadModelRecord | undefined> {
      try {
        const rows = await items().select(...SCORING_MODEL_SELECT).filter(`startswith(${M.modelId},${odataString(LEAD_MODEL_PREFIX)})`).orderBy(M.trainedAt, false).top(1)<Record<string, unknown>[]>();
        return rows.length === 0 ? undefined : itemToLeadModel(rows[0]);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw toTypedError(error, 'read-items');
      }
    }
  };
}
