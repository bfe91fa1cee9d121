import { checkLog, checkTrace, forEachCaseConformance } from '../../../src/core/conformance/checkTrace';
import type { DeclareConstraint } from '../../../src/core/conformance/types';
import { DAY, traceOf } from './helpers';

const constraints: DeclareConstraint[] = [
  { id: 'quote-answered', template: 'response', activities: ['quote', 'order'], withinDays: 5 },
  { id: 'demo-before-quote', template: 'precedence', activities: ['demo', 'quote'] },
  { id: 'starts-with-call', template: 'init', activities: ['call'] }
];

describe('checkLog', () => {
  it('checks each case with its own closed flag, reusing working memory across cases of different lengths', () => {
    const long = traceOf('call demo quote x y order', undefined, 'long');
    const short = traceOf('quote', [0], 'short');
    const open = traceOf('call quote', [0, DAY], 'open');
    const outcome = checkLog([long, short, open], constraints, { now: 3 * DAY, isClosed: (caseId) => caseId !== 'open' });
    expect(outcome).toEqual([
      {
        caseId: 'long',
        fitness: 1,
        results: [
          { constraintId: 'quote-answered', state: 'satisfied', activations: [2], violations: [] },
          { constraintId: 'demo-before-quote', state: 'satisfied', activations: [2], violations: [] },
          { constraintId: 'starts-with-call', state: 'satisfied', activations: [0], violations: [] }
        ]
      },
      {
        caseId: 'short',
        fitness: 0,
        results: [
          { constraintId: 'quote-answered', state: 'violated', activations: [0], violations: [0] },
          { constraintId: 'demo-before-quote', state: 'violated', activations: [0], violations: [0] },
          { constraintId: 'starts-with-call', state: 'violated', activations: [0], violations: [0] }
        ]
      },
      {
        caseId: 'open',
        fitness: 1 / 2,
        results: [
          { constraintId: 'quote-answered', state: 'pending', activations: [1], violations: [] },
          { constraintId: 'demo-before-quote', state: 'violated', activations: [1], violations: [1] },
          { constraintId: 'starts-with-call', state: 'satisfied', activations: [0], violations: [] }
        ]
      }
    ]);
  });

  it('gives the same results as checkTrace case by case', () => {
    const traces = [traceOf('quote demo quote', undefined, 'a'), traceOf('call', undefined, 'b')];
    const options = { now: 10 * DAY, isClosed: () => false };
    expect(checkLog(traces, constraints, options)).toEqual(traces.map((trace) => checkTrace(trace, constraints, { closed: false, now: 10 * DAY })));
  });
});

describe('forEachCaseConformance', () => {
  it('hands each case over in input order without keeping it', () => {
    const seen: [number, string, number][] = [];
    forEachCaseConformance([traceOf('call', undefined, 'x'), traceOf('quote', undefined, 'y')], constraints, { now: 0, isClosed: () => true }, (outcome, index) => {
      seen.push([index, outcome.caseId, outcome.fitness]);
    });
    expect(seen).toEqual([
      [0, 'x', 1],
      [1, 'y', 0]
    ]);
  });
});
