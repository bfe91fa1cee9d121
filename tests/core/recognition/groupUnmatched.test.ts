import { groupUnmatched, subjectPattern } from '../../../src/core/recognition/groupUnmatched';
import type { UnmatchedItem } from '../../../src/core/recognition/recogniseItems';

const item = (subject: string, timestamp: number, extra: Partial<UnmatchedItem> = {}): UnmatchedItem => ({ sourceKey: `k${timestamp}`, kind: 'mail', timestamp, subject, reason: 'no-recognition-rule', ...extra });

describe('groupUnmatched', () => {
  it('reads subjects as patterns: no reply prefixes, numbers as #', () => {
    expect(subjectPattern('RE: Fw: Security Questionnaire 2 (v3)')).toBe('security questionnaire # (v#)');
    expect(subjectPattern('  Pricing   call ')).toBe('pricing call');
  });

  it('groups by kind, reason and pattern, largest first, with newest examples and a deal', () => {
    const groups = groupUnmatched([
      item('Security questionnaire 1', 10, { opportunityId: 'O1' }),
      item('RE: Security questionnaire 2', 30, { opportunityId: 'O2' }),
      item('Security questionnaire 1', 20),
      item('Lunch', 40, { reason: 'no-customer-contact' }),
      item('Security questionnaire 3', 50, { kind: 'meeting' })
    ]);
    expect(groups).toEqual([
      { kind: 'mail', reason: 'no-recognition-rule', pattern: 'security questionnaire #', count: 3, examples: ['RE: Security questionnaire 2', 'Security questionnaire 1'], latest: 30, opportunityId: 'O2' },
      { kind: 'meeting', reason: 'no-recognition-rule', pattern: 'security questionnaire #', count: 1, examples: ['Security questionnaire 3'], latest: 50 },
      { kind: 'mail', reason: 'no-customer-contact', pattern: 'lunch', count: 1, examples: ['Lunch'], latest: 40 }
    ]);
    expect(groupUnmatched([item('a', 1), item('b', 2)], 1).map((g) => g.pattern)).toEqual(['b']);
  });
});
