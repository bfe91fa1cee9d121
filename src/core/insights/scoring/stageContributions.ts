import type { LogisticScorer } from './logisticScorer';
import { calibrate } from './plattScaling';
import type { StageBaseline } from './stageBaselines';

/**
 * Each feature's contribution in probability points (0-100 scale) against the average deal AT THE
 * SAME STAGE: points_j = 100 · (P(z̄_s + w_j·(x_j − m_sj)/σ_j) − P(z̄_s)), where m_s are the stage's
 * raw feature means, z̄_s = b + Σ_k w_k·(m_sk − μ_k)/σ_k the log-odds of that average deal, and P
 * the calibrated link. Against the average deal of any stage (scorerContributions), every feature
 * that grows with the stage (progress, exchange counts) reads as a reason for or against the deal
 * merely because of where it is; here a deal is compared with the deals that were where it is.
 * The points do not sum to the score (the link is not linear). Edge case: a feature at its stage
 * mean contributes exactly 0.
 * @param row the deal's raw (unstandardised) features, in the model's order
 */
export function stageContributions(scorer: LogisticScorer, row: readonly number[], baseline: StageBaseline): number[] {
  const { means, scales } = scorer.standardisation;
  const { intercept, weights } = scorer.fit;
  let centre = intercept;
  for (let j = 0; j < weights.length; j++) centre += (weights[j] * (baseline.means[j] - means[j])) / scales[j];
  const base = calibrate(scorer.calibration, centre);
  return weights.map((w, j) => 100 * (calibrate(scorer.calibration, centre + (w * (row[j] - baseline.means[j])) / scales[j]) - base));
}

/**
 * The rule that hides a misleading reason: true when feature `j` is strongly correlated with
 * another feature at the deal's stage (`baseline.correlated[j]`) AND its points point the other
 * way from the raw evidence at that stage, i.e. sign(points) ≠ sign((x_j − m_sj) · association_j).
 * Example: "Technical evaluator involved: −15 points" while deals at this stage that involved the
 * technical evaluator won more often; the regression gave the role a negative weight only because
 * the exchanges with that role carry the same signal with a larger positive one. Uncorrelated
 * features keep their reasons whatever the sign: there the weight is the feature's own evidence.
 * Edge cases: no raw association (0) or a value at the stage mean never contradicts.
 */
export function contradictsAssociation(points: number, value: number, baseline: StageBaseline, j: number): boolean {
  if (!baseline.correlated[j]) return false;
  const expected = (value - baseline.means[j]) * baseline.associations[j];
  return expected !== 0 && points !== 0 && Math.sign(expected) !== Math.sign(points);
}
