import { sellerFunnels } from '../../../../src/core/insights/funnel/sellerFunnels';
import type { Opportunity } from '../../../../src/core/model/interaction';
import { day, deals, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const org = deals([
  { id: 'W', status: 'won', exchanges: [], stages: [['discover', 0], ['prove', 4], ['close', 10]], closedDay: 14, amount: 100 },
  { id: 'L', status: 'lost', exchanges: [], stages: [['discover', 0], ['prove', 6]], closedDay: 20, amount: 100 },
  { id: 'O1', status: 'open', exchanges: [], stages: [['discover', 0], ['prove', 2]], amount: 300 },
  { id: 'O2', status: 'open', exchanges: [], stages: [['discover', 28]], amount: 200 },
  { id: 'O3', status: 'open', exchanges: [], stages: [['discover', 20]], amount: 50 }
]);
// Pat owns W, L and O1 (team North); Sam owns O2 and O3 (no team).
const opportunities: Opportunity[] = org.opportunities.map((o) => (o.id.startsWith('O2') || o.id.startsWith('O3') ? { ...o, owner: 'Sam@x.example' } : { ...o, owner: 'pat@x.example', team: 'North' }));

describe('sellerFunnels', () => {
  const rows = sellerFunnels(opportunities, smallBlueprint, {
    now: day(30),
    idealConversion: new Map([['discover', 1], ['prove', 0.75], ['close', 1]]),
    quota: new Map([['SAM@x.example', 1000]])
  });

  it('gives each seller her conversion and velocity against the benchmark, largest open pipeline first', () => {
    expect(rows.map((r) => [r.owner, r.team, r.openDeals, r.closedDeals, r.won, r.winRate, r.openPipeline, r.quota, r.coverage])).toEqual([
      ['pat@x.example', 'North', 1, 2, 1, 0.5, 300, undefined, undefined],
      ['Sam@x.example', undefined, 2, 0, 0, undefined, 250, 1000, 0.25]
    ]);
    // Pat: discover 3 of 3 moved on (median stay of W 4, L 6, O1 2 days = 4); prove: W on, L lost -> 1/2 (W 6 days, L 14 -> 10); close: W won (4 days).
    expect(rows[0].stages.map((s) => [s.stageId, s.conversion, s.idealConversion, s.gap, s.medianDays])).toEqual([
      ['discover', 1, 1, 0, 4],
      ['prove', 0.5, 0.75, -0.25, 10],
      ['close', 1, 1, 0, 4]
    ]);
    expect(rows[0].biggestLeak).toBe('prove');
    expect(rows[1].stages.map((s) => s.conversion)).toEqual([undefined, undefined, undefined]);
  });

  it('calls a deal stuck past the team median stay of its stage (discover: 4 days over W, L, O1)', () => {
    // O2 entered discover on day 28 (2 days: not stuck), O3 on day 20 (10 days > 4); O1 in prove 28 days > 10.
    expect(rows[0].stuck.map((s) => [s.opportunityId, s.stageId, s.daysInStage, s.medianDays])).toEqual([['O1', 'prove', 28, 10]]);
    expect(rows[1].stuck.map((s) => [s.opportunityId, s.stageId, s.daysInStage, s.medianDays])).toEqual([['O3', 'discover', 10, 4]]);
  });
});
