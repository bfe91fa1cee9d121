import { contingencyTable, support, winRateLift, winRates } from '../../../../src/core/insights/statistics/contingencyTable';

describe('contingencyTable', () => {
  const table = contingencyTable([
    { present: true, won: true },
    { present: true, won: true },
    { present: true, won: false },
    { present: false, won: true },
    { present: false, won: false },
    { present: false, won: false }
  ]);

  it('counts the four cells', () => {
    expect(table).toEqual({ a: 2, b: 1, c: 1, d: 2 });
  });

  it('gives support, win rates and lift', () => {
    expect(support(table)).toBe(0.5);
    expect(winRates(table)).toEqual({ withFeature: 2 / 3, withoutFeature: 1 / 3 });
    // (2/3) / (1/3) = 2
    expect(winRateLift(table)).toBeCloseTo(2, 12);
  });

  it('handles empty groups', () => {
    expect(support({ a: 0, b: 0, c: 0, d: 0 })).toBe(0);
    expect(winRates({ a: 0, b: 0, c: 1, d: 1 })).toEqual({ withFeature: undefined, withoutFeature: 0.5 });
    expect(winRateLift({ a: 0, b: 0, c: 1, d: 1 })).toBeUndefined();
    expect(winRateLift({ a: 2, b: 0, c: 0, d: 3 })).toBe(Infinity);
  });
});
