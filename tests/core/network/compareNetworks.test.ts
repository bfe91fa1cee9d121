import { compareNetworks } from '../../../src/core/network/compareNetworks';
import { blueprintNetwork, interactionNetwork } from '../../../src/core/network/valueNetwork';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';
import { observedInteractions } from '../../fixtures/network/interactions';

describe('compareNetworks', () => {
  it('finds blueprint exchanges never observed and observed exchanges between unplanned role pairs', () => {
    const comparison = compareNetworks(blueprintNetwork(smallBlueprint), interactionNetwork(observedInteractions, smallBlueprint.roles, smallBlueprint.transactions));
    expect(comparison.deadLinks.map((e) => e.transactionId)).toEqual(['t3', 't4']);
    // ae -> ch "tX" is not in the blueprint, but ae -> ch is a planned pair, so it is not unplanned.
    expect(comparison.unplanned.map((e) => `${e.source}->${e.target} ${e.label}`)).toEqual(['se->eb lunch', 'ae->cfo call']);
  });

  it('matches exchanges without a transaction id on roles and label', () => {
    const planned = { roles: ['a', 'b'], exchanges: [{ source: 'a', target: 'b', kind: 'intangible' as const, label: 'trust', count: 1 }], unplaced: 0 };
    const seen = { roles: ['a', 'b'], exchanges: [{ source: 'a', target: 'b', kind: 'unknown' as const, label: 'trust', count: 2 }], unplaced: 0 };
    expect(compareNetworks(planned, seen)).toEqual({ deadLinks: [], unplanned: [] });
    expect(compareNetworks(planned, { ...seen, exchanges: [] }).deadLinks).toEqual(planned.exchanges);
  });
});
