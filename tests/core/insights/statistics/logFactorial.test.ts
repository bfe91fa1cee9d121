import { logFactorial } from '../../../../src/core/insights/statistics/logFactorial';

describe('logFactorial', () => {
  it('is exact for small n', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
  });

  it('gives, from its table, to the last bit the sum ln 2 + ... + ln n for every n up to 256', () => {
    for (let n = 2; n <= 256; n++) {
      let sum = 0;
      for (let i = 2; i <= n; i++) sum += Math.log(i);
      expect(logFactorial(n)).toBe(sum);
    }
    // ln(10!) = ln(3,628,800) summed term by term
    expect(logFactorial(10)).toBe(15.104412573075518);
  });

  it('matches lgamma(n + 1) above the exact range', () => {
    // R: lfactorial(1000) = lgamma(1001) = 5912.128178488163
    expect(logFactorial(1000)).toBeCloseTo(5912.128178488163, 9);
    // R: lfactorial(257) = 1172.806354647775
    expect(logFactorial(257)).toBeCloseTo(1172.806354647775, 9);
    // continuity between the summed branch and Stirling's series
    expect(logFactorial(257) - logFactorial(256)).toBeCloseTo(Math.log(257), 10);
  });

  it('is NaN for negative or fractional n', () => {
    expect(logFactorial(-1)).toBeNaN();
    expect(logFactorial(2.5)).toBeNaN();
  });
});
