import { InsightsInputError } from '../errors';

export interface LogisticRegressionOptions {
  /** L2 penalty on the weights (never on the intercept), default 1. */
  readonly lambda?: number;
  /** Newton steps at most, default 50. */
  readonly maxIterations?: number;
  /** Stop when no coefficient moves more than this, default 1e-8. */
  readonly tolerance?: number;
}

export interface LogisticFit {
  readonly intercept: number;
  readonly weights: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
}

/** 1 / (1 + e^-z), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function penalisedLogLikelihood(x: Float64Array, y: readonly number[], beta: Float64Array, lambda: number, n: number, p: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[0];
    const offset = i * (p - 1);
    for (let j = 1; j < p; j++) z += beta[j] * x[offset + j - 1];
    // y·z - ln(1 + e^z), stable for large |z|
    sum += y[i] * z - (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  }
  let penalty = 0;
  for (let j = 1; j < p; j++) penalty += beta[j] * beta[j];
  return sum - (lambda / 2) * penalty;
}

/** Solves H·d = g in place for a symmetric positive definite H (Cholesky); returns d. */
function choleskySolve(h: Float64Array, g: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * p + j];
      for (let k = 0; k < j; k++) sum -= l[i * p + k] * l[j * p + k];
      if (i === j) l[i * p + i] = Math.sqrt(Math.max(sum, 1e-12));
      else l[i * p + j] = sum / l[j * p + j];
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = g[i];
    for (let k = 0; k < i; k++) sum -= l[i * p + k] * z[k];
    z[i] = sum / l[i * p + i];
  }
  const d = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i] * d[k];
    d[i] = sum / l[i * p + i];
  }
  return d;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS), deterministic: start at zero,
 * full Newton steps halved while the penalised log-likelihood would fall, at most `maxIterations`
 * steps. Maximises Σ[y·z - ln(1 + e^z)] - (λ/2)·|w|² with z = intercept + w·x.
 * Targets may be fractions in [0, 1] (Platt scaling fits smoothed targets). Cost per step is
 * O(n·p²) for n rows and p features; callers standardise features so that λ treats them alike.
 * @throws InsightsInputError when rows and targets differ in length, rows differ in width or a target is outside [0, 1]
 */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  targets: readonly number[],
  options: LogisticRegressionOptions = {}
): LogisticFit {
  if (rows.length !== targets.length) throw new InsightsInputError(`fitLogisticRegression needs one target per row (${rows.length} vs ${targets.length}).`);
  const n = rows.length;
  const width = n === 0 ? 0 : rows[0].length;
  const p = width + 1;
  const lambda = options.lambda ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  const x = new Float64Array(n * width);
  rows.forEach((row, i) => {
    if (row.length !== width) throw new InsightsInputError(`Row ${i} has ${row.length} features, expected ${width}.`);
    x.set(row, i * width);
  });
  targets.forEach((t, i) => {
    if (!(t >= 0 && t <= 1)) throw new InsightsInputError(`Target ${t} at row ${i} is outside [0, 1].`);
  });

  let beta = new Float64Array(p);
  let objective = penalisedLogLikelihood(x, targets, beta, lambda, n, p);
  let iterations = 0;
  let converged = false;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const xi = new Float64Array(p);
  while (iterations < maxIterations && !converged) {
    iterations++;
    gradient.fill(0);
    hessian.fill(0);
    for (let i = 0; i < n; i++) {
      xi[0] = 1;
      const offset = i * width;
      let z = beta[0];
      for (let j = 1; j < p; j++) {
        xi[j] = x[offset + j - 1];
        z += beta[j] * xi[j];
      }
      const prob = sigmoid(z);
      const residual = targets[i] - prob;
      const w = prob * (1 - prob);
      for (let j = 0; j < p; j++) {
        const wx = w * xi[j];
        gradient[j] += residual * xi[j];
        // Upper triangle only; mirrored below.
        const row = j * p;
        for (let k = j; k < p; k++) hessian[row + k] += wx * xi[k];
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hessian[j * p + k] = hessian[k * p + j];
      if (j > 0) {
        gradient[j] -= lambda * beta[j];
        hessian[j * p + j] += lambda;
      }
      // Keeps the intercept solvable when every prediction is saturated.
      hessian[j * p + j] += 1e-10;
    }
    const step = choleskySolve(hessian, gradient, p);
    let scale = 1;
    let candidate = beta;
    let candidateObjective = -Infinity;
    for (let halving = 0; halving < 30; halving++) {
      candidate = beta.map((b, j) => b + scale * step[j]);
      candidateObjective = penalisedLogLikelihood(x, targets, candidate, lambda, n, p);
      if (candidateObjective >= objective - 1e-12) break;
      scale /= 2;
    }
    let largest = 0;
    for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(candidate[j] - beta[j]));
    beta = candidate;
    objective = candidateObjective;
    converged = largest < tolerance;
  }
  return { intercept: beta[0], weights: Array.from(beta.subarray(1)), iterations, converged };
}

/** The linear predictor (log-odds) intercept + w·x of one row. */
export function logOdds(fit: Pick<LogisticFit, 'intercept' | 'weights'>, row: readonly number[]): number {
  let z = fit.intercept;
  for (let j = 0; j < fit.weights.length; j++) z += fit.weights[j] * row[j];
  return z;
}
