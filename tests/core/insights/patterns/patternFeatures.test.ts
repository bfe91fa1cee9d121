import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { hasPattern, patternCatalogue } from '../../../../src/core/insights/patterns/patternFeatures';
import { day, deal, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('patternCatalogue', () => {
  it('lists exchanges, ordered pairs, roles and constraints', () => {
    const catalogue = patternCatalogue(smallBlueprint, new Map([['X', new Map([['z', 'violated' as const], ['a', 'satisfied' as const]])]]));
    // 5 exchanges + 5·4 ordered pairs + 4 roles + 2 constraints
    expect(catalogue).toHaveLength(31);
    expect(catalogue.slice(0, 6).map((f) => f.id)).toEqual(['exchange:t1', 'exchange:t2', 'exchange:t3', 'exchange:t4', 'exchange:t5', 'order:t1>t2']);
    expect(catalogue.slice(-2).map((f) => f.id)).toEqual(['constraint:a', 'constraint:z']);
  });
});

describe('hasPattern', () => {
  const { opportunity, interactions } = deal({ id: 'A', status: 'won', exchanges: [['t3', 2], ['t1', 2], ['t2', 5]], stages: [] });
  const behaviour = caseBehaviour(opportunity, interactions, smallBlueprint, day(10));
  const results = new Map([['A', new Map([['c1', 'violated' as const]])]]);

  it('needs a strictly earlier first occurrence for an order', () => {
    expect(hasPattern({ id: 'order:t1>t2', kind: 'order', subjects: ['t1', 't2'] }, behaviour)).toBe(true);
    expect(hasPattern({ id: 'order:t3>t1', kind: 'order', subjects: ['t3', 't1'] }, behaviour)).toBe(false);
    expect(hasPattern({ id: 'order:t1>t4', kind: 'order', subjects: ['t1', 't4'] }, behaviour)).toBe(false);
  });

  it('reads roles and constraint outcomes', () => {
    expect(hasPattern({ id: 'role:se', kind: 'role', subjects: ['se'] }, behaviour)).toBe(true);
    expect(hasPattern({ id: 'role:x', kind: 'role', subjects: ['x'] }, behaviour)).toBe(false);
    expect(hasPattern({ id: 'constraint:c1', kind: 'constraint', subjects: ['c1'] }, behaviour, results)).toBe(false);
    expect(hasPattern({ id: 'constraint:c2', kind: 'constraint', subjects: ['c2'] }, behaviour, results)).toBeUndefined();
  });
});

describe('hasPattern for roles with the blueprint', () => {
  // t1 (ae -> champion) is recognised; a lunch with the economic buyer is not a blueprint exchange.
  const { opportunity, interactions } = deal({ id: 'B', status: 'lost', exchanges: [['t1', 1]], stages: [] });
  const lunch = { opportunityId: 'B', timestamp: day(2), activity: 'Lunch', fromRole: 'ae', toRole: 'eb', source: 'test', sourceKey: 'B-lunch' };
  const behaviour = caseBehaviour(opportunity, [...interactions, lunch], smallBlueprint, day(10));
  const eb = { id: 'role:eb', kind: 'role' as const, subjects: ['eb'] };

  it('counts a role only through recognised exchanges', () => {
    expect(hasPattern(eb, behaviour)).toBe(true);
    expect(hasPattern(eb, behaviour, undefined, smallBlueprint)).toBe(false);
    expect(hasPattern({ id: 'role:champion', kind: 'role', subjects: ['champion'] }, behaviour, undefined, smallBlueprint)).toBe(true);
  });
});
