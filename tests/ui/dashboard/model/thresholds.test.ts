import { exchangeTimeline } from '../../../../src/ui/dashboard/model/exchangeTimeline';
import { deviationHeatmap } from '../../../../src/ui/dashboard/model/heatmap';
import { meetsSeverity, normaliseThresholds } from '../../../../src/ui/dashboard/model/thresholds';
import { blueprint, DAY, high, low, record } from './records';

describe('normaliseThresholds', () => {
  it('floors and clamps the days and falls back to showing every severity', () => {
    expect(normaliseThresholds(undefined)).toEqual({ lateToleranceDays: 0, minSeverity: 'low' });
    expect(normaliseThresholds({ lateToleranceDays: 3.9, minSeverity: 'high' })).toEqual({ lateToleranceDays: 3, minSeverity: 'high' });
    expect(normaliseThresholds({ lateToleranceDays: -2, minSeverity: 'critical' })).toEqual({ lateToleranceDays: 0, minSeverity: 'low' });
    expect(normaliseThresholds({ lateToleranceDays: 1000, minSeverity: 'medium' })).toEqual({ lateToleranceDays: 365, minSeverity: 'medium' });
    expect(normaliseThresholds({ lateToleranceDays: '5' })).toEqual({ lateToleranceDays: 0, minSeverity: 'low' });
  });

  it('orders severities low < medium < high', () => {
    expect([meetsSeverity('low', 'medium'), meetsSeverity('medium', 'medium'), meetsSeverity('high', 'medium'), meetsSeverity('low', 'low')]).toEqual([false, true, true, true]);
  });
});

describe('thresholds in the dashboard models', () => {
  it('leaves deviations below the minimum severity out of the heatmap, keeping the row', () => {
    const records = [record('a', 'open', 1, { owner: 'ann', stage: 's1', top: [high('t1'), low('single-threaded')] })];
    expect(deviationHeatmap(records, blueprint, 'owner', 'medium')).toEqual({ stageIds: ['s1', 's2'], rows: ['ann'], cells: [[1, 0]], max: 1 });
  });

  it('gives a late tolerance of whole days before an exchange is late or missing', () => {
    // t1 is due 5 days after entering s1 on day 10 (day 15) and happened on day 17: 2 days late.
    const opportunity = { id: 'o', account: 'A', owner: 'ann', amount: 1, status: 'open' as const, createdAt: 0, stageHistory: [{ stageId: 's1', enteredAt: 10 * DAY }] };
    const t1 = { opportunityId: 'o', timestamp: 17 * DAY, activity: 't1', transactionId: 't1', source: 'test', sourceKey: 'k' };
    expect(exchangeTimeline(blueprint, opportunity, [t1], 30 * DAY, 1).map((r) => r.status)).toEqual(['late', 'missing', 'upcoming']);
    expect(exchangeTimeline(blueprint, opportunity, [t1], 30 * DAY, 2).map((r) => r.status)).toEqual(['done', 'missing', 'upcoming']);
    // t2 is due 2 days after t1 (day 19): with 12 days of grace it is not missing before day 31.
    expect(exchangeTimeline(blueprint, opportunity, [t1], 30 * DAY, 12).map((r) => r.status)).toEqual(['done', 'upcoming', 'upcoming']);
  });
});
