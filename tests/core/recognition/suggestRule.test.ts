import type { Blueprint, Transaction } from '../../../src/core/model/blueprint';
import { patternWords, suggestRecognitionRule } from '../../../src/core/recognition/suggestRule';

const roles = [{ id: 'ae', name: 'Account executive', side: 'internal' }, { id: 'cfo', name: 'Economic buyer', side: 'customer' }] as Blueprint['roles'];
const t = { id: 'T5', from: 'ae', to: 'cfo' } as Transaction;

describe('suggestRecognitionRule', () => {
  it('keeps the words of a pattern a rule can look for', () => {
    expect(patternWords('[opp-#] pricing question')).toBe('pricing question');
    expect(patternWords('security questionnaire # (v#)')).toBe('security questionnaire');
    expect(patternWords('#')).toBe('');
  });

  it('suggests a mail between the exchange\'s roles, a meeting with its customer role, a Planner task', () => {
    expect(suggestRecognitionRule({ kind: 'mail', pattern: '[opp-#] pricing question' }, t, { roles })).toEqual({ kind: 'mail', fromRole: 'ae', toRole: 'cfo', subjectContains: 'pricing question' });
    expect(suggestRecognitionRule({ kind: 'meeting', pattern: 'lunch with champion' }, { ...t, from: 'cfo', to: 'ae' }, { roles })).toEqual({ kind: 'meeting', attendeeRole: 'cfo', subjectContains: 'lunch with champion' });
    expect(suggestRecognitionRule({ kind: 'plannerTask', pattern: '[opp-#] update crm notes' }, t, { roles })).toEqual({ kind: 'plannerTask', titleContains: 'update crm notes' });
    expect(suggestRecognitionRule({ kind: 'listItem', pattern: 'x' }, t, { roles })).toBeUndefined();
  });
});
