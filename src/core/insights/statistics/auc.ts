import { InsightsInputError } from '../errors';

/**
 * Area under the ROC curve by the Mann-Whitney U statistic: the probability that a randomly chosen
 * positive scores higher than a randomly chosen negative, ties counting one half. Computed from
 * average ranks in O(n log n).
 * Returns `undefined` when there is no positive or no negative (the AUC is not defined).
 * @param scores any real scores (higher = more likely positive)
 * @param outcomes 1/true for positive (won), 0/false for negative; same length as `scores`
 */
export function auc(scores: readonly number[], outcomes: readonly (boolean | number)[]): number | undefined {
  if (scores.length !== outcomes.length) {
    throw new InsightsInputError(`auc needs one outcome per score (${scores.length} scores, ${outcomes.length} outcomes).`);
  }
  const order = scores.map((_, i) => i).sort((x, y) => scores[x] - scores[y]);
  let positives = 0;
  let rankSumPositive = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    // Ranks are 1-based; a tie group shares the average of its ranks.
    const averageRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if (outcomes[order[k]]) {
        positives++;
        rankSumPositive += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}
