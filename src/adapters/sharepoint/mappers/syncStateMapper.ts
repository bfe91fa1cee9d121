import type { SyncState } from '../../../services';
import { listTitle, SyncStateFields as F } from '../schema';
import { contextOf, dateValue, readDate, readText, requireText, type SpItem } from './fieldValues';

export const SYNC_STATE_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/** The full body of a SyncState item: absent values clear their columns. */
export function syncStateToItem(state: SyncState): Record<string, unknown> {
  return {
    Title: (state.displayName ?? state.sourceKey).slice(0, 255),
    [F.sourceKey]: state.sourceKey,
    [F.deltaToken]: state.deltaToken ?? null,
    [F.lastRunAt]: dateValue(state.lastRunAt),
    [F.lastSuccessAt]: dateValue(state.lastSuccessAt),
    [F.lastError]: state.lastError ?? null,
    [F.details]: state.details ?? null
  };
}

/** @throws StoredDataError for a missing source key or unreadable dates */
export function itemToSyncState(item: SpItem): SyncState {
  const ctx = contextOf(listTitle('syncState'), item);
  const sourceKey = requireText(item, F.sourceKey, ctx);
  const title = readText(item, 'Title', ctx);
  const deltaToken = readText(item, F.deltaToken, ctx);
  const lastRunAt = readDate(item, F.lastRunAt, ctx);
  const lastSuccessAt = readDate(item, F.lastSuccessAt, ctx);
  const lastError = readText(item, F.lastError, ctx);
  const details = readText(item, F.details, ctx);
  return {
    sourceKey,
    ...(title !== undefined && title !== sourceKey ? { displayName: title } : {}),
    ...(deltaToken !== undefined ? { deltaToken } : {}),
    ...(lastRunAt !== undefined ? { lastRunAt } : {}),
    ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
    ...(lastError !== undefined ? { lastError } : {}),
    ...(details !== undefined ? { details } : {})
  };
}
