import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { OPPORTUNITY_MODEL_PREFIX, type ModelAccess, type ModelRecord, type ModelRegistry, type NewModelRecord } from '../../services';
import { isLeadModelItem } from './mappers/leadMapper';
import { itemToModelRecord, modelStatusToItem, newModelToItem, SCORING_MODEL_SELECT } from './mappers/scoringModelMapper';
import { odataString } from './paging';
import { listAccess } from './permissions';
import { listTitle, ScoringModelFields as F } from './schema';
import { statusOf, toTypedError } from './spErrors';

/**
 * The ScoringModels list as the model registry. Every read filters or sorts on an indexed column
 * (model id, status, trained-at). A site set up before schema version 4 has no such list: reads
 * answer "no model" there, so analysis and pages keep working until an owner upgrades the site.
 */
export function createScoringModelStore(sp: SPFI): ModelRegistry {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('models')).items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));
  const read = async (query: (q: ReturnType<typeof items>) => ReturnType<typeof items>): Promise<ModelRecord[]> => {
    try {
      const rows = await query(items().select(...SCORING_MODEL_SELECT))<Record<string, unknown>[]>();
      // Lead models live in the same list (ids `lead-...`, never in use): they are no opportunity models.
      return rows.filter((row) => !isLeadModelItem(row)).map(itemToModelRecord);
    } catch (error) {
      if (statusOf(error) === 404) return [];
      return fail(error, 'read-items');
    }
  };
  const get = async (modelId: string): Promise<ModelRecord | undefined> => (await read((q) => q.filter(`${F.modelId} eq ${odataString(modelId)}`).top(1)))[0];

  return {
    async save(record: NewModelRecord): Promise<ModelRecord> {
      const body = newModelToItem(record);
      const added = (await items().add(body).catch((e: unknown) => fail(e, 'write-items'))) as Record<string, unknown>;
      const itemId = typeof added.Id === 'number' ? added.Id : typeof added.ID === 'number' ? added.ID : 0;
      return { ...record, status: 'stored', itemId };
    },
    get,
    async getInUse(): Promise<ModelRecord | undefined> {
      return (await read((q) => q.filter(`${F.status} eq 'in-use'`).orderBy(F.trainedAt, false).top(1)))[0];
    },
    async recent(count: number): Promise<ModelRecord[]> {
      // Opportunity models only, on the server: lead models newer than them would otherwise fill the top `count`.
      return read((q) => q.filter(`startswith(${F.modelId},${odataString(OPPORTUNITY_MODEL_PREFIX)})`).orderBy(F.trainedAt, false).top(Math.min(5000, Math.max(1, count))));
    },
    async use(modelId: string): Promise<ModelRecord> {
      const chosen = await get(modelId);
      if (!chosen) throw new RangeError(`No stored model "${modelId}".`);
      const others = await read((q) => q.filter(`${F.status} eq 'in-use'`).top(100));
      if (chosen.status !== 'in-use') {
        await items().getById(chosen.itemId).update(modelStatusToItem('in-use')).catch((e: unknown) => fail(e, 'write-items'));
      }
      for (const other of others.filter((o) => o.modelId !== modelId)) {
        await items().getById(other.itemId).update(modelStatusToItem('stored')).catch((e: unknown) => fail(e, 'write-items'));
      }
      return { ...chosen, status: 'in-use' };
    },
    async access(trainerGroup?: string): Promise<ModelAccess> {
      try {
        return { canTrain: (await listAccess(sp, listTitle('models'), trainerGroup)).canManage };
      } catch (error) {
        // No list yet (a site before schema version 4) or no right to ask: nobody trains here.
        const status = statusOf(error);
        if (status === 401 || status === 403 || status === 404) return { canTrain: false };
        return fail(error, 'read-items');
      }
    }
  };
}
