import { describeTemplate } from './helpers';

describeTemplate('existence', ['A'], [
  ['B A C A', true, 'satisfied', [1, 3], []],
  ['B C', true, 'violated', [], []],
  ['B C', false, 'pending', [], []],
  ['', false, 'pending', [], []]
]);

describeTemplate('existence', ['A'], [
  ['A B A', true, 'satisfied', [0, 2], []],
  ['A B', true, 'violated', [0], []],
  ['A B', false, 'pending', [0], []]
], { n: 2 });

describeTemplate('absence', ['A'], [
  ['B C', true, 'satisfied', [], []],
  ['B C', false, 'satisfied', [], []],
  ['B A', false, 'violated', [1], [1]],
  ['A B A A', true, 'violated', [0, 2, 3], [0, 2, 3]]
]);

describeTemplate('absence', ['A'], [
  ['A B', false, 'satisfied', [0], []],
  ['A B A C A', false, 'violated', [0, 2, 4], [2, 4]]
], { n: 2 });

describeTemplate('exactly', ['A'], [
  ['A B A', true, 'satisfied', [0, 2], []],
  ['A B', true, 'violated', [0], []],
  ['A B', false, 'pending', [0], []],
  ['A A A B A', false, 'violated', [0, 1, 2, 4], [2, 4]]
], { n: 2 });

describeTemplate('exactly', ['A'], [
  ['B', true, 'satisfied', [], []],
  ['B A', false, 'violated', [1], [1]]
], { n: 0 });

describeTemplate('init', ['A'], [
  ['A B', true, 'satisfied', [0], []],
  ['B A', false, 'violated', [0], [0]],
  ['B A', true, 'violated', [0], [0]],
  ['', false, 'pending', [], []],
  ['', true, 'violated', [], []]
]);
