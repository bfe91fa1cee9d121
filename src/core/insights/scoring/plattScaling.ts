import { fitLogisticRegression, sigmoid } from './logisticRegression';

/** Calibrated probability = σ(a·z + b) for a raw log-odds z. Identity is a = 1, b = 0. */
export interface PlattCalibration {
  readonly method: 'platt' | 'none';
  readonly a: number;
  readonly b: number;
}

export const NO_CALIBRATION: PlattCalibration = { method: 'none', a: 1, b: 0 };

/**
 * Platt scaling: fits σ(a·z + b) to held-out outcomes, using Platt's smoothed targets
 * (N₊ + 1)/(N₊ + 2) for positives and 1/(N₋ + 2) for negatives so that a small held-out set
 * cannot push probabilities to exactly 0 or 1. A negligible L2 penalty (1e-6) keeps the fit finite.
 * @param logOddsValues raw log-odds of the held-out rows
 * @param outcomes 1/true for won
 */
export function fitPlattScaling(logOddsValues: readonly number[], outcomes: readonly (boolean | number)[]): PlattCalibration {
  const positives = outcomes.filter((o) => !!o).length;
  const negatives = outcomes.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const fit = fitLogisticRegression(
    logOddsValues.map((z) => [z]),
    outcomes.map((o) => (o ? high : low)),
    { lambda: 1e-6 }
  );
  return { method: 'platt', a: fit.weights[0], b: fit.intercept };
}

/** Applies a calibration to a raw log-odds value, giving a probability. */
export function calibrate(calibration: PlattCalibration, z: number): number {
  return sigmoid(calibration.a * z + calibration.b);
}
