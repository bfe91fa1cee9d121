import { calibrate, fitPlattScaling, NO_CALIBRATION } from '../../../../src/core/insights/scoring/plattScaling';

describe('fitPlattScaling', () => {
  it('fits smoothed targets', () => {
    // 2 positives at z = 1, 2 negatives at z = -1: targets 3/4 and 1/4, so σ(a) = 3/4 -> a = ln 3, b = 0
    const platt = fitPlattScaling([-1, -1, 1, 1], [0, 0, 1, 1]);
    expect(platt.method).toBe('platt');
    expect(platt.a).toBeCloseTo(Math.log(3), 5);
    expect(platt.b).toBeCloseTo(0, 8);
    expect(calibrate(platt, 1)).toBeCloseTo(0.75, 5);
  });

  it('is the identity when absent', () => {
    expect(calibrate(NO_CALIBRATION, Math.log(3))).toBeCloseTo(0.75, 12);
  });
});
