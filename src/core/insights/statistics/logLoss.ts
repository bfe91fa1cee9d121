import { InsightsInputError } from '../errors';

/** Probabilities are clipped to [EPSILON, 1 - EPSILON] so a confident miss costs ~34.5 nats, not infinity. */
const EPSILON = 1e-15;

/**
 * Mean negative log-likelihood (natural log) of the outcomes under the predicted probabilities:
 * -mean(y·ln p + (1 - y)·ln(1 - p)). `undefined` for no predictions.
 * @throws InsightsInputError when lengths differ
 */
export function logLoss(probabilities: readonly number[], outcomes: readonly (boolean | number)[]): number | undefined {
  if (probabilities.length !== outcomes.length) {
    throw new InsightsInputError(`logLoss needs one outcome per probability (${probabilities.length} vs ${outcomes.length}).`);
  }
  if (probabilities.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
    sum += outcomes[i] ? -Math.log(p) : -Math.log(1 - p);
  }
  return sum / probabilities.length;
}
