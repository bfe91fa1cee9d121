import { fisherExactTest } from '../../../../src/core/insights/statistics/fisherExactTest';

describe('fisherExactTest (two-sided, as R fisher.test)', () => {
  it('matches the hand-computed symmetric table', () => {
    // margins 4/4/4/4: P(a) = C(4,a)^2 / C(8,4) = {1,16,36,16,1}/70; observed a = 3 -> (1+16+16+1)/70
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3 })).toBeCloseTo(34 / 70, 12);
  });

  it('matches R for a lopsided table', () => {
    // R: fisher.test(matrix(c(1, 11, 9, 3), 2))$p.value = 0.002759456
    expect(fisherExactTest({ a: 1, b: 9, c: 11, d: 3 })).toBeCloseTo(0.002759456185, 11);
    // R: fisher.test(matrix(c(10, 3, 2, 15), 2))$p.value = 0.0005367241
    expect(fisherExactTest({ a: 10, b: 2, c: 3, d: 15 })).toBeCloseTo(0.0005367241191, 12);
  });

  it('gives 2 / C(10,5) for a perfect split of 5 won and 5 lost', () => {
    expect(fisherExactTest({ a: 5, b: 0, c: 0, d: 5 })).toBeCloseTo(2 / 252, 12);
    // R: fisher.test(matrix(c(4, 2, 1, 3), 2))$p.value = 0.5238095 (= 11/21)
    expect(fisherExactTest({ a: 4, b: 1, c: 2, d: 3 })).toBeCloseTo(11 / 21, 12);
  });

  it('is 1 when only one table is possible', () => {
    expect(fisherExactTest({ a: 0, b: 0, c: 0, d: 0 })).toBe(1);
    expect(fisherExactTest({ a: 3, b: 2, c: 0, d: 0 })).toBe(1);
  });

  it('stays finite on large tables', () => {
    // Large balanced table under independence: p must be 1 (the observed table is the mode).
    expect(fisherExactTest({ a: 5000, b: 5000, c: 5000, d: 5000 })).toBeCloseTo(1, 9);
  });
});
