import type { LogTrace } from '../model';
import { compilePlan } from './compilePlan';
import { createScratch, evaluateTrace } from './evaluateTrace';
import { computeFitness, fitnessOf, fitnessWeights } from './fitness';
import type { CaseConformance, CheckLogOptions, CheckOptions, DeclareConstraint } from './types';

/**
 * Checks one case against validated constraints (see parseConstraintSet).
 * @param trace events in trace order (by time, ties in input order), e.g. from groupIntoTraces.
 * @param options `closed`: the case can get no more events, so nothing stays pending; `now` (epoch ms)
 *   decides which deadlines of timed constraints have passed.
 * @returns the case's fitness (./fitness.ts) and one result per constraint, in constraint order, naming
 *   the events (indexes into `trace.events`) that activated and that violated it.
 */
export function checkTrace(trace: LogTrace, constraints: readonly DeclareConstraint[], options: CheckOptions): CaseConformance {
  const plan = compilePlan(constraints);
  const results = evaluateTrace(plan, createScratch(plan), trace, options);
  return { caseId: trace.caseId, fitness: computeFitness(constraints, results), results };
}

/**
 * Checks many cases against the same constraints; equivalent to checkTrace per case, but compiles the
 * constraints and allocates working memory once. Linear in events x constraints-per-activity.
 * Results are read-only: a result with no activations and no violations may be one frozen object
 * shared by several cases.
 * @returns one CaseConformance per trace, in input order.
 */
export function checkLog(traces: readonly LogTrace[], constraints: readonly DeclareConstraint[], options: CheckLogOptions): CaseConformance[] {
  const outcomes: CaseConformance[] = new Array(traces.length);
  forEachCaseConformance(traces, constraints, options, (outcome, index) => {
    outcomes[index] = outcome;
  });
  return outcomes;
}

/**
 * checkLog without keeping the results: hands each case's conformance to `visit` as soon as it is
 * known, in input order. For large logs (a headless re-analysis writing snapshots in batches) memory
 * then stays at one case's results instead of all of them.
 */
export function forEachCaseConformance(
  traces: Iterable<LogTrace>,
  constraints: readonly DeclareConstraint[],
  options: CheckLogOptions,
  visit: (outcome: CaseConformance, index: number) => void
): void {
  const plan = compilePlan(constraints);
  const scratch = createScratch(plan);
  const weights = fitnessWeights(constraints);
  let index = 0;
  for (const trace of traces) {
    const results = evaluateTrace(plan, scratch, trace, { closed: options.isClosed(trace.caseId), now: options.now });
    visit({ caseId: trace.caseId, fitness: fitnessOf(weights, results), results }, index++);
  }
}
