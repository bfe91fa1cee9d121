import { stageEntryActivity, traceWithStageEntries } from '../../../src/core/conformance/stageEntries';

describe('traceWithStageEntries', () => {
  it('merges stage entries by time, before interactions at the same instant', () => {
    const trace = { caseId: 'o1', events: [{ activity: 't1', timestamp: 10 }, { activity: 't4', timestamp: 20 }, { activity: 't5', timestamp: 40 }] };
    const withStages = traceWithStageEntries(trace, {
      stageHistory: [
        { stageId: 'close', enteredAt: 50 },
        { stageId: 'discover', enteredAt: 5 },
        { stageId: 'validate', enteredAt: 20 }
      ]
    });
    expect(withStages).toEqual({
      caseId: 'o1',
      events: [
        { activity: 'stage:discover', timestamp: 5 },
        { activity: 't1', timestamp: 10 },
        { activity: 'stage:validate', timestamp: 20 },
        { activity: 't4', timestamp: 20 },
        { activity: 't5', timestamp: 40 },
        { activity: 'stage:close', timestamp: 50 }
      ]
    });
    expect(trace.events).toHaveLength(3);
  });

  it('names stage entries stage:<id>', () => {
    expect(stageEntryActivity('validate')).toBe('stage:validate');
  });
});
