import { describeTemplate, evaluate } from './helpers';

describeTemplate('alternate_response', ['A', 'B'], [
  ['A B A B', true, 'satisfied', [0, 2], []],
  ['A A B', false, 'violated', [0, 1], [0]],
  ['A B A', false, 'pending', [0, 2], []],
  ['A B A', true, 'violated', [0, 2], [2]],
  ['A A A B', true, 'violated', [0, 1, 2], [0, 1]]
]);

describeTemplate('alternate_precedence', ['A', 'B'], [
  ['A B A B', true, 'satisfied', [1, 3], []],
  ['A B B', false, 'violated', [1, 2], [2]],
  ['B', false, 'violated', [0], [0]],
  ['A A B C', false, 'satisfied', [2], []]
]);

describeTemplate('alternate_succession', ['A', 'B'], [
  ['A B A B', true, 'satisfied', [0, 1, 2, 3], []],
  ['A B A', false, 'pending', [0, 1, 2], []],
  ['A B A', true, 'violated', [0, 1, 2], [2]],
  ['A A B', false, 'violated', [0, 1, 2], [0]],
  ['A B B', false, 'violated', [0, 1, 2], [2]]
]);

describeTemplate('chain_response', ['A', 'B'], [
  ['A B C A B', true, 'satisfied', [0, 3], []],
  ['A C B', false, 'violated', [0], [0]],
  ['C A', false, 'pending', [1], []],
  ['C A', true, 'violated', [1], [1]]
]);

describeTemplate('chain_precedence', ['A', 'B'], [
  ['A B C', true, 'satisfied', [1], []],
  ['A B', false, 'satisfied', [1], []],
  ['B', false, 'violated', [0], [0]],
  ['A C B', false, 'violated', [2], [2]]
]);

describeTemplate('chain_succession', ['A', 'B'], [
  ['A B', true, 'satisfied', [0, 1], []],
  ['C B', false, 'violated', [1], [1]],
  ['A C', false, 'violated', [0], [0]],
  ['C A', false, 'pending', [1], []],
  ['C A', true, 'violated', [1], [1]]
]);

describeTemplate('not_coexistence', ['A', 'B'], [
  ['A C A', true, 'satisfied', [0, 2], []],
  ['A B A', false, 'violated', [0, 1, 2], [1, 2]],
  ['C', false, 'satisfied', [], []]
]);

describeTemplate('not_succession', ['A', 'B'], [
  ['B A C', true, 'satisfied', [1], []],
  ['B A C', false, 'satisfied', [1], []],
  ['A C B B', false, 'violated', [0], [2, 3]],
  ['B A B', false, 'violated', [1], [2]]
]);

describeTemplate('not_chain_succession', ['A', 'B'], [
  ['A C B', true, 'satisfied', [0], []],
  ['B A', false, 'satisfied', [1], []],
  ['C A B A B', false, 'violated', [1, 3], [2, 4]]
]);

describe('chain templates follow the trace order for equal timestamps', () => {
  it('chain_response: the event listed next is the next event, whatever its time', () => {
    expect(evaluate({ template: 'chain_response', activities: ['A', 'B'] }, 'A C B', { closed: true, times: [5, 5, 5] })).toEqual({
      state: 'violated',
      activations: [0],
      violations: [0]
    });
  });

  it('chain_precedence: satisfied when A is listed just before B at the same instant', () => {
    expect(evaluate({ template: 'chain_precedence', activities: ['A', 'B'] }, 'C A B', { closed: true, times: [1, 5, 5] })).toEqual({
      state: 'satisfied',
      activations: [2],
      violations: []
    });
  });
});
