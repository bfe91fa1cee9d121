import { TEMPLATE_CODE, TIMED_EXISTENCE_CODE, type CheckPlan } from './compilePlan';
import type { EvaluationScratch } from './evaluationScratch';
import type { CheckOptions, ConstraintResult, ConstraintState } from './types';

// Local copies of the codes (see evaluateTrace.ts: imported bindings are slow in hot loops).
const C_EXISTENCE = TEMPLATE_CODE.existence;
const C_EXACTLY = TEMPLATE_CODE.exactly;
const C_INIT = TEMPLATE_CODE.init;
const C_RESPONDED_EXISTENCE = TEMPLATE_CODE.responded_existence;
const C_COEXISTENCE = TEMPLATE_CODE.coexistence;
const C_RESPONSE = TEMPLATE_CODE.response;
const C_SUCCESSION = TEMPLATE_CODE.succession;
const C_ALTERNATE_RESPONSE = TEMPLATE_CODE.alternate_response;
const C_ALTERNATE_SUCCESSION = TEMPLATE_CODE.alternate_succession;
const C_CHAIN_RESPONSE = TEMPLATE_CODE.chain_response;
const C_CHAIN_SUCCESSION = TEMPLATE_CODE.chain_succession;
const C_TIMED_EXISTENCE = TIMED_EXISTENCE_CODE;

const NONE: readonly number[] = Object.freeze([]);
const STATE_SLOT: Readonly<Record<ConstraintState, number>> = { satisfied: 0, violated: 1, pending: 2 };

/** What the event pass collected for one trace. */
export interface PassOutcome {
  readonly length: number;
  /** Timestamp of the last event (ms); -Infinity for an empty trace. */
  readonly lastTime: number;
}

/**
 * Turns the state left by the event pass into satisfied / violated / pending per constraint: the
 * end-of-trace half of each template's semantics (./templates.ts). A closed case has nothing pending.
 * Time is taken as the later of `now` and the last event, so a deadline that an event already outran
 * counts as passed even when `now` lags behind the data.
 */
export function finalizeResults(plan: CheckPlan, scratch: EvaluationScratch, pass: PassOutcome, options: CheckOptions): ConstraintResult[] {
  const { code, a, n, windowMs, constraints } = plan;
  const { ids, times, countA, countB, start, mark, broken, deadline, activations, violations, sharedLists, sharedKeys } = scratch;
  for (const key of sharedKeys) sharedLists[key] = undefined;
  sharedKeys.length = 0;
  const length = pass.length;
  const closed = options.closed;
  const effectiveNow = Math.max(options.now, pass.lastTime);
  // Open and unsatisfied is pending; closed and unsatisfied is violated.
  const unmet: ConstraintState = closed ? 'violated' : 'pending';
  const results: ConstraintResult[] = new Array(constraints.length);
  for (let c = 0; c < constraints.length; c++) {
    const acts = activations[c];
    const viols = violations[c];
    let state: ConstraintState = 'satisfied';
    switch (code[c]) {
      case C_EXISTENCE:
        if (countA[c] < n[c]) state = unmet;
        break;
      case C_EXACTLY:
        if (broken[c] === 1) state = 'violated';
        else if (countA[c] < n[c]) state = unmet;
        break;
      case C_INIT:
        if (length === 0) state = unmet;
        else {
          acts.push(0);
          if (ids[0] !== a[c]) {
            viols.push(0);
            state = 'violated';
          }
        }
        break;
      case C_RESPONDED_EXISTENCE:
        if (countA[c] > 0 && countB[c] === 0) {
          state = unmet;
          if (closed) viols.push(...acts);
        }
        break;
      case C_COEXISTENCE:
        if (countA[c] > 0 !== countB[c] > 0) {
          state = unmet;
          if (closed) viols.push(...acts);
        }
        break;
      case C_RESPONSE:
      case C_SUCCESSION: {
        let waiting = false;
        const fresh: number[] = [];
        for (let k = start[c]; k < acts.length; k++) {
          const pendingA = acts[k];
          if (closed || (windowMs[c] >= 0 && effectiveNow > times[pendingA] + windowMs[c])) fresh.push(pendingA);
          else waiting = true;
        }
        if (fresh.length > 0) {
          mergeAscending(viols, fresh);
          broken[c] = 1;
        }
        state = broken[c] === 1 ? 'violated' : waiting ? 'pending' : 'satisfied';
        break;
      }
      case C_ALTERNATE_RESPONSE:
      case C_ALTERNATE_SUCCESSION:
      case C_CHAIN_RESPONSE:
      case C_CHAIN_SUCCESSION:
        // mark holds the last A still waiting for its B (for chain templates: an A that ends the trace).
        if (mark[c] >= 0 && closed) {
          viols.push(mark[c]);
          broken[c] = 1;
        }
        state = broken[c] === 1 ? 'violated' : mark[c] >= 0 ? 'pending' : 'satisfied';
        break;
      case C_TIMED_EXISTENCE:
        if (mark[c] >= 0 && countA[c] < n[c]) {
          if (closed || effectiveNow > deadline[c]) {
            viols.push(mark[c]);
            state = 'violated';
          } else state = 'pending';
        }
        break;
      default:
        // absence, precedence, alternate_precedence, chain_precedence and the negative templates are
        // only ever broken by an event, never left waiting.
        if (broken[c] === 1) state = 'violated';
        break;
    }
    // Exact-size copies (the scratch lists keep their capacity for the next case); most lists are
    // empty, and sharing one frozen empty list saves millions of allocations on large logs (measured).
    const activationsOut = acts.length === 0 ? NONE : shareOrCopy(acts, ids, sharedLists, sharedKeys);
    const violationsOut = viols.length === 0 ? NONE : shareOrCopy(viols, ids, sharedLists, sharedKeys);
    // Leave the scratch lists empty for the next trace (cheaper than clearing all of them up front).
    if (acts.length !== 0) acts.length = 0;
    if (viols.length !== 0) viols.length = 0;
    if (activationsOut === NONE && violationsOut === NONE) {
      // A constraint untouched by the case has the same result in every case with this state: one frozen
      // object per constraint and state serves all cases of a log (measured: fewer surviving objects).
      const slot = c * 3 + STATE_SLOT[state];
      results[c] = scratch.emptyResults[slot] ??= Object.freeze({ constraintId: constraints[c].id, state, activations: NONE, violations: NONE });
    } else results[c] = { constraintId: constraints[c].id, state, activations: activationsOut, violations: violationsOut };
  }
  return results;
}

/**
 * An exact-size copy of `list`, or an equal list already made for this trace. Most lists are "every
 * occurrence of activity X" (the activations of existence(X), response(X, .), precedence(., X)...), so
 * keying by the activity of the first event finds the equal one. Measured on the 1M-event synthetic
 * log of bench/conformance.ts: retained results fell from 272 to 226 MiB.
 */
function shareOrCopy(list: number[], ids: Int32Array, shared: (number[] | undefined)[], keys: number[]): readonly number[] {
  const key = ids[list[0]];
  if (key < 0) return copyOf(list);
  const existing = shared[key];
  if (existing !== undefined && sameList(existing, list)) return existing;
  const copy = copyOf(list);
  if (existing === undefined) {
    shared[key] = copy;
    keys.push(key);
  }
  return copy;
}

/**
 * Exact-size copy through the Array constructor rather than slice(): the constructor call has an
 * allocation site, so V8 can allocate these long-lived lists directly in old space (pretenuring).
 * Measured on the 1M-event benchmark log: CPU time of checkLog fell by about a fifth.
 */
function copyOf(list: readonly number[]): number[] {
  const copy: number[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) copy[i] = list[i];
  return copy;
}

function sameList(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Merges ascending `extra` into ascending `target` in place (both are fresh arrays owned here). */
function mergeAscending(target: number[], extra: readonly number[]): void {
  if (target.length === 0 || target[target.length - 1] < extra[0]) {
    for (const value of extra) target.push(value);
    return;
  }
  const merged = [...target, ...extra].sort((x, y) => x - y);
  target.length = 0;
  for (const value of merged) target.push(value);
}
