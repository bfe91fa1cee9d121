import { currentStageId, findSingleThreading, findUncoveredRoles } from '../../../src/core/conformance/interactionDeviations';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { Interaction } from '../../../src/core/model/interaction';
import salesBlueprint from '../../fixtures/core/salesBlueprint.json';

const blueprint = salesBlueprint as Blueprint;

function exchange(index: number, extra: Partial<Interaction>): Interaction {
  return { opportunityId: 'o', timestamp: index, activity: 't1', source: 'test', sourceKey: `k${index}`, ...extra };
}

describe('currentStageId', () => {
  it('takes the latest entry, the later one in history order on ties', () => {
    expect(currentStageId({ stageHistory: [{ stageId: 'validate', enteredAt: 5 }, { stageId: 'discover', enteredAt: 1 }, { stageId: 'close', enteredAt: 5 }] })).toBe('close');
    expect(currentStageId({ stageHistory: [] })).toBeUndefined();
  });
});

describe('findSingleThreading', () => {
  it('is silent with two customer contacts or none', () => {
    const two = [exchange(0, { toRole: 'champion', toParticipant: 'carl' }), exchange(1, { activity: 't4', toParticipant: 'erin' })];
    expect(findSingleThreading(blueprint, { stageHistory: [] }, two)).toEqual([]);
    // Seller-side participants never count as customer contacts.
    expect(findSingleThreading(blueprint, { stageHistory: [] }, [exchange(0, { fromParticipant: 'ann' })])).toEqual([]);
  });

  it('uses the recognised transaction\'s roles when none are recorded', () => {
    const deviations = findSingleThreading(blueprint, { stageHistory: [{ stageId: 'validate', enteredAt: 0 }] }, [
      exchange(0, { fromParticipant: 'ann', toParticipant: 'Carl' }),
      exchange(1, { activity: 't2', fromParticipant: ' carl' })
    ]);
    expect(deviations.map((d) => [d.kind, d.severity, d.stageId, d.interactions])).toEqual([['single-threaded', 'high', 'validate', [0, 1]]]);
  });
});

describe('findUncoveredRoles', () => {
  it('looks only at stages up to the current one', () => {
    const inValidate = { stageHistory: [{ stageId: 'discover', enteredAt: 0 }, { stageId: 'validate', enteredAt: 1 }] };
    expect(findUncoveredRoles(blueprint, inValidate, [exchange(0, {})]).map((d) => [d.roleId, d.stageId])).toEqual([['eb', 'validate']]);
    expect(findUncoveredRoles(blueprint, { stageHistory: [] }, []).map((d) => [d.roleId, d.stageId, d.message])).toEqual([
      ['champion', 'discover', 'No one has engaged the champion yet, although the blueprint involves them from Discover.']
    ]);
  });
});
