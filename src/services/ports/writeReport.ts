/** What a write of many records keyed by a unique column reports. */

/** Outcome of writing many records keyed by a unique column. */
export interface WriteReport {
  /** Written by this call. */
  readonly accepted: number;
  /** Refused as duplicates of a stored record: imported before, or written by an earlier attempt whose answer was lost. */
  readonly alreadyStored: number;
  /** Not written after every retry; listed in `failures`. */
  readonly failed: number;
  readonly failures: readonly { readonly key: string; readonly reason: string }[];
}

/**
 * Outcome of adding or updating records: `accepted` counts the new ones, `updated` the stored ones that
 * changed (and were written), `alreadyStored` the stored ones that were identical (nothing written).
 */
export interface UpsertReport extends WriteReport {
  /** Keys of the added records (`accepted` of them), in input order: with `updatedIds`, what to re-analyse. */
  readonly acceptedIds: readonly string[];
  readonly updated: number;
  /** Keys of the updated records, in input order. */
  readonly updatedIds: readonly string[];
}
