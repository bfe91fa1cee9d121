import type { Opportunity, OpportunityStatus } from '../../../../src/core/model/interaction';
import { bestSellerIdeal } from '../../../../src/ui/dashboard/model/idealFunnel';
import { blueprint, DAY } from './records';

/** A deal that entered s1 on day 0, s2 on day 10 when `reachedS2`, and closed on day 20 (or is open). */
function deal(id: string, owner: string, status: OpportunityStatus, reachedS2: boolean): Opportunity {
  return {
    id,
    account: 'A',
    owner,
    amount: 1,
    status,
    createdAt: 0,
    closedAt: status === 'open' ? undefined : 20 * DAY,
    stageHistory: reachedS2 ? [{ stageId: 's1', enteredAt: 0 }, { stageId: 's2', enteredAt: 10 * DAY }] : [{ stageId: 's1', enteredAt: 0 }]
  };
}

// Ann: 3 won of 4 (75 %); Bob: 1 won of 2 (50 %); Cid: 0 of 2; Dee: 1 closed (too few).
const deals: Opportunity[] = [
  deal('a1', 'ann@x.example', 'won', true),
  deal('a2', 'ann@x.example', 'won', true),
  deal('a3', 'ann@x.example', 'won', true),
  deal('a4', 'ann@x.example', 'lost', false),
  deal('a5', 'ann@x.example', 'open', false),
  deal('b1', 'bob@x.example', 'won', true),
  deal('b2', 'bob@x.example', 'lost', true),
  deal('c1', 'cid@x.example', 'lost', false),
  deal('c2', 'cid@x.example', 'no-decision', true),
  deal('d1', 'dee@x.example', 'won', true)
];

describe('bestSellerIdeal', () => {
  it('takes the top quarter (rounded up) of the sellers with enough closed deals, and states its sample', () => {
    const ideal = bestSellerIdeal(deals, blueprint, { now: 30 * DAY, minClosed: 2 });
    // Ranked: Ann 75 %, Bob 50 %, Cid 0 % -> ceil(3 × 0.25) = 1 seller: Ann, 4 closed deals.
    expect(ideal.sellers).toEqual(['ann@x.example']);
    expect([ideal.closedDeals, ideal.rankedSellers, ideal.minClosed, ideal.topShare]).toEqual([4, 3, 2, 0.25]);
    // Ann in s1: 3 moved on, 1 lost there -> 3/4; in s2 (last): 3 won of 3.
    expect([...ideal.conversion.entries()]).toEqual([['s1', 0.75], ['s2', 1]]);
  });

  it('never benchmarks a seller against herself: the excluded seller is left out of the ranking (any case)', () => {
    const ideal = bestSellerIdeal(deals, blueprint, { now: 30 * DAY, minClosed: 2, exclude: 'ANN@x.example' });
    // Ranked without Ann: Bob 50 %, Cid 0 % -> ceil(2 × 0.25) = 1: Bob, 2 closed deals.
    expect(ideal.sellers).toEqual(['bob@x.example']);
    expect([ideal.closedDeals, ideal.rankedSellers]).toEqual([2, 2]);
    // Bob in s1: both moved on -> 1; in s2: 1 won of 2.
    expect([...ideal.conversion.entries()]).toEqual([['s1', 1], ['s2', 0.5]]);
  });

  it('gives no ideal when no other seller has enough closed deals', () => {
    const ideal = bestSellerIdeal(deals, blueprint, { now: 30 * DAY, exclude: 'ann@x.example' });
    expect([ideal.sellers, ideal.closedDeals, ideal.rankedSellers, ideal.minClosed, ideal.conversion.size]).toEqual([[], 0, 0, 5, 0]);
  });
});
