import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { outcomeOnlyExchanges, type ClosedBehaviour } from '../../../../src/core/insights/scoring/outcomeOnlyExchanges';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

function closed(lostEnteredClose: boolean): ClosedBehaviour[] {
  return fiveAndFive.opportunities.map((o) => ({
    behaviour: caseBehaviour(o, fiveAndFive.interactions, smallBlueprint, day(30)),
    won: o.status === 'won',
    stagesEntered: new Set(o.status === 'won' || lostEnteredClose ? ['discover', 'prove', 'close'] : ['discover', 'prove'])
  }));
}

describe('outcomeOnlyExchanges', () => {
  it('does not flag a proposal that lost deals never got to', () => {
    expect(outcomeOnlyExchanges(closed(false), smallBlueprint)).toEqual([]);
  });

  it('flags an exchange that no lost deal in its stage did while won deals did', () => {
    // t4: 5 won did it, 5 lost entered close and none did; t3 is done by L1, so it stays
    expect(outcomeOnlyExchanges(closed(true), smallBlueprint)).toEqual(['t4']);
    expect(outcomeOnlyExchanges(closed(true), smallBlueprint, 6)).toEqual([]);
  });
});
