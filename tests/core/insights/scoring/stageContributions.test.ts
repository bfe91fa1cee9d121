import type { LogisticScorer } from '../../../../src/core/insights/scoring/logisticScorer';
import { scorerContributions } from '../../../../src/core/insights/scoring/logisticScorer';
import { NO_CALIBRATION } from '../../../../src/core/insights/scoring/plattScaling';
import { learnStageBaselines, type StageBaseline } from '../../../../src/core/insights/scoring/stageBaselines';
import { contradictsAssociation, stageContributions } from '../../../../src/core/insights/scoring/stageContributions';

/** An uncalibrated scorer written by hand: P = σ(intercept + Σ w·(x − mean)/scale). */
function scorer(means: number[], weights: number[], intercept = 0): LogisticScorer {
  return {
    standardisation: { means, scales: means.map(() => 1) },
    fit: { intercept, weights, iterations: 0, converged: true },
    calibration: NO_CALIBRATION,
    trainedRows: 4
  };
}

describe('stageContributions', () => {
  // One feature, exchanges done. At each stage the deals that won had done 2 more than those that
  // lost, but later stages simply have more: early {0 lost, 2 won}, late {4 lost, 6 won}. Overall
  // mean 3, stage means 1 and 5. The weight is ln 3 per exchange.
  const [early, late] = learnStageBaselines([[0], [2], [4], [6]], [0, 1, 0, 1], ['early', 'early', 'late', 'late']);
  const model = scorer([3], [Math.log(3)]);

  it('gives the wrong sign against the average deal of any stage', () => {
    // A late deal with 4 exchanges, fewer than the deals at its stage that won, reads as a reason FOR
    // it: 100·(σ(ln 3·(4 − 3)) − σ(0)) = 100·(3/4 − 1/2) = +25.
    expect(scorerContributions(model, [4])[0]).toBeCloseTo(25, 10);
  });

  it('gives the right sign against the average deal at the same stage', () => {
    // Average late deal: z̄ = ln 3·(5 − 3) = 2 ln 3, σ = 9/10. The deal: 2 ln 3 + ln 3·(4 − 5) = ln 3,
    // σ = 3/4. Points 100·(3/4 − 9/10) = −15.
    expect(stageContributions(model, [4], late)[0]).toBeCloseTo(-15, 10);
    // An early deal with 2 exchanges is above its stage mean 1: z̄ = ln 3·(1 − 3) = −2 ln 3 (σ = 1/10),
    // the deal −ln 3 (σ = 1/4): +15 points, where the overall average would say −25.
    expect(stageContributions(model, [2], early)[0]).toBeCloseTo(15, 10);
    expect(scorerContributions(model, [2])[0]).toBeCloseTo(-25, 10);
  });

  it('gives exactly 0 at the stage mean', () => {
    expect(stageContributions(model, [5], late)).toEqual([0]);
  });
});

describe('contradictsAssociation', () => {
  // Feature 0 correlated with another one, feature 1 not; both won more often with a higher value.
  const baseline: StageBaseline = { stageId: 's', rows: 10, means: [0.5, 0.5], associations: [0.4, 0.4], correlated: [true, false] };

  it('hides a correlated reason whose sign goes against the raw evidence at the stage', () => {
    // value above the mean and positive association: raw evidence says "for", the points say "against"
    expect(contradictsAssociation(-3, 1, baseline, 0)).toBe(true);
    expect(contradictsAssociation(3, 0, baseline, 0)).toBe(true);
  });

  it('keeps reasons that agree with the evidence, uncorrelated ones and those without evidence', () => {
    expect(contradictsAssociation(3, 1, baseline, 0)).toBe(false);
    expect(contradictsAssociation(-3, 0, baseline, 0)).toBe(false);
    expect(contradictsAssociation(-3, 1, baseline, 1)).toBe(false);
    expect(contradictsAssociation(-3, 0.5, baseline, 0)).toBe(false);
    expect(contradictsAssociation(-3, 1, { ...baseline, associations: [0, 0.4] }, 0)).toBe(false);
  });
});
