import { describePattern, evidenceLevel, formatP, formatRatio } from '../../../../src/core/insights/patterns/describePattern';
import { oddsRatio } from '../../../../src/core/insights/statistics/oddsRatio';

describe('evidenceLevel', () => {
  const clear = oddsRatio({ a: 30, b: 10, c: 10, d: 30 });
  it('grades by p, interval and sample size', () => {
    expect(evidenceLevel(0.001, clear, 40, 40)).toBe('strong');
    expect(evidenceLevel(0.001, clear, 20, 40)).toBe('moderate');
    expect(evidenceLevel(0.03, clear, 40, 40)).toBe('moderate');
    expect(evidenceLevel(0.001, clear, 9, 40)).toBe('weak');
    expect(evidenceLevel(0.2, clear, 40, 40)).toBe('weak');
    expect(evidenceLevel(0.001, oddsRatio({ a: 3, b: 1, c: 1, d: 3 }), 40, 40)).toBe('weak');
  });
});

describe('describePattern', () => {
  it('writes a moderate-evidence sentence', () => {
    // OR = 30·30 / (10·10) = 9; SE = sqrt(2/30 + 2/10) = 0.516398; exp(ln 9 ± 1.959964·SE) = [3.271, 24.77]
    const table = { a: 30, b: 10, c: 10, d: 30 };
    expect(describePattern('"Demo"', table, oddsRatio(table), 0.0004, 'strong')).toBe(
      'Deals with "Demo" won 30 of 40 (75%); without it 10 of 40 (25%). Odds ratio 9.00 (95% CI 3.27–24.8), Fisher p < 0.001. Strong evidence (40 won, 40 lost).'
    );
  });

  it('says "not significant" for a weak pattern whose interval excludes 1', () => {
    const table = { a: 20, b: 10, c: 10, d: 20 };
    expect(describePattern('X', table, oddsRatio({ a: 30, b: 10, c: 10, d: 30 }), 0.07, 'weak')).toMatch(
      /Weak evidence \(30 won, 30 lost\): not significant at 5%\.$/
    );
  });

  it('formats ratios and p-values', () => {
    expect([formatRatio(0.3666), formatRatio(12.55), formatRatio(220.9), formatRatio(Infinity)]).toEqual(['0.37', '12.6', '221', '∞']);
    expect([formatP(0.0004), formatP(0.04762)]).toEqual(['p < 0.001', 'p = 0.048']);
  });
});
