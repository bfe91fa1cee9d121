import { groupIntoTraces } from '../../../src/core/model/eventLog';
import type { Interaction } from '../../../src/core/model/interaction';

function interaction(opportunityId: string, activity: string, timestamp: number, fromParticipant?: string): Interaction {
  return { opportunityId, activity, timestamp, fromParticipant, source: 'test', sourceKey: `${opportunityId}-${activity}-${timestamp}` };
}

describe('groupIntoTraces', () => {
  it('groups by case in order of first appearance and sorts events by time', () => {
    const traces = groupIntoTraces([
      interaction('B', 'b2', 20),
      interaction('A', 'a2', 30),
      interaction('B', 'b1', 10),
      interaction('A', 'a1', 5, 'Pete')
    ]);
    expect(traces).toEqual([
      { caseId: 'B', events: [{ activity: 'b1', timestamp: 10 }, { activity: 'b2', timestamp: 20 }] },
      { caseId: 'A', events: [{ activity: 'a1', timestamp: 5, resource: 'Pete' }, { activity: 'a2', timestamp: 30 }] }
    ]);
  });

  it('keeps input order for equal timestamps', () => {
    const traces = groupIntoTraces([interaction('A', 'x', 7), interaction('A', 'y', 7), interaction('A', 'w', 3), interaction('A', 'z', 7)]);
    expect(traces[0].events.map((e) => e.activity)).toEqual(['w', 'x', 'y', 'z']);
  });
});
