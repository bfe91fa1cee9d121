import { calibrationTable } from '../../../../src/core/insights/statistics/calibrationTable';
import { InsightsInputError } from '../../../../src/core/insights/errors';

describe('calibrationTable', () => {
  it('bins by fixed width and counts 1 in the last bin', () => {
    expect(calibrationTable([0.1, 0.4, 0.6, 1], [0, 1, 1, 1], 2)).toEqual([
      { lower: 0, upper: 0.5, count: 2, meanPredicted: 0.25, observedRate: 0.5 },
      { lower: 0.5, upper: 1, count: 2, meanPredicted: 0.8, observedRate: 1 }
    ]);
  });

  it('keeps empty bins and defaults to ten bins', () => {
    const table = calibrationTable([0.05], [0]);
    expect(table).toHaveLength(10);
    expect(table[0]).toEqual({ lower: 0, upper: 0.1, count: 1, meanPredicted: 0.05, observedRate: 0 });
    expect(table[9]).toEqual({ lower: 0.9, upper: 1, count: 0, meanPredicted: undefined, observedRate: undefined });
  });

  it('rejects probabilities outside [0, 1]', () => {
    expect(() => calibrationTable([1.2], [1])).toThrow(InsightsInputError);
  });
});
