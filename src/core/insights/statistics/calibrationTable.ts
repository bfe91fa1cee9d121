import { InsightsInputError } from '../errors';

/** One bin of a calibration table. */
export interface CalibrationBin {
  /** Inclusive lower edge of the predicted-probability bin. */
  readonly lower: number;
  /** Exclusive upper edge (inclusive for the last bin, so that p = 1 is counted). */
  readonly upper: number;
  readonly count: number;
  /** Mean predicted probability in the bin; `undefined` for an empty bin. */
  readonly meanPredicted: number | undefined;
  /** Share of positives (won) in the bin; `undefined` for an empty bin. */
  readonly observedRate: number | undefined;
}

/**
 * Calibration (reliability) table with fixed, equal-width bins over [0, 1]: bin i holds predictions
 * in [i/k, (i+1)/k), the last bin also holds 1. Fixed bins (rather than deciles of the predictions)
 * keep tables of two models comparable row by row. Every bin is returned, empty ones with count 0.
 * @param binCount number of bins, default 10
 * @throws InsightsInputError when lengths differ, a probability is outside [0, 1] or binCount < 1
 */
export function calibrationTable(
  probabilities: readonly number[],
  outcomes: readonly (boolean | number)[],
  binCount: number = 10
): CalibrationBin[] {
  if (probabilities.length !== outcomes.length) {
    throw new InsightsInputError(`calibrationTable needs one outcome per probability (${probabilities.length} vs ${outcomes.length}).`);
  }
  if (!Number.isInteger(binCount) || binCount < 1) throw new InsightsInputError(`binCount must be a positive integer, got ${binCount}.`);
  const counts = new Array<number>(binCount).fill(0);
  const sums = new Array<number>(binCount).fill(0);
  const positives = new Array<number>(binCount).fill(0);
  probabilities.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new InsightsInputError(`Probability ${p} at index ${i} is outside [0, 1].`);
    const bin = Math.min(binCount - 1, Math.floor(p * binCount));
    counts[bin]++;
    sums[bin] += p;
    if (outcomes[i]) positives[bin]++;
  });
  return counts.map((count, bin) => ({
    lower: bin / binCount,
    upper: (bin + 1) / binCount,
    count,
    meanPredicted: count === 0 ? undefined : sums[bin] / count,
    observedRate: count === 0 ? undefined : positives[bin] / count
  }));
}
