import { funnelAnalysis } from '../../../../src/core/insights/funnel/funnelAnalysis';
import { day, deals, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const org = deals([
  { id: 'W', status: 'won', exchanges: [], stages: [['discover', 0], ['prove', 4], ['close', 10]], closedDay: 14, amount: 100 },
  { id: 'L', status: 'lost', exchanges: [], stages: [['discover', 0], ['prove', 6]], closedDay: 20, amount: 100 },
  { id: 'O1', status: 'open', exchanges: [], stages: [['discover', 0], ['prove', 2]], amount: 300 },
  { id: 'O2', status: 'open', exchanges: [], stages: [['discover', 28]], amount: 200 }
]);

describe('funnelAnalysis', () => {
  const report = funnelAnalysis(org.opportunities, smallBlueprint, {
    now: day(30),
    idealConversion: new Map([['discover', 0.9], ['prove', 0.5], ['close', 0.8]]),
    target: 1000
  });

  it('measures conversion among decided deals and velocity', () => {
    expect(report.stages).toEqual([
      // discover: 4 reached; W, L, O1 moved on (3 decided of 3; O2 still there)
      { stageId: 'discover', reached: 4, converted: 3, decided: 3, conversion: 1, medianDays: 4, idealConversion: 0.9, gap: 1 - 0.9 },
      // prove: W moved on, L lost here, O1 still open
      { stageId: 'prove', reached: 3, converted: 1, decided: 2, conversion: 0.5, medianDays: 10, idealConversion: 0.5, gap: 0 },
      // close: W won
      { stageId: 'close', reached: 1, converted: 1, decided: 1, conversion: 1, medianDays: 4, idealConversion: 0.8, gap: 1 - 0.8 }
    ]);
    expect(report.biggestLeak).toBeUndefined();
  });

  it('finds stuck deals and pipeline coverage', () => {
    // O1: 28 days in prove vs median 10 -> stuck at k = 2; O2: 2 days in discover vs 4 -> fine
    expect(report.stuck).toEqual([{ opportunityId: 'O1', stageId: 'prove', daysInStage: 28, medianDays: 10 }]);
    expect(report.openPipeline).toBe(500);
    expect(report.pipelineCoverage).toBe(0.5);
  });
});
