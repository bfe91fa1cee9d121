import { oddsRatio } from '../../../../src/core/insights/statistics/oddsRatio';

describe('oddsRatio', () => {
  it('uses Woolf logit intervals without correction when no cell is 0', () => {
    // OR = 3·3 / (1·1) = 9; SE = sqrt(1/3 + 1 + 1 + 1/3) = sqrt(8/3);
    // CI = exp(ln 9 ± 1.959964·SE) = [0.366637, 220.927007]
    const result = oddsRatio({ a: 3, b: 1, c: 1, d: 3 });
    expect(result.oddsRatio).toBeCloseTo(9, 10);
    expect(result.lower).toBeCloseTo(0.366637, 5);
    expect(result.upper).toBeCloseTo(220.927007, 4);
    expect(result.corrected).toBe(false);
    expect(result.spansOne).toBe(true);
  });

  it('applies the Haldane-Anscombe correction when a cell is 0', () => {
    // cells + 0.5: 5.5, 0.5, 0.5, 5.5 -> OR = 30.25 / 0.25 = 121;
    // SE = sqrt(2/5.5 + 2/0.5) = 2.088932; CI = exp(ln 121 ± 1.959964·SE) = [2.016895, 7259.177]
    const result = oddsRatio({ a: 5, b: 0, c: 0, d: 5 });
    expect(result.oddsRatio).toBeCloseTo(121, 9);
    expect(result.lower).toBeCloseTo(2.016895, 5);
    expect(result.upper).toBeCloseTo(7259.177285, 2);
    expect(result.corrected).toBe(true);
    expect(result.spansOne).toBe(false);
  });
});
