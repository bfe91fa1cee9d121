import { auc } from '../../../../src/core/insights/statistics/auc';
import { InsightsInputError } from '../../../../src/core/insights/errors';

describe('auc', () => {
  it('counts ties as one half', () => {
    // positives {0.9, 0.8, 0.3}, negatives {0.8, 0.2}: pairs 1 + 1 + 0.5 + 1 + 0 + 1 = 4.5 of 6
    expect(auc([0.9, 0.8, 0.8, 0.3, 0.2], [1, 0, 1, 1, 0])).toBe(0.75);
  });

  it('is 1 for a perfect ranking and 0.5 for constant scores', () => {
    expect(auc([3, 2, 1], [true, true, false])).toBe(1);
    expect(auc([1, 1, 1, 1], [1, 0, 1, 0])).toBe(0.5);
  });

  it('is undefined with one class only and rejects mismatched input', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeUndefined();
    expect(() => auc([0.1], [1, 0])).toThrow(InsightsInputError);
  });
});
