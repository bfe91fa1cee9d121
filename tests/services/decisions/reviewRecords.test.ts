import type { Interaction } from '../../../src/core/model/interaction';
import { reviewSummary, type ReviewRecord } from '../../../src/services/decisions/reviewRecords';
import { insightsBlueprint } from '../insights/siteHistory';

const record = (opportunityId: string, outcome: ReviewRecord['outcome'], reason: string): ReviewRecord => ({ opportunityId, dealName: opportunityId, outcome, reason, lessons: '', reviewedBy: 'Adele Vance', reviewedAt: 0 });
const did = (opportunityId: string, ...transactions: string[]): [string, Interaction[]] => [
  opportunityId,
  transactions.map((t, i) => ({ opportunityId, timestamp: i, activity: t, transactionId: t, source: 'csv', sourceKey: `${opportunityId}-${t}` }))
];

describe('what the reviews say', () => {
  it('groups by outcome and reason, most deals first, with the required exchange most of them missed', () => {
    const records = [
      record('L1', 'lost', 'Price'), record('L2', 'lost', 'Price'), record('L3', 'no-decision', 'Price'),
      record('L4', 'lost', 'Timing'), record('W1', 'won', 'Relationship'), record('W2', 'won', 'Relationship')
    ];
    const interactions = new Map([did('L1', 'T01', 'T02'), did('L2', 'T01'), did('L3', 'T01', 'T02', 'T03'), did('L4', 'T01', 'T02', 'T03'), did('W1', 'T01', 'T02', 'T03'), did('W2', 'T01', 'T02', 'T03')]);
    expect(reviewSummary(records, interactions, insightsBlueprint)).toEqual([
      // L1 and L2 missed the business case, L2 the pains too: the business case is missed more often.
      { outcome: 'lost', reason: 'Price', deals: 3, missed: { deliverable: 'Business case', deals: 2 } },
      { outcome: 'won', reason: 'Relationship', deals: 2 },
      { outcome: 'lost', reason: 'Timing', deals: 1 }
    ]);
  });
});
