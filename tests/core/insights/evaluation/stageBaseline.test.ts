import { furthestStageOrder, learnStageBaseline, learnStageEntryBaseline, stageBaselineProbability } from '../../../../src/core/insights/evaluation/stageBaseline';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('stage baseline', () => {
  it('learns win rates by furthest stage and falls back to the overall rate', () => {
    const baseline = learnStageBaseline(fiveAndFive.opportunities, smallBlueprint);
    expect(baseline).toEqual({ byStage: [[2, 0, 5], [3, 5, 5]], overall: 0.5 });
    expect(stageBaselineProbability(baseline, 3)).toBe(1);
    expect(stageBaselineProbability(baseline, 1)).toBe(0.5);
    expect(furthestStageOrder(fiveAndFive.opportunities[0], smallBlueprint, day(10))).toBe(2);
  });

  it('learns win rates by stage entered before closing', () => {
    // all ten entered discover and prove (5 won); only the won five entered close
    expect(learnStageEntryBaseline(fiveAndFive.opportunities, smallBlueprint)).toEqual({ byStage: [[1, 5, 10], [2, 5, 10], [3, 5, 5]], overall: 0.5 });
  });
});
