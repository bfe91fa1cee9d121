import { DAY, describeTemplate, evaluate } from './helpers';

describeTemplate('responded_existence', ['A', 'B'], [
  ['A C B', true, 'satisfied', [0], []],
  ['B A', true, 'satisfied', [1], []],
  ['A C A', false, 'pending', [0, 2], []],
  ['A C A', true, 'violated', [0, 2], [0, 2]],
  ['C', true, 'satisfied', [], []]
]);

describeTemplate('coexistence', ['A', 'B'], [
  ['A C B', true, 'satisfied', [0, 2], []],
  ['B C B', false, 'pending', [0, 2], []],
  ['B C B', true, 'violated', [0, 2], [0, 2]],
  ['C', true, 'satisfied', [], []]
]);

describeTemplate('response', ['A', 'B'], [
  ['A C B A B', true, 'satisfied', [0, 3], []],
  ['A B A C', false, 'pending', [0, 2], []],
  ['A B A C', true, 'violated', [0, 2], [2]],
  ['B C', true, 'satisfied', [], []]
]);

describeTemplate('precedence', ['A', 'B'], [
  ['A C B B', true, 'satisfied', [2, 3], []],
  ['B A B', false, 'violated', [0, 2], [0]],
  ['C A', false, 'satisfied', [], []]
]);

describeTemplate('succession', ['A', 'B'], [
  ['A B A B', true, 'satisfied', [0, 1, 2, 3], []],
  ['A B A', false, 'pending', [0, 1, 2], []],
  ['A B A', true, 'violated', [0, 1, 2], [2]],
  ['B A B', false, 'violated', [0, 1, 2], [0]],
  ['C', true, 'satisfied', [], []]
]);

describe('equal timestamps keep the order of the trace', () => {
  it('response: a B stamped at the same instant but listed before A does not answer it', () => {
    expect(evaluate({ template: 'response', activities: ['A', 'B'] }, 'B A', { closed: false, times: [5, 5] })).toEqual({
      state: 'pending',
      activations: [1],
      violations: []
    });
  });

  it('precedence: an A listed after B at the same instant comes too late', () => {
    expect(evaluate({ template: 'precedence', activities: ['A', 'B'] }, 'B A', { closed: true, times: [5, 5] })).toEqual({
      state: 'violated',
      activations: [0],
      violations: [0]
    });
  });

  it('precedence: an A listed before B at the same instant is in time', () => {
    expect(evaluate({ template: 'precedence', activities: ['A', 'B'] }, 'A B', { closed: true, times: [5, 5] })).toEqual({
      state: 'satisfied',
      activations: [1],
      violations: []
    });
  });
});

describe('the same activity in both roles', () => {
  it('response(A, A): each A needs a later A', () => {
    expect(evaluate({ template: 'response', activities: ['A', 'A'] }, 'A A', { closed: true })).toEqual({
      state: 'violated',
      activations: [0, 1],
      violations: [1]
    });
  });

  it('precedence(A, A): the first A has no earlier A', () => {
    expect(evaluate({ template: 'precedence', activities: ['A', 'A'] }, 'A A', { closed: true })).toEqual({
      state: 'violated',
      activations: [0, 1],
      violations: [0]
    });
  });
});

describe('timed response(A, B) within 2 days', () => {
  const constraint = { template: 'response' as const, activities: ['A', 'B'], withinDays: 2 };

  it('is satisfied by a B exactly at the deadline (inclusive)', () => {
    expect(evaluate(constraint, 'A B', { closed: true, times: [0, 2 * DAY] })).toEqual({ state: 'satisfied', activations: [0], violations: [] });
  });

  it('is violated by a B after the deadline, even in an open case', () => {
    expect(evaluate(constraint, 'A B', { closed: false, times: [0, 3 * DAY] })).toEqual({ state: 'violated', activations: [0], violations: [0] });
  });

  it('is pending while the deadline has not passed', () => {
    expect(evaluate(constraint, 'A C', { closed: false, now: DAY + 1, times: [0, DAY] })).toEqual({ state: 'pending', activations: [0], violations: [] });
  });

  it('is violated once now is past the deadline', () => {
    expect(evaluate(constraint, 'A', { closed: false, now: 2 * DAY + 1, times: [0] })).toEqual({ state: 'violated', activations: [0], violations: [0] });
  });

  it('is violated in a closed case before the deadline', () => {
    expect(evaluate(constraint, 'A', { closed: true, now: DAY, times: [0] })).toEqual({ state: 'violated', activations: [0], violations: [0] });
  });

  it('names only the activation the B came too late for', () => {
    expect(evaluate(constraint, 'A A B', { closed: false, now: 3 * DAY, times: [0, 2 * DAY, 3 * DAY] })).toEqual({
      state: 'violated',
      activations: [0, 1],
      violations: [0]
    });
  });
});

describe('timed existence(A) within 3 days of R', () => {
  const constraint = { template: 'existence' as const, activities: ['A'], withinDays: 3, reference: 'R' };

  it('is satisfied by an A at the deadline', () => {
    expect(evaluate(constraint, 'R C A', { closed: true, times: [0, DAY, 3 * DAY] })).toEqual({ state: 'satisfied', activations: [0], violations: [] });
  });

  it('is violated, naming R, when A comes after the deadline', () => {
    expect(evaluate(constraint, 'R C A', { closed: false, times: [0, DAY, 4 * DAY] })).toEqual({ state: 'violated', activations: [0], violations: [0] });
  });

  it('is pending before the deadline in an open case', () => {
    expect(evaluate(constraint, 'R C', { closed: false, now: 2 * DAY, times: [0, DAY] })).toEqual({ state: 'pending', activations: [0], violations: [] });
  });

  it('is violated once now passes the deadline', () => {
    expect(evaluate(constraint, 'R C', { closed: false, now: 5 * DAY, times: [0, DAY] })).toEqual({ state: 'violated', activations: [0], violations: [0] });
  });

  it('is satisfied without a reference event (not yet due)', () => {
    expect(evaluate(constraint, 'C', { closed: true, times: [0] })).toEqual({ state: 'satisfied', activations: [], violations: [] });
  });

  it('counts an A delivered before the reference', () => {
    expect(evaluate(constraint, 'A R', { closed: true, times: [0, DAY] })).toEqual({ state: 'satisfied', activations: [1], violations: [] });
  });

  it('needs n occurrences by the deadline', () => {
    expect(evaluate({ ...constraint, n: 2 }, 'A R A A', { closed: true, times: [0, DAY, 5 * DAY, 6 * DAY] })).toEqual({
      state: 'violated',
      activations: [1],
      violations: [1]
    });
  });
});
