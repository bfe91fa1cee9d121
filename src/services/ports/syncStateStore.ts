/** Port: where each Microsoft Graph sync left off (delta tokens). */

/** Progress of one history source (a Graph mailbox, a CSV drop folder...). */
export interface SyncState {
  readonly sourceKey: string;
  readonly displayName?: string;
  readonly deltaToken?: string;
  readonly lastRunAt?: number;
  readonly lastSuccessAt?: number;
  readonly lastError?: string;
  /** The sync run's summary item only: what the run brought in, JSON (src/services/syncStatus.ts). */
  readonly details?: string;
}

export interface SyncStateStore {
  get(sourceKey: string): Promise<SyncState | undefined>;
  /** Creates or replaces the state of `state.sourceKey`. */
  save(state: SyncState): Promise<SyncState>;
}
