import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConcurrencyConflictError } from '../../core/errors';
import type { Blueprint, BlueprintStatus } from '../../core/model/blueprint';
import type { BlueprintStore, BlueprintVersion, StoredBlueprint } from '../../services/ports';
import { BLUEPRINT_SELECT, blueprintToItem, itemToStoredBlueprint, versionToBlueprintVersion } from './mappers/blueprintMapper';
import { odataString, readAllPages } from './paging';
import { BlueprintFields as F, listTitle } from './schema';
import { isDuplicateValueError, isETagMismatch, toTypedError } from './spErrors';

/**
 * Blueprints in SharePoint: one item per blueprint, the JSON in a note column, list versioning on so
 * the item's versions are the blueprint's history. Every save of an existing blueprint sends the
 * editor's ETag in `If-Match`; a mismatch becomes {@link ConcurrencyConflictError} with both versions.
 */
export function createBlueprintStore(sp: SPFI): BlueprintStore {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('blueprints')).items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));

  const get = async (blueprintId: string): Promise<StoredBlueprint | undefined> => {
    const rows = await items()
      .select(...BLUEPRINT_SELECT)
      .filter(`${F.blueprintId} eq ${odataString(blueprintId)}`)
      .top(1)<Record<string, unknown>[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows.length === 0 ? undefined : itemToStoredBlueprint(rows[0]);
  };

  const update = async (current: StoredBlueprint | undefined, next: Blueprint, etag: string): Promise<StoredBlueprint> => {
    if (!current) throw new ConcurrencyConflictError<Blueprint>(next, undefined, etag, undefined);
    try {
      await items().getById(current.itemId).update(blueprintToItem(next), etag);
    } catch (error) {
      if (!isETagMismatch(error)) return fail(error, 'write-items');
      const latest = await get(next.id);
      throw new ConcurrencyConflictError<Blueprint>(next, latest?.blueprint, etag, latest?.etag);
    }
    const saved = await get(next.id);
    if (!saved) throw new ConcurrencyConflictError<Blueprint>(next, undefined, etag, undefined);
    return saved;
  };

  return {
    async list(): Promise<StoredBlueprint[]> {
      return readAllPages(items().select(...BLUEPRINT_SELECT), itemToStoredBlueprint).catch((e: unknown) => fail(e, 'read-items'));
    },
    get,
    async getPublished(): Promise<StoredBlueprint | undefined> {
      const published = await readAllPages(items().select(...BLUEPRINT_SELECT).filter(`${F.status} eq 'published'`), itemToStoredBlueprint).catch((e: unknown) =>
        fail(e, 'read-items')
      );
      // Sorted here rather than with $orderby: Modified is not indexed, and the filtered set is small.
      return [...published].sort((a, b) => b.modifiedAt - a.modifiedAt || b.itemId - a.itemId)[0];
    },
    async save(blueprint: Blueprint, etag?: string): Promise<StoredBlueprint> {
      if (etag !== undefined) return update(await get(blueprint.id), blueprint, etag);
      try {
        await items().add(blueprintToItem(blueprint));
      } catch (error) {
        if (!isDuplicateValueError(error)) return fail(error, 'write-items');
        const existing = await get(blueprint.id);
        throw new ConcurrencyConflictError<Blueprint>(blueprint, existing?.blueprint, '', existing?.etag);
      }
      const saved = await get(blueprint.id);
      if (!saved) throw new ConcurrencyConflictError<Blueprint>(blueprint, undefined, '', undefined);
      return saved;
    },
    async setStatus(blueprintId: string, status: BlueprintStatus, etag: string): Promise<StoredBlueprint> {
      const current = await get(blueprintId);
      if (!current) throw new RangeError(`There is no blueprint "${blueprintId}".`);
      return update(current, { ...current.blueprint, status }, etag);
    },
    async history(blueprintId: string): Promise<BlueprintVersion[]> {
      const current = await get(blueprintId);
      if (!current) return [];
      const versions = await items()
        .getById(current.itemId)
        .versions<Record<string, unknown>[]>()
        .catch((e: unknown) => fail(e, 'read-items'));
      return versions.map(versionToBlueprintVersion);
    }
  };
}
