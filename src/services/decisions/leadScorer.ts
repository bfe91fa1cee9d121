/**
 * The lead model compiled for scoring many leads: encoding, probability and per-feature points in one
 * pass into reused buffers. Gives exactly the numbers of the core's encodeLead, scorerProbability and
 * scorerContributions (same arithmetic in the same order); 100,000 leads must score within a second
 * (bench key leads.score_100k.median_ms), and the per-lead arrays of the general path cost more in
 * garbage collection than the scoring itself.
 */
import { InsightsInputError, isMissingValue, parseLeadNumber, type LeadRow, calibrate } from '../../core/insights';
import type { LeadScoringModel } from '../../core/insights';

export interface CompiledLeadScorer {
  /** Features per lead (the length of the buffers `score` fills). */
  readonly size: number;
  /**
   * Encodes `row` into `vector`, writes each feature's points (0-100 scale, against the average lead)
   * into `points`, and returns the calibrated probability.
   * @throws InsightsInputError when a numeric value cannot be parsed
   */
  score(row: LeadRow, rowIndex: number, vector: Float64Array, points: Float64Array): number;
}

export function compileLeadScorer(model: LeadScoringModel): CompiledLeadScorer {
  const { encoding, scorer } = model;
  const { means, scales } = scorer.standardisation;
  const { intercept, weights } = scorer.fit;
  const calibration = scorer.calibration;
  const base = calibrate(calibration, intercept);
  let start = 0;
  const columns = encoding.columns.map((c) => {
    const column = { name: c.name, numeric: c.kind === 'numeric', fill: c.fill, start, levels: c.levels.length, index: new Map(c.levels.map((level, i) => [level, i])) };
    start += c.kind === 'numeric' ? 2 : c.levels.length + 2;
    return column;
  });
  const size = start;
  return {
    size,
    score(row, rowIndex, vector, points) {
      vector.fill(0);
      for (const c of columns) {
        const value = row[c.name];
        const missing = value === undefined || isMissingValue(value);
        if (c.numeric) {
          let x = c.fill;
          if (!missing) {
            try {
              x = parseLeadNumber(value, encoding.decimalSeparator);
            } catch (error) {
              throw new InsightsInputError(`Row ${rowIndex + 1}, column "${c.name}": ${(error as Error).message}`);
            }
          }
          vector[c.start] = x;
          vector[c.start + 1] = missing ? 1 : 0;
        } else if (missing) {
          vector[c.start + c.levels + 1] = 1;
        } else {
          const i = c.index.get(value.trim());
          vector[i === undefined ? c.start + c.levels : c.start + i] = 1;
        }
      }
      let z = intercept;
      for (let j = 0; j < size; j++) {
        const s = (vector[j] - means[j]) / scales[j];
        z += weights[j] * s;
        points[j] = 100 * (calibrate(calibration, intercept + weights[j] * s) - base);
      }
      return calibrate(calibration, z);
    }
  };
}
