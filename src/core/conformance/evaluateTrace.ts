import type { LogTrace } from '../model';
import { ROLE_A as ROLE_A_BIT, ROLE_B as ROLE_B_BIT, TEMPLATE_CODE, TIMED_EXISTENCE_CODE, type CheckPlan } from './compilePlan';
import type { EvaluationScratch } from './evaluationScratch';
import { finalizeResults } from './finalizeResults';
import type { CheckOptions, ConstraintResult } from './types';


/** Allocates working memory for a plan; pass the same scratch to every evaluateTrace call of a log. */
export function createScratch(plan: CheckPlan): EvaluationScratch {
  const count = plan.code.length;
  return {
    ids: new Int32Array(64),
    times: new Float64Array(64),
    countA: new Int32Array(count),
    countB: new Int32Array(count),
    start: new Int32Array(count),
    mark: new Int32Array(count),
    broken: new Uint8Array(count),
    flag: new Uint8Array(count),
    deadline: new Float64Array(count),
    activations: Array.from({ length: count }, () => []),
    violations: Array.from({ length: count }, () => []),
    emptyResults: new Array(count * 3),
    sharedLists: new Array(plan.activityIds.size),
    sharedKeys: []
  };
}

// Module-local copies: in the hot loop a local constant is a plain number, whereas an imported binding
// may compile to a property read through the exporting module (measured: it dominated the profile).
const ROLE_A = ROLE_A_BIT;
const ROLE_B = ROLE_B_BIT;
const TIMED_EXISTENCE = TIMED_EXISTENCE_CODE;
const EXISTENCE = TEMPLATE_CODE.existence;
const ABSENCE = TEMPLATE_CODE.absence;
const EXACTLY = TEMPLATE_CODE.exactly;
const RESPONDED_EXISTENCE = TEMPLATE_CODE.responded_existence;
const COEXISTENCE = TEMPLATE_CODE.coexistence;
const RESPONSE = TEMPLATE_CODE.response;
const PRECEDENCE = TEMPLATE_CODE.precedence;
const SUCCESSION = TEMPLATE_CODE.succession;
const ALTERNATE_RESPONSE = TEMPLATE_CODE.alternate_response;
const ALTERNATE_PRECEDENCE = TEMPLATE_CODE.alternate_precedence;
const ALTERNATE_SUCCESSION = TEMPLATE_CODE.alternate_succession;
const CHAIN_RESPONSE = TEMPLATE_CODE.chain_response;
const CHAIN_PRECEDENCE = TEMPLATE_CODE.chain_precedence;
const CHAIN_SUCCESSION = TEMPLATE_CODE.chain_succession;
const NOT_COEXISTENCE = TEMPLATE_CODE.not_coexistence;
const NOT_SUCCESSION = TEMPLATE_CODE.not_succession;
const NOT_CHAIN_SUCCESSION = TEMPLATE_CODE.not_chain_succession;

function pushOnce(list: number[], index: number): void {
  if (list.length === 0 || list[list.length - 1] !== index) list.push(index);
}

/**
 * Evaluates every constraint of the plan on one trace in a single pass over its events. Each event
 * touches only the constraints that mention its activity; chain templates look one event ahead or back
 * in the interned id buffer instead of watching every event. Events must be in trace order (by time,
 * ties in input order); the trace is not modified.
 * @returns one result per constraint, in constraint order (states per ./templates.ts).
 */
export function evaluateTrace(plan: CheckPlan, scratch: EvaluationScratch, trace: LogTrace, options: CheckOptions): ConstraintResult[] {
  const events = trace.events;
  const length = events.length;
  if (scratch.ids.length < length) {
    scratch.ids = new Int32Array(length * 2);
    scratch.times = new Float64Array(length * 2);
  }
  const { ids, times, countA, countB, start, mark, broken, flag, deadline, activations, violations } = scratch;
  const { activityIds, code, a, b, n, windowMs, rowStart, rowConstraint, rowRoles } = plan;
  for (let i = 0; i < length; i++) {
    const event = events[i];
    ids[i] = activityIds.get(event.activity) ?? -1;
    times[i] = event.timestamp;
  }
  countA.fill(0);
  countB.fill(0);
  start.fill(0);
  mark.fill(-1);
  broken.fill(0);
  flag.fill(0);
  // The lists are reused across traces (no garbage from growth per case); finalizeResults leaves them
  // empty, so only the lists this trace touches are ever written.
  for (let i = 0; i < length; i++) {
    const id = ids[i];
    if (id < 0) continue;
    const time = times[i];
    const rowEnd = rowStart[id + 1];
    for (let r = rowStart[id]; r < rowEnd; r++) {
      const c = rowConstraint[r];
      const roles = rowRoles[r];
      const isA = (roles & ROLE_A) !== 0;
      const isB = (roles & ROLE_B) !== 0;
      const acts = activations[c];
      switch (code[c]) {
        case EXISTENCE:
        case RESPONDED_EXISTENCE:
          if (isA) acts.push(i);
          if (isB) countB[c]++;
          if (isA) countA[c]++;
          break;
        case ABSENCE:
        case EXACTLY:
          acts.push(i);
          countA[c]++;
          // absence(A, n) breaks at the n-th A, exactly(A, n) at the (n + 1)-th.
          if (countA[c] >= n[c] + (code[c] === EXACTLY ? 1 : 0)) {
            violations[c].push(i);
            broken[c] = 1;
          }
          break;
        case COEXISTENCE:
          acts.push(i);
          if (isA) countA[c]++;
          if (isB) countB[c]++;
          break;
        case RESPONSE:
        case SUCCESSION:
          if (isB) {
            if (code[c] === SUCCESSION) {
              if (countA[c] === 0) {
                violations[c].push(i);
                broken[c] = 1;
              }
              acts.push(i);
            }
            if (windowMs[c] >= 0) {
              for (let k = start[c]; k < acts.length; k++) {
                const pendingA = acts[k];
                if (pendingA !== i && time > times[pendingA] + windowMs[c]) {
                  violations[c].push(pendingA);
                  broken[c] = 1;
                }
              }
            }
            start[c] = acts.length;
          }
          if (isA) {
            pushOnce(acts, i);
            countA[c]++;
          }
          break;
        case PRECEDENCE:
          if (isB) {
            acts.push(i);
            if (countA[c] === 0) {
              violations[c].push(i);
              broken[c] = 1;
            }
          }
          if (isA) countA[c]++;
          break;
        case ALTERNATE_RESPONSE:
        case ALTERNATE_SUCCESSION:
          if (isB) {
            if (code[c] === ALTERNATE_SUCCESSION) {
              acts.push(i);
              if (flag[c] === 0) {
                violations[c].push(i);
                broken[c] = 1;
              }
              flag[c] = 0;
            }
            mark[c] = -1;
          }
          if (isA) {
            pushOnce(acts, i);
            if (mark[c] >= 0) {
              violations[c].push(mark[c]);
              broken[c] = 1;
            }
            mark[c] = i;
            flag[c] = 1;
          }
          break;
        case ALTERNATE_PRECEDENCE:
          if (isB) {
            acts.push(i);
            if (flag[c] === 0) {
              violations[c].push(i);
              broken[c] = 1;
            }
            flag[c] = 0;
          }
          if (isA) flag[c] = 1;
          break;
        case CHAIN_RESPONSE:
        case CHAIN_PRECEDENCE:
        case CHAIN_SUCCESSION: {
          const checksPrevious = code[c] !== CHAIN_RESPONSE;
          const checksNext = code[c] !== CHAIN_PRECEDENCE;
          if (isB && checksPrevious) {
            acts.push(i);
            if (i === 0 || ids[i - 1] !== a[c]) {
              violations[c].push(i);
              broken[c] = 1;
            }
          }
          if (isA && checksNext) {
            pushOnce(acts, i);
            if (i + 1 === length) mark[c] = i;
            else if (ids[i + 1] !== b[c]) {
              pushOnce(violations[c], i);
              broken[c] = 1;
            }
          }
          break;
        }
        case NOT_COEXISTENCE:
          acts.push(i);
          if ((isA && countB[c] > 0) || (isB && countA[c] > 0)) {
            violations[c].push(i);
            broken[c] = 1;
          }
          if (isA) countA[c]++;
          if (isB) countB[c]++;
          break;
        case NOT_SUCCESSION:
          if (isB && countA[c] > 0) {
            violations[c].push(i);
            broken[c] = 1;
          }
          if (isA) {
            acts.push(i);
            countA[c]++;
          }
          break;
        case NOT_CHAIN_SUCCESSION:
          if (isA) {
            acts.push(i);
            if (i + 1 < length && ids[i + 1] === b[c]) {
              violations[c].push(i + 1);
              broken[c] = 1;
            }
          }
          break;
        case TIMED_EXISTENCE:
          // b holds the reference: its first occurrence opens the window, A events up to the deadline count.
          if (isB && mark[c] < 0) {
            mark[c] = i;
            deadline[c] = time + windowMs[c];
            acts.push(i);
          }
          if (isA && (mark[c] < 0 || time <= deadline[c])) countA[c]++;
          break;
        default:
          break;
      }
    }
  }
  return finalizeResults(plan, scratch, { length, lastTime: length > 0 ? times[length - 1] : -Infinity }, options);
}
