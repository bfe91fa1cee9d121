import type { Opportunity } from '../../../src/core/model/interaction';
import { validateOpportunity } from '../../../src/core/model/validateOpportunity';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

const DAY = 86_400_000;
const valid: Opportunity = {
  id: 'o1',
  name: 'Acme renewal',
  account: 'Acme',
  owner: 'pete',
  amount: 50_000,
  status: 'won',
  createdAt: 10 * DAY,
  closedAt: 40 * DAY,
  stageHistory: [
    { stageId: 's1', enteredAt: 10 * DAY },
    { stageId: 's2', enteredAt: 20 * DAY },
    { stageId: 's2', enteredAt: 20 * DAY }
  ]
};

describe('validateOpportunity', () => {
  it('accepts a consistent opportunity (equal stage times allowed)', () => {
    expect(validateOpportunity(valid, smallBlueprint)).toEqual([]);
  });

  it('reports unknown stages, out-of-order history, closing before creation and a negative amount', () => {
    const broken: Opportunity = {
      ...valid,
      amount: -5,
      closedAt: 5 * DAY,
      stageHistory: [
        { stageId: 's1', enteredAt: 10 * DAY },
        { stageId: 'negotiate', enteredAt: 30 * DAY },
        { stageId: 's2', enteredAt: 20 * DAY }
      ]
    };
    expect(validateOpportunity(broken, smallBlueprint)).toEqual([
      { code: 'closed-before-created', path: '/closedAt', message: 'Opportunity "Acme renewal" closed before it was created: correct the close date or the creation date.' },
      { code: 'negative-amount', path: '/amount', message: 'Opportunity "Acme renewal" has a negative amount (-5): enter the deal value as 0 or more.' },
      {
        code: 'unknown-stage',
        path: '/stageHistory/1/stageId',
        message: 'Opportunity "Acme renewal" entered stage "negotiate", which the blueprint does not have: map it to one of the blueprint\'s stages.'
      },
      {
        code: 'history-out-of-order',
        path: '/stageHistory/2/enteredAt',
        message: 'Opportunity "Acme renewal" entered "s2" before the stage listed ahead of it: list stage entries in the order they happened.'
      }
    ]);
  });

  it('reports non-finite amounts and times', () => {
    const broken: Opportunity = { ...valid, amount: NaN, createdAt: NaN, closedAt: undefined, stageHistory: [{ stageId: 's1', enteredAt: Infinity }] };
    expect(validateOpportunity(broken, smallBlueprint).map((p) => `${p.code} ${p.path}`)).toEqual([
      'invalid-time /createdAt',
      'invalid-amount /amount',
      'invalid-time /stageHistory/0/enteredAt'
    ]);
  });
});
