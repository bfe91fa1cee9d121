import { checkTrace } from '../../../src/core/conformance/checkTrace';
import { computeFitness } from '../../../src/core/conformance/fitness';
import type { ConstraintResult, DeclareConstraint } from '../../../src/core/conformance/types';
import { traceOf } from './helpers';

const constraints: DeclareConstraint[] = [
  { id: 'must-have-A', template: 'existence', activities: ['A'] },
  { id: 'B-answers-A', template: 'response', activities: ['A', 'B'], weight: 3 },
  { id: 'C-after-D', template: 'precedence', activities: ['D', 'C'] },
  { id: 'no-E', template: 'absence', activities: ['E'] }
];

describe('computeFitness', () => {
  it('weights binding constraints: satisfied existence (1) + violated response (3) + satisfied absence (1) -> 2/5', () => {
    // C never occurs: precedence is vacuous and left out.
    const outcome = checkTrace(traceOf('A X'), constraints, { closed: true, now: 0 });
    expect(outcome.results.map((r) => r.state)).toEqual(['satisfied', 'violated', 'satisfied', 'satisfied']);
    expect(outcome.fitness).toBe(2 / 5);
  });

  it('leaves pending constraints out of an open case: 2/2', () => {
    const outcome = checkTrace(traceOf('A X'), constraints, { closed: false, now: 0 });
    expect(outcome.results.map((r) => r.state)).toEqual(['satisfied', 'pending', 'satisfied', 'satisfied']);
    expect(outcome.fitness).toBe(1);
  });

  it('counts an activated, violated precedence and a missing existence: 1/3', () => {
    const outcome = checkTrace(traceOf('C'), constraints, { closed: true, now: 0 });
    expect(outcome.results.map((r) => r.state)).toEqual(['violated', 'satisfied', 'violated', 'satisfied']);
    expect(outcome.fitness).toBe(1 / 3);
  });

  it('is 1 when nothing binds', () => {
    const results: ConstraintResult[] = [{ constraintId: 'B-answers-A', state: 'satisfied', activations: [], violations: [] }];
    expect(computeFitness([constraints[1]], results)).toBe(1);
  });
});

describe('computeFitness with a timed existence', () => {
  it('leaves it out until its reference occurs', () => {
    const timed: DeclareConstraint[] = [
      { id: 'due', template: 'existence', activities: ['B'], withinDays: 1, reference: 'R' },
      { id: 'has-A', template: 'existence', activities: ['A'] }
    ];
    expect(checkTrace(traceOf('X'), timed, { closed: true, now: 0 }).fitness).toBe(0);
    expect(checkTrace(traceOf('R X'), timed, { closed: true, now: 0 }).fitness).toBe(0);
    expect(checkTrace(traceOf('A R B'), timed, { closed: true, now: 0 }).fitness).toBe(1);
    expect(checkTrace(traceOf('A R X'), timed, { closed: true, now: 0 }).fitness).toBe(1 / 2);
  });
});
