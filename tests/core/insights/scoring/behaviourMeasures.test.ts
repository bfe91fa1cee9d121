import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { customerRolesEngaged, latenessCount } from '../../../../src/core/insights/scoring/behaviourMeasures';
import { day, deal, smallBlueprint } from '../../../fixtures/insights/smallOrg';

// Due: t1 5 days after discover entry (day 5); t2 10 days after prove entry (day 14);
// t4 3 days after the later of t3 (day 7) and close entry (day 9): day 12; t3 and t5 have no due rule.
const { opportunity, interactions } = deal({
  id: 'D',
  status: 'open',
  exchanges: [['t1', 6], ['t3', 7], ['t4', 11], ['t2', 15], ['Lunch', 16]],
  stages: [['discover', 0], ['prove', 4], ['close', 9]]
});

describe('latenessCount', () => {
  it('times exchanges from the later of stage entry and predecessor', () => {
    // t1 late (6 > 5), t2 late (15 > 14), t4 on time (11 <= 12)
    expect(latenessCount(caseBehaviour(opportunity, interactions, smallBlueprint, day(20)), opportunity, smallBlueprint)).toEqual({ timed: 3, late: 2 });
  });

  it('reads only what happened by asOf', () => {
    expect(latenessCount(caseBehaviour(opportunity, interactions, smallBlueprint, day(10)), opportunity, smallBlueprint)).toEqual({ timed: 1, late: 1 });
  });
});

describe('customerRolesEngaged', () => {
  it('counts customer roles of recognised exchanges only', () => {
    expect(customerRolesEngaged(caseBehaviour(opportunity, interactions, smallBlueprint, day(20)), smallBlueprint)).toBe(2);
    expect(customerRolesEngaged(caseBehaviour(opportunity, interactions, smallBlueprint, day(6)), smallBlueprint)).toBe(1);
  });
});
