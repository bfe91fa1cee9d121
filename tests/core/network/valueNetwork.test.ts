import type { Interaction } from '../../../src/core/model/interaction';
import { blueprintNetwork, interactionNetwork, networkGraph } from '../../../src/core/network/valueNetwork';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';
import { observedInteractions } from '../../fixtures/network/interactions';

describe('blueprintNetwork', () => {
  it('has every role and one exchange per transaction with its kind', () => {
    expect(blueprintNetwork(smallBlueprint)).toEqual({
      roles: ['ae', 'se', 'ch', 'eb', 'pt'],
      exchanges: [
        { source: 'ae', target: 'ch', kind: 'intangible', transactionId: 't1', label: 'Deliverable t1', count: 1 },
        { source: 'ch', target: 'ae', kind: 'intangible', transactionId: 't2', label: 'Deliverable t2', count: 1 },
        { source: 'se', target: 'ch', kind: 'tangible', transactionId: 't3', label: 'Deliverable t3', count: 1 },
        { source: 'eb', target: 'ae', kind: 'tangible', transactionId: 't4', label: 'Deliverable t4', count: 1 }
      ],
      unplaced: 0
    });
  });
});

describe('interactionNetwork', () => {
  it('groups interactions by roles and transaction, takes kinds from the blueprint, and keeps unknown roles', () => {
    expect(interactionNetwork(observedInteractions, smallBlueprint.roles, smallBlueprint.transactions)).toEqual({
      roles: ['ae', 'se', 'ch', 'eb', 'pt', 'cfo'],
      exchanges: [
        { source: 'ae', target: 'ch', kind: 'intangible', transactionId: 't1', label: 'Deliverable t1', count: 2 },
        { source: 'ch', target: 'ae', kind: 'intangible', transactionId: 't2', label: 'Deliverable t2', count: 1 },
        { source: 'se', target: 'eb', kind: 'unknown', label: 'lunch', count: 1 },
        { source: 'ae', target: 'cfo', kind: 'unknown', label: 'call', count: 1 },
        { source: 'ae', target: 'ch', kind: 'unknown', transactionId: 'tX', label: 'tX', count: 1 }
      ],
      unplaced: 1
    });
  });

  it('without blueprint transactions every exchange is unknown', () => {
    const one: Interaction[] = [{ opportunityId: 'o1', timestamp: 1, activity: 't1', transactionId: 't1', fromRole: 'ae', toRole: 'ch', source: 'test', sourceKey: 'k' }];
    expect(interactionNetwork(one, smallBlueprint.roles).exchanges).toEqual([{ source: 'ae', target: 'ch', kind: 'unknown', transactionId: 't1', label: 't1', count: 1 }]);
  });
});

describe('networkGraph', () => {
  it('turns exchanges into directed edges, optionally weighted by count or its inverse', () => {
    const network = interactionNetwork(observedInteractions.slice(0, 3), smallBlueprint.roles, smallBlueprint.transactions);
    expect(networkGraph(network)).toEqual({ nodes: ['ae', 'se', 'ch', 'eb', 'pt'], directed: true, edges: [{ source: 'ae', target: 'ch' }, { source: 'ch', target: 'ae' }] });
    expect(networkGraph(network, { weight: 'count' }).edges.map((e) => e.weight)).toEqual([2, 1]);
    expect(networkGraph(network, { weight: 'inverse-count' }).edges.map((e) => e.weight)).toEqual([0.5, 1]);
  });
});
