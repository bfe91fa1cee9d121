import { InsightsInputError } from '../errors';

/**
 * Brier score: mean squared difference between the predicted probability and the outcome (1 won,
 * 0 lost). 0 is perfect, 0.25 is what always predicting 0.5 earns. `undefined` for no predictions.
 * @throws InsightsInputError when lengths differ
 */
export function brierScore(probabilities: readonly number[], outcomes: readonly (boolean | number)[]): number | undefined {
  if (probabilities.length !== outcomes.length) {
    throw new InsightsInputError(`brierScore needs one outcome per probability (${probabilities.length} vs ${outcomes.length}).`);
  }
  if (probabilities.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const diff = probabilities[i] - (outcomes[i] ? 1 : 0);
    sum += diff * diff;
  }
  return sum / probabilities.length;
}
