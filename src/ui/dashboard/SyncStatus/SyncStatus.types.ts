import type { SyncRunSummary } from '../../../services/syncStatus';

export interface ISyncStatusProps {
  /** The last run; `undefined` when none has been recorded. */
  readonly summary: SyncRunSummary | undefined;
  readonly locale: string;
}
