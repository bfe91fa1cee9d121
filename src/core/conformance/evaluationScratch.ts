/**
 * The per-check scratch memory that evaluateTrace fills and finalizeResults reads: its own module so
 * that the two depend on it and not on each other.
 */
import type { ConstraintResult } from './types';

/**
 * Reusable working memory for {@link evaluateTrace}: one slot per constraint in typed arrays, plus
 * per-event buffers that grow to the longest trace seen. Owned by one caller (never shared or global),
 * so evaluating many cases allocates only what the results themselves need.
 */
export interface EvaluationScratch {
  ids: Int32Array;
  times: Float64Array;
  readonly countA: Int32Array;
  readonly countB: Int32Array;
  /** Index into the activation list where the still-unanswered A events start (response family). */
  readonly start: Int32Array;
  /** An event index remembered by the template (pending A, reference event...); -1 when none. */
  readonly mark: Int32Array;
  /** 1 once the constraint is permanently violated. */
  readonly broken: Uint8Array;
  /** alternate_precedence: 1 when an A occurred since the last B. */
  readonly flag: Uint8Array;
  readonly deadline: Float64Array;
  /** Per-constraint activation and violation lists, empty between traces; results get exact-size copies. */
  readonly activations: number[][];
  readonly violations: number[][];
  /** Frozen results without activations or violations, per constraint x state, shared by all cases. */
  readonly emptyResults: (ConstraintResult | undefined)[];
  /** Per trace: one output list per activity id of its first event, shared by equal lists (see finalizeResults). */
  readonly sharedLists: (number[] | undefined)[];
  /** Activity ids with an entry in sharedLists, so that only those are cleared. */
  readonly sharedKeys: number[];
}
