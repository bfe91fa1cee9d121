import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { closeTimeOf, observationTimeOf, outcomeOf } from '../../../../src/core/insights/behaviour/outcome';
import { groupByOpportunity } from '../../../../src/core/insights/behaviour/groupByOpportunity';
import { day, deal, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('caseBehaviour', () => {
  const { opportunity, interactions } = deal({
    id: 'A',
    status: 'open',
    exchanges: [['t3', 5], ['t1', 1], ['t1', 3], ['whiteboard', 4], ['t2', 9]],
    stages: [['discover', 0], ['prove', 4]]
  });

  it('reads exchanges, roles and stage as of a moment', () => {
    const behaviour = caseBehaviour(opportunity, interactions, smallBlueprint, day(6));
    expect(behaviour).toEqual({
      opportunityId: 'A',
      asOf: day(6),
      exchanges: [
        { transactionId: 't1', firstAt: day(1), count: 2 },
        { transactionId: 't3', firstAt: day(5), count: 1 }
      ],
      roles: ['ae', 'champion', 'eb'],
      rolePairs: ['ae>champion', 'ae>eb'],
      unrecognised: [{ activity: 'whiteboard', firstAt: day(4) }],
      lastExchangeAt: day(5),
      currentStageId: 'prove',
      currentStageEnteredAt: day(4),
      furthestStageOrder: 2
    });
  });

  it('sees nothing before the first event', () => {
    const behaviour = caseBehaviour(opportunity, interactions, smallBlueprint, day(0));
    expect(behaviour.exchanges).toEqual([]);
    expect(behaviour.lastExchangeAt).toBeUndefined();
    expect(behaviour.currentStageId).toBe('discover');
    expect(behaviour.furthestStageOrder).toBe(1);
  });
});

describe('outcome helpers', () => {
  it('treats no-decision as lost and reads close times', () => {
    const won = deal({ id: 'W', status: 'won', exchanges: [], stages: [['discover', 0], ['prove', 7]], closedDay: 9 }).opportunity;
    const noDecision = deal({ id: 'N', status: 'no-decision', exchanges: [], stages: [['discover', 0], ['prove', 7]] }).opportunity;
    const open = deal({ id: 'O', status: 'open', exchanges: [], stages: [['discover', 0]] }).opportunity;
    expect([outcomeOf(won), outcomeOf(noDecision), outcomeOf(open)]).toEqual(['won', 'lost', undefined]);
    expect(closeTimeOf(won)).toBe(day(9));
    expect(closeTimeOf(noDecision)).toBe(day(7));
    expect(closeTimeOf(open)).toBeUndefined();
    expect(observationTimeOf(won, day(20))).toBe(day(9));
    expect(observationTimeOf(won, day(8))).toBe(day(8));
    expect(observationTimeOf(open, day(20))).toBe(day(20));
  });

  it('groups interactions by opportunity', () => {
    const a = deal({ id: 'A', status: 'open', exchanges: [['t1', 1], ['t2', 2]], stages: [] }).interactions;
    const b = deal({ id: 'B', status: 'open', exchanges: [['t1', 1]], stages: [] }).interactions;
    const grouped = groupByOpportunity([a[0], b[0], a[1]]);
    expect([...grouped.keys()]).toEqual(['A', 'B']);
    expect(grouped.get('A')).toEqual([a[0], a[1]]);
  });
});
