/** A deviation from the blueprint, stated so that a seller understands what to do about it. */
export type DeviationKind = 'missing-exchange' | 'out-of-order' | 'late' | 'unexpected-exchange' | 'uncovered-role' | 'single-threaded';

export type DeviationSeverity = 'low' | 'medium' | 'high';

export interface Deviation {
  readonly kind: DeviationKind;
  readonly severity: DeviationSeverity;
  /** The stage the deviation belongs to (the transaction's stage, or the current stage). */
  readonly stageId?: string;
  readonly transactionId?: string;
  /** The compiled constraint the deviation comes from, if any. */
  readonly constraintId?: string;
  readonly roleId?: string;
  /** Indexes into the checked trace (with stage entries) of the events that witness it. */
  readonly traceEvents: readonly number[];
  /** Indexes into the interactions given of the exchanges that witness it. */
  readonly interactions: readonly number[];
  readonly message: string;
}
