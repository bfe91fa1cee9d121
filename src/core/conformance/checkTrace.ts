import type { LogTrace } from '../model/eventLog';
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
 * @returns one CaseConformance per trace, in input order.
 */
export function checkLog(traces: readonly LogTrace[], constraints: readonly DeclareConstraint[], options: CheckLogOptions): CaseConformance[] {
  const plan = compilePlan(constraints);
  const scratch = createScratch(plan);
  const weights = fitnessWeights(constraints);
  return traces.map((trace) => {
    const results = evaluateTrace(plan, scratch, trace, { closed: options.isClosed(trace.caseId), now: options.now });
    return { caseId: trace.caseId, fitness: fitnessOf(weights, results), results };
  });
}
