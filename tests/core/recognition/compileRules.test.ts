import type { Blueprint } from '../../../src/core/model/blueprint';
import { compileRecognitionRules, firstMatch, ruleSpecificity, type ItemPeople } from '../../../src/core/recognition/compileRules';
import type { SourceItem } from '../../../src/core/recognition/sourceItem';
import { SMALL_TECHNICAL_BLUEPRINT } from '../../fixtures/alerts/technicalBlueprint';

const champion: ItemPeople = { all: [{ email: 'ann@s', roles: ['ae'] }, { email: 'carl@a', roles: ['champion'] }], sender: { email: 'ann@s', roles: ['ae'] }, recipients: [{ email: 'carl@a', roles: ['champion'] }] };
const nobody: ItemPeople = { all: [], recipients: [] };
const item = (kind: SourceItem['kind'], subject: string, extra: Partial<SourceItem> = {}): SourceItem => ({ kind, source: 'graph:calendar', stableId: 'x', timestamp: 0, subject, to: [], ...extra });

describe('compileRecognitionRules', () => {
  const rules = compileRecognitionRules(SMALL_TECHNICAL_BLUEPRINT);

  it('groups rules by item kind, those testing words first, recognition order among equals', () => {
    expect(rules.meeting.map((r) => [r.transactionId, r.specificity, r.transaction?.deliverable])).toEqual([
      ['T4', 1, 'Mutual plan'],
      ['T1', 0, 'Discovery call']
    ]);
    expect(rules.mail.map((r) => r.transactionId)).toEqual(['T2']);
    expect(rules.plannerTask.map((r) => r.transactionId)).toEqual(['T4']);
    expect(rules.listItem.map((r) => r.transactionId)).toEqual(['T3']);
  });

  it('matches words case-insensitively, roles by the people given, and list values trimmed', () => {
    expect(firstMatch(rules, item('meeting', 'MUTUAL Plan review'), champion)?.transactionId).toBe('T4');
    expect(firstMatch(rules, item('meeting', 'Intro'), champion)?.transactionId).toBe('T1');
    expect(firstMatch(rules, item('meeting', 'Mutual plan'), nobody)).toBeUndefined();
    expect(firstMatch(rules, item('mail', 'Re: Business Case'), { ...champion, recipients: [{ email: 'bea@a', roles: ['buyer'] }] })?.transactionId).toBe('T2');
    expect(firstMatch(rules, item('mail', 'Business case'), champion)).toBeUndefined();
    expect(firstMatch(rules, item('plannerTask', 'Mutual plan', { completed: true }), nobody)?.transactionId).toBe('T4');
    expect(firstMatch(rules, item('plannerTask', 'Mutual plan', { completed: false }), nobody)).toBeUndefined();
    expect(firstMatch(rules, item('listItem', '', { listTitle: 'ORDERS', fields: { Status: ' signed ' } }), nobody)?.transactionId).toBe('T3');
    expect(firstMatch(rules, item('listItem', '', { listTitle: 'Orders', fields: { Status: 'draft' } }), nobody)).toBeUndefined();
  });

  it('compiles csv rules to nothing, blank words to no test, and an unknown transaction to undefined', () => {
    const blueprint: Blueprint = {
      ...SMALL_TECHNICAL_BLUEPRINT,
      technical: {
        recognition: [
          { transactionId: 'T9', rules: [{ kind: 'meeting', attendeeRole: 'champion', subjectContains: '  ' }] },
          { transactionId: 'T1', rules: [{ kind: 'csv', column: 'Activity', value: 'Call' }] }
        ],
        participants: [],
        alertRules: []
      }
    };
    const compiled = compileRecognitionRules(blueprint);
    expect(compiled.meeting.map((r) => [r.transactionId, r.specificity, r.transaction])).toEqual([['T9', 0, undefined]]);
    expect(firstMatch(compiled, item('meeting', 'anything'), champion)?.transactionId).toBe('T9');
    expect([compiled.mail.length, compiled.plannerTask.length, compiled.listItem.length]).toEqual([0, 0, 0]);
    expect(compileRecognitionRules({ ...SMALL_TECHNICAL_BLUEPRINT, technical: undefined }).meeting).toEqual([]);
  });

  it('ranks meeting and mail rules with words above those without; other kinds always test something', () => {
    expect(ruleSpecificity({ kind: 'meeting', attendeeRole: 'a' })).toBe(0);
    expect(ruleSpecificity({ kind: 'mail', fromRole: 'a', toRole: 'b', subjectContains: 'x' })).toBe(1);
    expect(ruleSpecificity({ kind: 'plannerTask', titleContains: '' })).toBe(1);
  });
});
