import { groupUnmatched, type UnmatchedGroup } from '../core/recognition';
import type { UnmatchedItem, UnmatchedReason } from '../core/recognition';
import type { SyncStateStore } from './ports';

/** The SyncState key of the sync run's summary item (one per site, rewritten by every run). */
export const SYNC_SUMMARY_KEY = 'graph:summary';

/** What the last Microsoft 365 sync run did, as the dashboard shows it. */
export interface SyncRunSummary {
  /** Epoch ms of the run. */
  readonly ranAt: number;
  readonly sources: readonly { readonly sourceKey: string; readonly displayName?: string; readonly items: number; readonly error?: string }[];
  /** Interactions recognised, newly stored, already stored, failed to store. */
  readonly recognised: number;
  readonly stored: number;
  readonly alreadyStored: number;
  readonly failed: number;
  readonly unmatched: number;
  readonly unmatchedByReason: Readonly<Partial<Record<UnmatchedReason, number>>>;
  /** The largest groups of unmatched items (a multi-line column holds 63,999 characters: smaller groups are cut first). */
  readonly groups: readonly UnmatchedGroup[];
}

const MAX_NOTE = 63_999;

/** The summary as the JSON stored in the summary item, cut to fit its column. */
export function syncRunDetails(summary: Omit<SyncRunSummary, 'groups'>, unmatched: readonly UnmatchedItem[]): string {
  let groups = groupUnmatched(unmatched, 50);
  let json = JSON.stringify({ ...summary, groups });
  while (json.length > MAX_NOTE && groups.length > 0) {
    groups = groups.slice(0, Math.floor(groups.length * 0.8));
    json = JSON.stringify({ ...summary, groups });
  }
  return json;
}

/**
 * The last sync run (one request), or `undefined` when no run has stored its summary yet (a site
 * that never synced, or a run by an older version without details).
 */
export async function loadSyncStatus(syncState: SyncStateStore): Promise<SyncRunSummary | undefined> {
  const item = await syncState.get(SYNC_SUMMARY_KEY);
  if (item?.details === undefined) return undefined;
  try {
    return JSON.parse(item.details) as SyncRunSummary;
  } catch {
    return undefined;
  }
}
