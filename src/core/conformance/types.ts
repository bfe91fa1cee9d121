/**
 * Plain data of the Declare conformance checker: constraints in, per-case results out.
 * Semantics of each template are in ./templates.ts (one table) and docs/conformance.md.
 */

/** The Declare templates the engine evaluates (names as they appear in constraint-set JSON). */
export type TemplateName =
  | 'existence'
  | 'absence'
  | 'exactly'
  | 'init'
  | 'responded_existence'
  | 'coexistence'
  | 'response'
  | 'precedence'
  | 'succession'
  | 'alternate_response'
  | 'alternate_precedence'
  | 'alternate_succession'
  | 'chain_response'
  | 'chain_precedence'
  | 'chain_succession'
  | 'not_coexistence'
  | 'not_succession'
  | 'not_chain_succession';

/** Where a compiled constraint came from in the blueprint, so that results can be explained. */
export type ProvenanceKind = 'required' | 'precededBy' | 'stageOrder' | 'due';

export interface ConstraintProvenance {
  readonly kind: ProvenanceKind;
  /** The transaction the constraint is about (the later one for ordering constraints). */
  readonly transactionId: string;
  /** The stage of that transaction. */
  readonly stageId: string;
  /** For `precededBy` and `stageOrder`: the transaction that must come first. */
  readonly predecessorTransactionId?: string;
}

export interface DeclareConstraint {
  /** Unique within a constraint set. */
  readonly id: string;
  readonly template: TemplateName;
  /** One activity for unary templates, two (A, B) for binary ones. */
  readonly activities: readonly string[];
  /** Occurrence bound for existence (at least n), absence (fewer than n) and exactly; default 1. */
  readonly n?: number;
  /** Timed forms only (`response`, `existence` with `reference`): the window in days (may be fractional). */
  readonly withinDays?: number;
  /** Timed `existence` only: the activity whose first occurrence starts the window. */
  readonly reference?: string;
  /** Weight in the fitness (default 1, must be > 0). */
  readonly weight?: number;
  /** Plain-language statement of the rule, shown to people. */
  readonly description?: string;
  readonly provenance?: ConstraintProvenance;
}

export interface ConstraintSet {
  readonly constraints: readonly DeclareConstraint[];
}

/**
 * `satisfied`: holds on the events so far (for an open case it may still be broken later, e.g. absence).
 * `violated`: broken for good (no future event can repair it) or unsatisfied in a closed case.
 * `pending`: open case only; unsatisfied now but future events can still satisfy it.
 */
export type ConstraintState = 'satisfied' | 'violated' | 'pending';

export interface ConstraintResult {
  readonly constraintId: string;
  readonly state: ConstraintState;
  /**
   * Indexes (into the checked trace's events, ascending) of the events that activated the constraint.
   * Read-only: empty lists are one shared frozen array.
   */
  readonly activations: readonly number[];
  /** Indexes (ascending) of the events that witness the violation; see the template table for which. */
  readonly violations: readonly number[];
}

export interface CaseConformance {
  readonly caseId: string;
  /** In [0, 1]; see ./fitness.ts for the definition. */
  readonly fitness: number;
  /** One result per constraint, in constraint order. */
  readonly results: ConstraintResult[];
}

export interface CheckOptions {
  /** True when nothing can happen in the case any more (won, lost, no decision). */
  readonly closed: boolean;
  /** Epoch milliseconds; decides whether deadlines of timed constraints have passed. */
  readonly now: number;
}

export interface CheckLogOptions {
  readonly now: number;
  readonly isClosed: (caseId: string) => boolean;
}
