import { parseConstraintSet } from '../../../src/core/conformance/parseConstraintSet';
import { InvalidConstraintError } from '../../../src/core/errors';

function problemsOf(json: unknown): { code: string; path: string }[] {
  try {
    parseConstraintSet(json);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConstraintError);
    return (error as InvalidConstraintError).problems.map(({ code, path }) => ({ code, path }));
  }
  throw new Error('expected InvalidConstraintError');
}

describe('parseConstraintSet', () => {
  it('accepts the documented format and copies it', () => {
    const json = {
      constraints: [
        { id: 'c1', template: 'response', activities: ['A', 'B'] },
        { id: 'c2', template: 'existence', activities: ['A'], n: 1 },
        { id: 'c3', template: 'response', activities: ['A', 'B'], withinDays: 14 },
        { id: 'c4', template: 'existence', activities: ['A'], withinDays: 3, reference: 'stage:validate', weight: 2 }
      ]
    };
    const set = parseConstraintSet(json);
    expect(set).toEqual(json);
    expect(set.constraints[0].activities).not.toBe(json.constraints[0].activities);
  });

  it('reports every problem with its JSON pointer', () => {
    expect(
      problemsOf({
        constraints: [
          { id: 'c1', template: 'eventually', activities: ['A'] },
          { id: 'c1', template: 'response', activities: ['A'] },
          { id: 'c3', template: 'existence', activities: ['A'], n: 0 },
          { id: 'c4', template: 'precedence', activities: ['A', 'B'], withinDays: 3 },
          { id: '', template: 'init', activities: ['A'], colour: 'red' },
          { id: 'c6', template: 'existence', activities: ['A'], withinDays: 3 },
          'c7'
        ]
      })
    ).toEqual([
      { code: 'unknown-template', path: '/constraints/0/template' },
      { code: 'duplicate-id', path: '/constraints/1/id' },
      { code: 'wrong-arity', path: '/constraints/1/activities' },
      { code: 'bad-n', path: '/constraints/2/n' },
      { code: 'not-timed', path: '/constraints/3/withinDays' },
      { code: 'unknown-field', path: '/constraints/4/colour' },
      { code: 'missing-id', path: '/constraints/4/id' },
      { code: 'incomplete-timed-existence', path: '/constraints/5' },
      { code: 'not-an-object', path: '/constraints/6' }
    ]);
  });

  it('rejects a document without a constraints list', () => {
    expect(problemsOf([])).toEqual([{ code: 'not-a-constraint-set', path: '' }]);
  });
});
