import { InsufficientDataError } from '../errors';
import { fitLogisticRegression, logOdds, type LogisticFit } from './logisticRegression';
import { calibrate, fitPlattScaling, NO_CALIBRATION, type PlattCalibration } from './plattScaling';
import { learnStandardisation, standardiseRow, type Standardisation } from './standardisation';

export interface LogisticScorerOptions {
  /** L2 penalty on standardised weights, default 1. */
  readonly lambda?: number;
  /** Share of the LAST rows (callers pass rows in time order) held out for Platt scaling, default 0.2. */
  readonly holdOutShare?: number;
  /** Platt scaling runs only when the held-out part has at least this many of each class, default 5. */
  readonly minCalibrationPerClass?: number;
}

/** A trained scorer: standardise, linear predictor, calibrate. Plain data, safe to serialise. */
export interface LogisticScorer {
  readonly standardisation: Standardisation;
  readonly fit: LogisticFit;
  readonly calibration: PlattCalibration;
  /** Rows the regression (not the calibration) learnt from. */
  readonly trainedRows: number;
}

/**
 * Trains the shared scoring engine: standardise features on the training part, fit an
 * L2-regularised logistic regression, then calibrate with Platt scaling on the held-out tail.
 * When the tail lacks `minCalibrationPerClass` of either class, every row trains the regression
 * and the scorer is uncalibrated (`calibration.method === 'none'`).
 * @throws InsufficientDataError without at least one positive and one negative
 */
export function trainLogisticScorer(
  rows: readonly (readonly number[])[],
  outcomes: readonly (boolean | number)[],
  options: LogisticScorerOptions = {}
): LogisticScorer {
  const positives = outcomes.filter((o) => !!o).length;
  if (positives === 0 || positives === outcomes.length) {
    throw new InsufficientDataError('Scoring needs at least one won and one lost example.', positives, outcomes.length - positives);
  }
  const holdOut = Math.floor(rows.length * (options.holdOutShare ?? 0.2));
  const tail = outcomes.slice(rows.length - holdOut);
  const tailPositives = tail.filter((o) => !!o).length;
  const minPerClass = options.minCalibrationPerClass ?? 5;
  const calibrate = holdOut > 0 && tailPositives >= minPerClass && tail.length - tailPositives >= minPerClass;
  const trainCount = calibrate ? rows.length - holdOut : rows.length;
  const trainRows = rows.slice(0, trainCount);
  const trainOutcomes = outcomes.slice(0, trainCount);
  const trainPositives = trainOutcomes.filter((o) => !!o).length;
  if (trainPositives === 0 || trainPositives === trainCount) {
    // The time split left one class only in the training part: train on everything instead.
    return trainLogisticScorer(rows, outcomes, { ...options, holdOutShare: 0 });
  }
  const standardisation = learnStandardisation(trainRows);
  const fit = fitLogisticRegression(
    trainRows.map((row) => standardiseRow(standardisation, row)),
    trainOutcomes.map((o) => (o ? 1 : 0)),
    { lambda: options.lambda ?? 1 }
  );
  const calibration = calibrate
    ? fitPlattScaling(
        rows.slice(trainCount).map((row) => logOdds(fit, standardiseRow(standardisation, row))),
        tail
      )
    : NO_CALIBRATION;
  return { standardisation, fit, calibration, trainedRows: trainCount };
}

/** Calibrated probability for one raw (unstandardised) feature row. */
export function scorerProbability(scorer: LogisticScorer, row: readonly number[]): number {
  return calibrate(scorer.calibration, logOdds(scorer.fit, standardiseRow(scorer.standardisation, row)));
}

/**
 * Calibrated probabilities for many rows, in one pass without intermediate arrays (used to score
 * large open pipelines).
 */
export function scorerProbabilities(scorer: LogisticScorer, rows: readonly (readonly number[])[]): Float64Array {
  const { means, scales } = scorer.standardisation;
  const { intercept, weights } = scorer.fit;
  // Fold standardisation into the weights once: w·(x - m)/s = (w/s)·x - Σ w·m/s.
  const folded = weights.map((w, j) => w / scales[j]);
  let shift = intercept;
  for (let j = 0; j < weights.length; j++) shift -= folded[j] * means[j];
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let z = shift;
    for (let j = 0; j < folded.length; j++) z += folded[j] * row[j];
    out[i] = calibrate(scorer.calibration, z);
  }
  return out;
}

/**
 * Each feature's contribution in probability points (0-100 scale) against the average deal:
 * points_j = 100 · (P(z̄ + w_j·x̃_j) - P(z̄)), where x̃_j is the standardised value, z̄ the intercept
 * (the log-odds of a deal whose every feature sits at the training mean, since standardised
 * training features average 0) and P the calibrated link σ(a·z + b). Each contribution is what
 * this one feature alone moves the average deal; the points do not sum exactly to the score
 * because the link is not linear.
 */
export function scorerContributions(scorer: LogisticScorer, row: readonly number[]): number[] {
  const standardised = standardiseRow(scorer.standardisation, row);
  const base = calibrate(scorer.calibration, scorer.fit.intercept);
  return scorer.fit.weights.map((w, j) => 100 * (calibrate(scorer.calibration, scorer.fit.intercept + w * standardised[j]) - base));
}
