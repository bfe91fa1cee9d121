import type { TemplateName } from './types';

/**
 * The Declare templates and their finite-trace (LTLf) semantics as this engine implements them.
 * "Trace order" is the order of the events in the trace given (sorted by time, ties in input order);
 * "after" and "before" mean strictly later / earlier in that order. Indexes in results point into the
 * trace. A case is *open* or *closed*; `now` only matters for timed forms.
 *
 * | template | activation (indexes in `activations`) | violation witnesses (`violations`) | pending (open case only) |
 * |---|---|---|---|
 * | existence(A, n) | each A | none: violated only when closed with fewer than n A | fewer than n A so far |
 * | existence(A, n) within D days of R | the first R | that R, when fewer than n A occur at or before R.time + D days and the deadline passed (`now` > deadline) or the case is closed | R seen, deadline not passed, too few A; no R: satisfied (not yet due) |
 * | absence(A, n) | each A | the n-th and later A (permanent) | never |
 * | exactly(A, n) | each A | the (n+1)-th and later A (permanent); none when closed with fewer than n | fewer than n A so far |
 * | init(A) | event 0 | event 0 when it is not A; none when closed and empty | empty trace |
 * | responded_existence(A, B) | each A | every A, when closed with A but no B anywhere | A occurred, no B yet |
 * | coexistence(A, B) | each A and each B | every A and B, when closed with only one of the two | only one of the two occurred |
 * | response(A, B) | each A | each A with no B after it (at close) | some A has no B after it yet |
 * | response(A, B) within D days | each A | each A whose first later B comes after A.time + D days, or with no later B once `now` > deadline or the case is closed (permanent) | some A still waits for a B and its deadline has not passed |
 * | precedence(A, B) | each B | each B with no A before it (permanent) | never |
 * | succession(A, B) | each A and each B | precedence and response witnesses combined | response part pending, no precedence violation |
 * | alternate_response(A, B) | each A | each A followed by another A before any B (permanent); the last A without B at close | the last A has no B yet |
 * | alternate_precedence(A, B) | each B | each B with no A since the previous B (or since the start) (permanent) | never |
 * | alternate_succession(A, B) | each A and each B | both alternate witnesses combined | alternate_response part pending |
 * | chain_response(A, B) | each A | each A whose next event is not B (permanent); the A that is the last event, at close | the last event is A |
 * | chain_precedence(A, B) | each B | each B whose previous event is not A (or which is event 0) (permanent) | never |
 * | chain_succession(A, B) | each A and each B | chain_response and chain_precedence witnesses combined | the last event is A |
 * | not_coexistence(A, B) | each A and each B | each A or B that occurs after the other activity has occurred (permanent) | never |
 * | not_succession(A, B) | each A | each B after some A (permanent) | never |
 * | not_chain_succession(A, B) | each A | each B immediately after an A (permanent) | never |
 *
 * When an event is both A and B (A = B), the B role is evaluated before the A role, so an event never
 * satisfies its own response or precedence. A constraint with a permanent violation stays violated; a
 * closed case turns every pending constraint into violated. Timed deadlines are inclusive: a B exactly
 * D days after A is in time; one day is 86,400,000 ms (UTC, no calendars).
 */
export interface TemplateSpec {
  readonly name: TemplateName;
  /** Number of activities the template takes. */
  readonly arity: 1 | 2;
  /** Whether `n` applies, and its smallest allowed value. */
  readonly minN?: number;
  /** Whether `withinDays` may be given. */
  readonly timed: boolean;
  /**
   * Unary templates bind every case whatever it contains; binary ones only bind once activated. The
   * fitness uses this (./fitness.ts).
   */
  readonly unconditional: boolean;
}

export const TEMPLATE_SPECS: Readonly<Record<TemplateName, TemplateSpec>> = {
  existence: { name: 'existence', arity: 1, minN: 1, timed: true, unconditional: true },
  absence: { name: 'absence', arity: 1, minN: 1, timed: false, unconditional: true },
  exactly: { name: 'exactly', arity: 1, minN: 0, timed: false, unconditional: true },
  init: { name: 'init', arity: 1, timed: false, unconditional: true },
  responded_existence: { name: 'responded_existence', arity: 2, timed: false, unconditional: false },
  coexistence: { name: 'coexistence', arity: 2, timed: false, unconditional: false },
  response: { name: 'response', arity: 2, timed: true, unconditional: false },
  precedence: { name: 'precedence', arity: 2, timed: false, unconditional: false },
  succession: { name: 'succession', arity: 2, timed: false, unconditional: false },
  alternate_response: { name: 'alternate_response', arity: 2, timed: false, unconditional: false },
  alternate_precedence: { name: 'alternate_precedence', arity: 2, timed: false, unconditional: false },
  alternate_succession: { name: 'alternate_succession', arity: 2, timed: false, unconditional: false },
  chain_response: { name: 'chain_response', arity: 2, timed: false, unconditional: false },
  chain_precedence: { name: 'chain_precedence', arity: 2, timed: false, unconditional: false },
  chain_succession: { name: 'chain_succession', arity: 2, timed: false, unconditional: false },
  not_coexistence: { name: 'not_coexistence', arity: 2, timed: false, unconditional: false },
  not_succession: { name: 'not_succession', arity: 2, timed: false, unconditional: false },
  not_chain_succession: { name: 'not_chain_succession', arity: 2, timed: false, unconditional: false }
};

/** Milliseconds in one day; windows are plain durations, not calendar days. */
export const MS_PER_DAY = 86_400_000;

/** True when `name` is one of the supported template names. */
export function isTemplateName(name: string): name is TemplateName {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_SPECS, name);
}
