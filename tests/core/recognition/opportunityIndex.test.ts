import { indexOpportunities } from '../../../src/core/recognition/opportunityIndex';
import type { OpportunityRef } from '../../../src/core/recognition/recognitionContext';

describe('indexOpportunities', () => {
  it('finds every opportunity by id (the later of two with one id) and lists only the open ones by account, in order', () => {
    const opportunities: OpportunityRef[] = [
      { id: 'O1', account: 'acme', status: 'open' },
      { id: 'O2', account: 'acme', status: 'won' },
      { id: 'O3', account: 'globex', status: 'open' },
      { id: 'O4', account: 'acme', status: 'open' },
      { id: 'O2', account: 'initech', status: 'lost' }
    ];
    const index = indexOpportunities(opportunities);
    expect([...index.byId.entries()].map(([id, o]) => [id, o.account, o.status])).toEqual([
      ['O1', 'acme', 'open'],
      ['O2', 'initech', 'lost'],
      ['O3', 'globex', 'open'],
      ['O4', 'acme', 'open']
    ]);
    expect([...index.openByAccount.entries()].map(([account, open]) => [account, open.map((o) => o.id)])).toEqual([
      ['acme', ['O1', 'O4']],
      ['globex', ['O3']]
    ]);
    expect(opportunities.length).toBe(5);
  });
});
