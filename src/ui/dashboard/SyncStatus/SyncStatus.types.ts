import type { UnmatchedGroup } from '../../../core/recognition';
import type { SyncRunSummary } from '../../../services';

export interface ISyncStatusProps {
  /** The last run; `undefined` when none has been recorded. */
  readonly summary: SyncRunSummary | undefined;
  readonly locale: string;
  /** The published blueprint's exchanges (id, name), in sequence: what a group may be recognised as. */
  readonly exchanges?: readonly { readonly id: string; readonly name: string }[];
  /** Adds a recognition rule for `group` as the exchange `transactionId` to the blueprint's draft; absent: read-only. */
  readonly onCreateRule?: (group: UnmatchedGroup, transactionId: string) => void;
  /** The outcome of the last "add to the draft". */
  readonly notice?: { readonly kind: 'success' | 'error'; readonly text: string };
}
