import { nextMissingExchanges } from '../../../../src/ui/dashboard/model/nextExchanges';
import { blueprint, high, low, record } from './records';

describe('nextMissingExchanges', () => {
  it('lists each open deal missing exchanges in sequence order, at most two per deal', () => {
    const records = [
      record('a', 'open', 1, { name: 'Alpha', top: [high('t3'), high('t2'), low('late', 't1'), high('t1'), high('t2')] }),
      record('b', 'won', 1, { top: [high('t1')] }),
      record('c', 'open', 1, { top: [low('single-threaded')] })
    ];
    expect(nextMissingExchanges(records, blueprint).map((n) => [n.opportunityId, n.opportunityName, n.transaction.id])).toEqual([
      ['a', 'Alpha', 't1'],
      ['a', 'Alpha', 't2']
    ]);
  });
});
