import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SyncState, SyncStateStore } from '../../services';
import { itemToSyncState, SYNC_STATE_SELECT, syncStateToItem } from './mappers/syncStateMapper';
import { odataString } from './paging';
import { listTitle, SyncStateFields as F } from './schema';
import { isDuplicateValueError, toTypedError } from './spErrors';

/** Sync progress per history source, one item per unique source key. */
export function createSyncStateStore(sp: SPFI): SyncStateStore {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('syncState')).items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));
  const find = async (sourceKey: string): Promise<Record<string, unknown> | undefined> => {
    const rows = await items()
      .select(...SYNC_STATE_SELECT)
      .filter(`${F.sourceKey} eq ${odataString(sourceKey)}`)
      .top(1)<Record<string, unknown>[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows[0];
  };
  return {
    async get(sourceKey: string): Promise<SyncState | undefined> {
      const row = await find(sourceKey);
      return row ? itemToSyncState(row) : undefined;
    },
    async save(state: SyncState): Promise<SyncState> {
      const body = syncStateToItem(state);
      let row = await find(state.sourceKey);
      if (!row) {
        try {
          await items().add(body);
          return state;
        } catch (error) {
          // Another runner created it since the read: fall through and update that item.
          if (!isDuplicateValueError(error)) return fail(error, 'write-items');
          row = await find(state.sourceKey);
        }
      }
      await items()
        .getById(Number(row?.Id))
        .update(body)
        .catch((e: unknown) => fail(e, 'write-items'));
      return state;
    }
  };
}
