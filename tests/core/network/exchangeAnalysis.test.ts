import { analyseExchanges, isOverburdened } from '../../../src/core/network/exchangeAnalysis';
import { blueprintNetwork, interactionNetwork } from '../../../src/core/network/valueNetwork';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';
import { observedInteractions } from '../../fixtures/network/interactions';

describe('analyseExchanges on the small blueprint', () => {
  const analysis = analyseExchanges(blueprintNetwork(smallBlueprint));

  it('profiles tangible and intangible inputs and outputs per role', () => {
    expect(analysis.roles).toEqual([
      { role: 'ae', tangibleIn: 1, tangibleOut: 0, intangibleIn: 1, intangibleOut: 1, unknownIn: 0, unknownOut: 0, inputs: 2, outputs: 1, balance: -1, ratio: 0.5, load: 3 },
      { role: 'se', tangibleIn: 0, tangibleOut: 1, intangibleIn: 0, intangibleOut: 0, unknownIn: 0, unknownOut: 0, inputs: 0, outputs: 1, balance: 1, ratio: undefined, load: 1 },
      { role: 'ch', tangibleIn: 1, tangibleOut: 0, intangibleIn: 1, intangibleOut: 1, unknownIn: 0, unknownOut: 0, inputs: 2, outputs: 1, balance: -1, ratio: 0.5, load: 3 },
      { role: 'eb', tangibleIn: 0, tangibleOut: 1, intangibleIn: 0, intangibleOut: 0, unknownIn: 0, unknownOut: 0, inputs: 0, outputs: 1, balance: 1, ratio: undefined, load: 1 },
      { role: 'pt', tangibleIn: 0, tangibleOut: 0, intangibleIn: 0, intangibleOut: 0, unknownIn: 0, unknownOut: 0, inputs: 0, outputs: 0, balance: 0, ratio: undefined, load: 0 }
    ]);
  });

  it('classifies reciprocal pairs, one-way, isolated and overburdened roles', () => {
    // loads 3,1,3,1,0: mean 1.6, sd 1.2, so the bar is 2.8; median 1, so also > 2.
    expect(analysis.reciprocalPairs).toEqual([['ae', 'ch']]);
    expect(analysis.onlyGive).toEqual(['se', 'eb']);
    expect(analysis.onlyReceive).toEqual([]);
    expect(analysis.isolated).toEqual(['pt']);
    expect(analysis.overburdened).toEqual(['ae', 'ch']);
  });
});

describe('analyseExchanges on observed interactions', () => {
  it('weights by interaction counts and counts unknown exchanges', () => {
    const analysis = analyseExchanges(interactionNetwork(observedInteractions, smallBlueprint.roles, smallBlueprint.transactions));
    expect(analysis.roles[0]).toEqual({ role: 'ae', tangibleIn: 0, tangibleOut: 0, intangibleIn: 1, intangibleOut: 2, unknownIn: 0, unknownOut: 2, inputs: 1, outputs: 4, balance: 3, ratio: 4, load: 5 });
    expect(analysis.onlyGive).toEqual(['se']);
    expect(analysis.onlyReceive).toEqual(['eb', 'cfo']);
    expect(analysis.isolated).toEqual(['pt']);
    // loads 5,1,4,1,0,1: mean 2, sd sqrt(20/6) = 1.826, bar 3.826; median 1, so also > 2.
    expect(analysis.overburdened).toEqual(['ae', 'ch']);
  });

  it('leaves self-exchanges out', () => {
    const analysis = analyseExchanges({ roles: ['a', 'b'], exchanges: [{ source: 'a', target: 'a', kind: 'tangible', label: 'memo', count: 3 }], unplaced: 0 });
    expect(analysis.isolated).toEqual(['a', 'b']);
  });
});

describe('isOverburdened', () => {
  it('flags a load above mean + 1 sd and above twice the median', () => {
    // mean 3.6, sd 3.2 -> bar 6.8; median 2 -> 4
    expect(isOverburdened(10, [10, 2, 2, 2, 2])).toBe(true);
    expect(isOverburdened(2, [10, 2, 2, 2, 2])).toBe(false);
  });

  it('does not flag a load above mean + 1 sd that is not twice the median', () => {
    // mean 2.1, sd 0.3 -> bar 2.4 (passed by 3); median 2 -> 4 (not passed)
    expect(isOverburdened(3, [3, 2, 2, 2, 2, 2, 2, 2, 2, 2])).toBe(false);
  });

  it('flags nothing in an even network or an empty one', () => {
    expect(isOverburdened(4, [4, 4, 4, 4])).toBe(false);
    expect(isOverburdened(0, [])).toBe(false);
  });
});
