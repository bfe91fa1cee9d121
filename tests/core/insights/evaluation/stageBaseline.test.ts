import { furthestStageOrder, learnStageBaseline, stageBaselineProbability } from '../../../../src/core/insights/evaluation/stageBaseline';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('stage baseline', () => {
  it('learns win rates by furthest stage and falls back to the overall rate', () => {
    const baseline = learnStageBaseline(fiveAndFive.opportunities, smallBlueprint);
    expect(baseline).toEqual({ byStage: [[2, 0, 5], [3, 5, 5]], overall: 0.5 });
    expect(stageBaselineProbability(baseline, 3)).toBe(1);
    expect(stageBaselineProbability(baseline, 1)).toBe(0.5);
    expect(furthestStageOrder(fiveAndFive.opportunities[0], smallBlueprint, day(10))).toBe(2);
  });
});
