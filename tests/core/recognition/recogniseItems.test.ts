import { recogniseItems } from '../../../src/core/recognition/recogniseItems';
import type { RecognitionContext } from '../../../src/core/recognition/recognitionContext';
import type { SourceItem } from '../../../src/core/recognition/sourceItem';
import { SMALL_TECHNICAL_BLUEPRINT as blueprint } from '../../fixtures/alerts/technicalBlueprint';

const context: RecognitionContext = {
  blueprint,
  participants: blueprint.technical?.participants ?? [],
  opportunities: [
    { id: 'O1', account: 'acme', status: 'open' },
    { id: 'O2', account: 'acme', status: 'won' },
    { id: 'O3', account: 'globex', status: 'open' },
    { id: 'O4', account: 'globex', status: 'open' }
  ]
};

const meeting = (stableId: string, subject: string, to: string[], timestamp: number = 1000): SourceItem => ({ kind: 'meeting', source: 'graph:calendar', stableId, timestamp, subject, from: 'ann@seller.example', to });

describe('recogniseItems', () => {
  it('recognises a meeting with the champion of the one open opportunity of the account', () => {
    const result = recogniseItems([meeting('ical-1', 'Intro', ['Carl@Acme.example'])], context);
    expect(result.interactions).toEqual([
      {
        opportunityId: 'O1',
        timestamp: 1000,
        activity: 'T1',
        transactionId: 'T1',
        fromParticipant: 'ann@seller.example',
        toParticipant: 'carl@acme.example',
        fromRole: 'ae',
        toRole: 'champion',
        channel: 'meeting',
        source: 'graph:calendar',
        sourceKey: 'graph:calendar:ical-1'
      }
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('prefers the rule that also tests words: a "mutual plan" meeting is T4, not T1', () => {
    const result = recogniseItems([meeting('ical-2', 'Mutual plan review', ['carl@acme.example'])], context);
    expect(result.interactions.map((i) => i.transactionId)).toEqual(['T4']);
  });

  it('needs the sender in fromRole and a recipient in toRole for mail, and the subject words', () => {
    const mail = (stableId: string, subject: string, from: string, to: string[]): SourceItem => ({ kind: 'mail', source: 'graph:mail', stableId, timestamp: 5, subject, from, to });
    const result = recogniseItems(
      [mail('<m1@x>', 'Business case v2', 'ann@seller.example', ['bea@acme.example']), mail('<m2@x>', 'Business case', 'bea@acme.example', ['ann@seller.example']), mail('<m3@x>', 'Lunch?', 'ann@seller.example', ['bea@acme.example'])],
      context
    );
    expect(result.interactions.map((i) => [i.sourceKey, i.transactionId, i.fromParticipant, i.toParticipant])).toEqual([['graph:mail:<m1@x>', 'T2', 'ann@seller.example', 'bea@acme.example']]);
    expect(result.unmatched.map((u) => [u.sourceKey, u.reason, u.opportunityId])).toEqual([
      ['graph:mail:<m2@x>', 'no-recognition-rule', 'O1'],
      ['graph:mail:<m3@x>', 'no-recognition-rule', 'O1']
    ]);
  });

  it('uses a [tag] in the subject first, and counts every miss by reason', () => {
    const items: SourceItem[] = [
      meeting('a', '[O3] Discovery', ['gus@globex.example']),
      meeting('b', 'Discovery', ['gus@globex.example']),
      meeting('c', 'Internal sync', ['zed@seller.example']),
      meeting('d', 'Two customers', ['carl@acme.example', 'gus@globex.example']),
      meeting('a', '[O3] Discovery (same meeting, other calendar)', ['gus@globex.example']),
      { kind: 'plannerTask', source: 'graph:planner', stableId: 't1', timestamp: 9, subject: '[O1] Mutual plan', from: 'ann@seller.example', to: [], completed: false },
      { kind: 'plannerTask', source: 'graph:planner', stableId: 't2', timestamp: 9, subject: '[O1] Mutual plan', from: 'ann@seller.example', to: [], completed: true },
      { kind: 'listItem', source: 'graph:list', stableId: 'l/7', timestamp: 11, subject: '[O1] Order', to: [], listTitle: 'orders', fields: { Status: ' signed ' } }
    ];
    const result = recogniseItems(items, context);
    expect(result.interactions.map((i) => [i.sourceKey, i.opportunityId, i.transactionId, i.channel])).toEqual([
      ['graph:calendar:a', 'O3', 'T1', 'meeting'],
      ['graph:planner:t2', 'O1', 'T4', 'task'],
      ['graph:list:l/7', 'O1', 'T3', 'workflow']
    ]);
    expect(result.unmatched.map((u) => [u.sourceKey, u.reason])).toEqual([
      ['graph:calendar:b', 'several-open-opportunities'],
      ['graph:calendar:c', 'no-customer-contact'],
      ['graph:calendar:d', 'several-accounts'],
      ['graph:planner:t1', 'incomplete-task']
    ]);
    expect(result.unmatchedByReason).toEqual({ 'no-customer-contact': 1, 'several-accounts': 1, 'no-open-opportunity': 0, 'several-open-opportunities': 1, 'no-recognition-rule': 0, 'incomplete-task': 1 });
  });
});
