import { checkTrace } from '../../../src/core/conformance/checkTrace';
import type { ConstraintResult, DeclareConstraint, TemplateName } from '../../../src/core/conformance/types';
import type { LogTrace } from '../../../src/core/model/eventLog';

export const DAY = 86_400_000;

/** 'A B C' -> events at 0, 1, 2 days unless explicit times (ms) are given. */
export function traceOf(activities: string, times?: readonly number[], caseId: string = 'case'): LogTrace {
  const names = activities.split(' ').filter((name) => name.length > 0);
  return { caseId, events: names.map((activity, i) => ({ activity, timestamp: times ? times[i] : i * DAY })) };
}

/** The one result of a single-constraint check, without its id. */
export function evaluate(
  constraint: Omit<DeclareConstraint, 'id'>,
  activities: string,
  options: { closed: boolean; now?: number; times?: readonly number[] }
): Omit<ConstraintResult, 'constraintId'> {
  const trace = traceOf(activities, options.times);
  const outcome = checkTrace(trace, [{ id: 'c', ...constraint }], { closed: options.closed, now: options.now ?? 0 });
  const { state, activations, violations } = outcome.results[0];
  return { state, activations, violations };
}

export type Row = [string, boolean, ConstraintResult['state'], number[], number[]];

/** Runs a table of [trace, closed, state, activations, violations] rows for one template. */
export function describeTemplate(template: TemplateName, activities: string[], rows: Row[], extra: Partial<DeclareConstraint> = {}): void {
  describe(`${template}(${activities.join(', ')})${extra.n !== undefined ? ` n=${extra.n}` : ''}`, () => {
    it.each(rows)('trace "%s" closed=%s -> %s', (trace, closed, state, activations, violations) => {
      expect(evaluate({ template, activities, ...extra }, trace, { closed })).toEqual({ state, activations, violations });
    });
  });
}
