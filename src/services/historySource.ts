/**
 * The port of the Microsoft 365 history readers (calendar, mail, Planner, workflow list). The Graph
 * adapter (src/adapters/graph/graphHistorySource.ts) implements it; tests may fake it with plain data.
 */
import type { SourceItem } from '../core/recognition';

/** What one history source (one seller's calendar, one mail folder, a plan, the workflow list) gave. */
export interface HistoryRead {
  /** The SyncState key, e.g. `graph:calendar:ann@contoso.com`. */
  readonly sourceKey: string;
  readonly displayName: string;
  readonly items: readonly SourceItem[];
  /** Records Graph returned that could not be read as items (no time): counted, never hidden. */
  readonly unreadable: number;
  /** Records reported deleted; interactions already stored are kept (history does not change). */
  readonly removed: number;
  /** The token to store once the items are safely imported; absent for sources without delta. */
  readonly deltaToken?: string;
  /** The stored token had expired (410) and the source was read in full again. */
  readonly resynced: boolean;
  /** The read failed: the stored token must be kept so the next run reads the same changes. */
  readonly error?: string;
}

export interface HistorySource {
  /** Every source key this reader covers, so the sync can load their states first. */
  sourceKeys(): readonly string[];
  /**
   * Reads every source since its stored delta token (`undefined`: a full read).
   * Never throws for a single source's failure: that source's read carries `error`.
   */
  read(tokens: ReadonlyMap<string, string | undefined>): Promise<readonly HistoryRead[]>;
}
