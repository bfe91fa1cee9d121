import { brierScore } from '../../../../src/core/insights/statistics/brierScore';

describe('brierScore', () => {
  it('is the mean squared error', () => {
    // (0.1^2 + 0.2^2 + 0.5^2) / 3 = 0.3 / 3
    expect(brierScore([0.9, 0.2, 0.5], [1, 0, 1])).toBeCloseTo(0.1, 12);
    expect(brierScore([], [])).toBeUndefined();
  });
});
