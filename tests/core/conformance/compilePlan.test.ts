import { compilePlan, ROLE_A, ROLE_B, TEMPLATE_CODE, TIMED_EXISTENCE_CODE } from '../../../src/core/conformance/compilePlan';

describe('compilePlan', () => {
  it('interns activities and indexes, per activity, the constraints mentioning it', () => {
    const plan = compilePlan([
      { id: 'r', template: 'response', activities: ['A', 'B'], withinDays: 2 },
      { id: 'i', template: 'init', activities: ['C'] },
      { id: 'e', template: 'existence', activities: ['B'], withinDays: 1, reference: 'A' },
      { id: 'p', template: 'precedence', activities: ['A', 'A'] }
    ]);
    expect([...plan.activityIds]).toEqual([['A', 0], ['B', 1], ['C', 2]]);
    expect([...plan.code]).toEqual([TEMPLATE_CODE.response, TEMPLATE_CODE.init, TIMED_EXISTENCE_CODE, TEMPLATE_CODE.precedence]);
    expect([...plan.windowMs]).toEqual([2 * 86_400_000, -1, 86_400_000, -1]);
    // A: r (as A), e (as reference), p (both roles); B: r (as B), e (as A); C: init is evaluated per trace.
    expect([...plan.rowStart]).toEqual([0, 3, 5, 5]);
    expect([...plan.rowConstraint]).toEqual([0, 2, 3, 0, 2]);
    expect([...plan.rowRoles]).toEqual([ROLE_A, ROLE_B, ROLE_A | ROLE_B, ROLE_B, ROLE_A]);
    expect([...plan.initConstraints]).toEqual([1]);
  });
});
