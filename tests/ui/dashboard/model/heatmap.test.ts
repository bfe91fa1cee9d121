import { deviationHeatmap } from '../../../../src/ui/dashboard/model/heatmap';
import { blueprint, high, low, record } from './records';

const records = [
  record('a', 'open', 1, { owner: 'ann', team: 'North', stage: 's1', top: [high('t1'), low('single-threaded')] }),
  record('b', 'open', 1, { owner: 'bob', team: 'North', stage: 's2', top: [high('t3'), high('t1'), low('uncovered-role')] }),
  record('c', 'won', 1, { owner: 'cat', team: 'South', stage: 's2', top: [high('t3')] }),
  record('d', 'open', 1, { owner: 'dan', stage: 's2', top: [] })
];

describe('deviationHeatmap', () => {
  it('counts open deals deviations by seller and stage (transaction stage, else current stage)', () => {
    expect(deviationHeatmap(records, blueprint, 'owner')).toEqual({
      stageIds: ['s1', 's2'],
      rows: ['bob', 'ann', 'dan'],
      cells: [[1, 2], [2, 0], [0, 0]],
      max: 2
    });
  });

  it('groups by team, with deals without a team under a dash', () => {
    expect(deviationHeatmap(records, blueprint, 'team')).toEqual({ stageIds: ['s1', 's2'], rows: ['North', '—'], cells: [[3, 2], [0, 0]], max: 3 });
  });
});
