import { logLoss } from '../../../../src/core/insights/statistics/logLoss';

describe('logLoss', () => {
  it('is the mean negative log-likelihood', () => {
    // (-ln 0.5 - ln 0.2) / 2 = (0.693147 + 1.609438) / 2
    expect(logLoss([0.5, 0.8], [1, 0])).toBeCloseTo((Math.log(2) + Math.log(5)) / 2, 12);
  });

  it('clips certain misses to 1e-15', () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 9);
    expect(logLoss([], [])).toBeUndefined();
  });
});
