import { patternStageOrder } from '../../../../src/core/insights/patterns/patternStage';
import { smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('patternStageOrder', () => {
  it('places exchanges, orders, roles and constraints', () => {
    expect(patternStageOrder({ id: 'exchange:t4', kind: 'exchange', subjects: ['t4'] }, smallBlueprint)).toBe(3);
    // the later of the two stages
    expect(patternStageOrder({ id: 'order:t4>t1', kind: 'order', subjects: ['t4', 't1'] }, smallBlueprint)).toBe(3);
    expect(patternStageOrder({ id: 'order:t1>t2', kind: 'order', subjects: ['t1', 't2'] }, smallBlueprint)).toBe(2);
    // the economic buyer first appears in Prove (t3), the champion in Discover (t1)
    expect(patternStageOrder({ id: 'role:eb', kind: 'role', subjects: ['eb'] }, smallBlueprint)).toBe(2);
    expect(patternStageOrder({ id: 'role:champion', kind: 'role', subjects: ['champion'] }, smallBlueprint)).toBe(1);
    expect(patternStageOrder({ id: 'role:x', kind: 'role', subjects: ['x'] }, smallBlueprint)).toBe(0);
    expect(patternStageOrder({ id: 'constraint:c1', kind: 'constraint', subjects: ['c1'] }, smallBlueprint)).toBe(0);
    expect(patternStageOrder({ id: 'exchange:zz', kind: 'exchange', subjects: ['zz'] }, smallBlueprint)).toBe(0);
  });
});
