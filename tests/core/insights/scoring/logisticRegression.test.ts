import { fitLogisticRegression, logOdds, sigmoid } from '../../../../src/core/insights/scoring/logisticRegression';
import { InsightsInputError } from '../../../../src/core/insights/errors';

// One binary feature: x = 0 wins 1 of 4, x = 1 wins 3 of 4.
const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
const targets = [1, 0, 0, 0, 1, 1, 1, 0];

describe('fitLogisticRegression', () => {
  it('recovers the saturated maximum-likelihood fit without penalty', () => {
    // MLE: intercept = logit(1/4) = -ln 3; weight = logit(3/4) - logit(1/4) = 2 ln 3
    const fit = fitLogisticRegression(rows, targets, { lambda: 0 });
    expect(fit.intercept).toBeCloseTo(-Math.log(3), 8);
    expect(fit.weights[0]).toBeCloseTo(2 * Math.log(3), 8);
    expect(fit.converged).toBe(true);
    expect(logOdds(fit, [1])).toBeCloseTo(Math.log(3), 8);
  });

  it('shrinks weights under L2 and keeps symmetric data centred', () => {
    // Centred symmetric data: x = -1 wins 1 of 4, x = +1 wins 3 of 4 -> intercept 0 by symmetry.
    // Stationarity in w with λ = 1: (3 - 4σ(w)) + (-1 + 4σ(-w)) - w = 6 - 8σ(w) - w = 0 -> w = 0.683624 (bisection)
    const centred = rows.map(([x]) => [2 * x - 1]);
    const fit = fitLogisticRegression(centred, targets, { lambda: 1 });
    expect(fit.intercept).toBeCloseTo(0, 10);
    const w = fit.weights[0];
    expect(w).toBeCloseTo(0.6836238387577511, 9);
    expect(w).toBeLessThan(Math.log(3));
  });

  it('is stable under perfect separation with a penalty', () => {
    const fit = fitLogisticRegression([[0], [0], [1], [1]], [0, 0, 1, 1], { lambda: 1 });
    expect(fit.converged).toBe(true);
    expect(sigmoid(logOdds(fit, [1]))).toBeGreaterThan(0.5);
  });

  it('rejects malformed input', () => {
    expect(() => fitLogisticRegression([[1]], [1, 0])).toThrow(InsightsInputError);
    expect(() => fitLogisticRegression([[1], [1, 2]], [1, 0])).toThrow(InsightsInputError);
    expect(() => fitLogisticRegression([[1]], [2])).toThrow(InsightsInputError);
  });

  it('computes sigmoid without overflow', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});
