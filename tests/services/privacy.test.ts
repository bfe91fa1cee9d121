import type { Interaction, Opportunity } from '../../src/core/model/interaction';
import type { InteractionStore, OpportunityRecord, OpportunityStore } from '../../src/services/ports';
import { collectedAboutSeller } from '../../src/services/privacy';

const deal = (id: string, owner: string): OpportunityRecord => ({ itemId: 1, opportunity: { id, account: 'a', owner, amount: 1, status: 'open', createdAt: 0, stageHistory: [] } as Opportunity });
const event = (opportunityId: string, source: string, key: string, timestamp: number): Interaction => ({ opportunityId, source, sourceKey: key, timestamp, activity: 'T1' });

const STORED: Interaction[] = [
  event('O1', 'graph:mail', 'm2', 30),
  event('O1', 'graph:calendar', 'c1', 10),
  event('O1', 'graph:mail', 'm1', 20),
  event('O2', 'csv', 'x1', 5),
  event('O3', 'graph:calendar', 'c9', 1)
];

const stores = {
  opportunities: { listAll: async () => [deal('O2', 'Ann@Seller.example '), deal('O1', 'ann@seller.example'), deal('O3', 'ben@seller.example')] } as unknown as OpportunityStore,
  interactions: {
    listByOpportunities: async (ids: readonly string[]) => new Map(ids.map((id) => [id, STORED.filter((i) => i.opportunityId === id)]))
  } as unknown as InteractionStore
};

describe('collectedAboutSeller', () => {
  it("groups the seller's own deals' interactions by source, case-insensitively on the owner", async () => {
    const result = await collectedAboutSeller(stores, 'ANN@seller.example');
    expect(result.opportunityIds).toEqual(['O1', 'O2']);
    expect(result.total).toBe(4);
    expect(result.bySource.map((g) => [g.source, g.count, g.interactions.map((i) => i.sourceKey)])).toEqual([
      ['csv', 1, ['x1']],
      ['graph:calendar', 1, ['c1']],
      ['graph:mail', 2, ['m1', 'm2']]
    ]);
  });

  it('answers an empty collection for a seller who owns nothing', async () => {
    expect(await collectedAboutSeller(stores, 'nobody@seller.example')).toEqual({ seller: 'nobody@seller.example', opportunityIds: [], bySource: [], total: 0 });
  });
});
