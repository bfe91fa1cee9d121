import type { LogisticScoringModel } from '../../../../src/core/insights/scoring/scoringModel';
import { NO_CALIBRATION } from '../../../../src/core/insights/scoring/plattScaling';
import { scoreOpportunity } from '../../../../src/core/insights/scoring/scoreOpportunity';
import { day, deal, smallBlueprint } from '../../../fixtures/insights/smallOrg';

/**
 * A logistic model written by hand over five features, so the reasons can be worked out exactly.
 * Only `exchange:t2` (weight 2 ln 3) and `role:se` (−2 ln 3) carry weight: the sales engineer is
 * involved exactly when the demo is done, and the regression split that one signal with opposite
 * signs. Standardisation centres are 0 and scales 1, so the probability is σ(2 ln 3·(t2 − se)).
 */
const model: LogisticScoringModel = {
  model: 'logistic',
  spec: {
    transactionIds: ['t2'],
    roleIds: ['se'],
    orderPairs: [],
    stageMedianDays: [],
    conformanceStages: [],
    includeAmount: false,
    includeVelocity: false,
    includeDiscipline: false,
    includeActivity: false,
    includeRoles: true
  },
  featureNames: ['stage.progress', 'required.share', 'recency.log_days', 'exchange:t2', 'role:se'],
  scorer: {
    standardisation: { means: [0, 0, 0, 0, 0], scales: [1, 1, 1, 1, 1] },
    fit: { intercept: 0, weights: [0, 0, 0, 2 * Math.log(3), -2 * Math.log(3)], iterations: 0, converged: true },
    calibration: NO_CALIBRATION,
    trainedRows: 20
  },
  trainedOn: { won: 10, lost: 10 },
  // Half the deals at "prove" had done the demo (and so involved the sales engineer); those that
  // had won more often: both features have a positive raw association and correlate with each other.
  stageBaselines: [
    { stageId: 'prove', rows: 20, means: [2 / 3, 0.5, 1, 0.5, 0.5], associations: [0, 0, 0, 0.4, 0.4], correlated: [false, false, false, true, true] }
  ]
};

// Open deal at "prove" (entered day 4) with the discovery call and the demo done; read on day 9.
const { opportunity, interactions } = deal({ id: 'X', status: 'open', exchanges: [['t1', 1], ['t2', 5]], stages: [['discover', 0], ['prove', 4]] });
const demoDone = { feature: 'exchange:t2', label: '"Demo" (Sales engineer → Champion) done', value: 1 };
const engineer = { feature: 'role:se', label: 'Sales engineer involved', value: 1 };
// Equal magnitudes tie up to rounding, so those lists are compared by feature name.
const byFeature = <T extends { feature: string }>(list: readonly T[]): T[] => [...list].sort((x, y) => (x.feature < y.feature ? -1 : 1));

describe('scoreOpportunity with the logistic model', () => {
  it('measures reasons against the average deal at the same stage and hides the contradicting one', () => {
    const score = scoreOpportunity(model, opportunity, interactions, smallBlueprint, { now: day(9) });
    // σ(2 ln 3·(1 − 1)) = 1/2, whatever the baselines.
    expect(score.probability).toBe(0.5);
    expect(score.score).toBe(50);
    // Average deal at prove: z̄ = 2 ln 3·0.5 − 2 ln 3·0.5 = 0, σ = 1/2. The demo alone: σ(2 ln 3·0.5) =
    // σ(ln 3) = 3/4, +25 points. The engineer alone would be −25 while deals at prove that involved
    // one won more often, and the two features correlate: that reason is hidden.
    expect(score.contributions).toHaveLength(1);
    expect(score.contributions[0]).toEqual({ ...demoDone, points: expect.closeTo(25, 10) as number });
  });

  it('keeps a reason of the opposite sign when its feature correlates with no other', () => {
    const baselines = model.stageBaselines ?? [];
    const uncorrelated = { ...model, stageBaselines: [{ ...baselines[0], correlated: [false, false, false, false, false] }] };
    const score = scoreOpportunity(uncorrelated, opportunity, interactions, smallBlueprint, { now: day(9) });
    expect(byFeature(score.contributions)).toEqual([
      { ...demoDone, points: expect.closeTo(25, 10) as number },
      { ...engineer, points: expect.closeTo(-25, 10) as number }
    ]);
  });

  it('falls back to the average deal of any stage, hiding nothing, for a model without baselines', () => {
    const older: LogisticScoringModel = { ...model, stageBaselines: undefined };
    const score = scoreOpportunity(older, opportunity, interactions, smallBlueprint, { now: day(9) });
    // Against the all-zero centre: σ(±2 ln 3) = 9/10 or 1/10, so ±40 points.
    expect(score.probability).toBe(0.5);
    expect(byFeature(score.contributions)).toEqual([
      { ...demoDone, points: expect.closeTo(40, 10) as number },
      { ...engineer, points: expect.closeTo(-40, 10) as number }
    ]);
  });
});
