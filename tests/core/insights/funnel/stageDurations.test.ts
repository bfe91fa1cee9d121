import { stageDurations, stageMedianDays } from '../../../../src/core/insights/funnel/stageDurations';
import { day, deal } from '../../../fixtures/insights/smallOrg';

describe('stageDurations', () => {
  const closed = deal({ id: 'C', status: 'won', exchanges: [], stages: [['discover', 0], ['prove', 4], ['close', 10]], closedDay: 13 }).opportunity;
  const open = deal({ id: 'O', status: 'open', exchanges: [], stages: [['discover', 0], ['prove', 6]] }).opportunity;

  it('measures finished stays and leaves running ones out', () => {
    const durations = stageDurations([closed, open], day(20));
    expect(durations.get('discover')).toEqual([4, 6]);
    expect(durations.get('prove')).toEqual([6]);
    expect(durations.get('close')).toEqual([3]);
  });

  it('ignores what happens after now and gives sorted medians', () => {
    expect(stageDurations([closed], day(5)).get('discover')).toEqual([4]);
    expect(stageDurations([closed], day(5)).has('prove')).toBe(false);
    expect(stageMedianDays([closed, open], day(20))).toEqual([['close', 3], ['discover', 5], ['prove', 6]]);
  });
});
