/** The latest analysis of an opportunity as the product stores it: its fitness, deviations and score. */

/** One deviation from the blueprint (core conformance `Deviation`, without trace indexes), small enough for a list column. */
export interface DeviationEntry {
  /** `missing-exchange`, `out-of-order`, `late`, `unexpected-exchange`, `uncovered-role`, `single-threaded`. */
  readonly kind: string;
  readonly severity: 'low' | 'medium' | 'high';
  readonly transactionId?: string;
  readonly constraintId?: string;
  readonly roleId?: string;
  readonly message: string;
}

/** The deviations of an opportunity against the published blueprint at analysis time. */
export interface DeviationSummary {
  /** Constraint results of the conformance check, by state. */
  readonly violated: number;
  readonly pending: number;
  readonly satisfied: number;
  /** Every deviation found, before truncation to `top`. */
  readonly deviationCount: number;
  /** The deviations, high severity first, at most {@link MAX_DEVIATION_ENTRIES}. */
  readonly top: readonly DeviationEntry[];
}

export const MAX_DEVIATION_ENTRIES: number = 20;

/** One reason behind a stored score: a score contribution without its raw feature value. */
export interface ScoreReason {
  /** Feature name, e.g. `exchange:t3`. */
  readonly feature: string;
  /** Readable phrase, e.g. `no "Business case" (Account executive → Economic buyer)`. */
  readonly label: string;
  /** Probability points (0-100 scale), signed: positive raises the score. */
  readonly points: number;
}

/** Reasons stored with a score: the largest contributions by magnitude. */
export const MAX_SCORE_REASONS: number = 5;

/** The latest analysis of an opportunity, stored on its Opportunities item. */
export interface AnalysisSnapshot {
  /** Win probability in [0, 1] when a scoring model was available. */
  readonly score?: number;
  /** Which model produced `score`, e.g. `logistic (120 won / 310 lost)`; absent without a score. */
  readonly scoreModel?: string;
  /** Why: at most {@link MAX_SCORE_REASONS} contributions, largest |points| first; absent without a score. */
  readonly scoreReasons?: readonly ScoreReason[];
  /**
   * The score before the last analysis that changed it (win probability in [0, 1]), for the trend;
   * absent without a score or before a second, different score. An analysis that stores the same
   * score again keeps it (see withScoreHistory in services), so re-running never flattens a trend.
   */
  readonly previousScore?: number;
  /** When `previousScore` was computed (epoch ms: that analysis's analysed-at); present with it. */
  readonly previousScoredAt?: number;
  readonly fitness: number;
  readonly deviations: DeviationSummary;
  readonly analysedAt: number;
  /** Blueprint id and version the analysis ran against. */
  readonly blueprintId: string;
  readonly blueprintVersion: number;
}
