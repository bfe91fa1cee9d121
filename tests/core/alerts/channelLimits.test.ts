import { applyChannelLimits } from '../../../src/core/alerts/channelLimits';
import { dedupeKey, MAX_DEDUPE_KEY_LENGTH } from '../../../src/core/alerts/dedupeKey';
import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { overdueExchanges } from '../../../src/core/alerts/overdueExchanges';
import { SMALL_TECHNICAL_BLUEPRINT } from '../../fixtures/alerts/technicalBlueprint';

const alert = (key: string, target: string): PlannedAlert => ({ dedupeKey: key, ruleId: 'r', ruleName: 'R', opportunityId: 'O', level: 'info', channel: 'teams-channel', target, title: key, lines: [] });

describe('applyChannelLimits', () => {
  it('paces each channel at 4 per second and stops at its daily budget', () => {
    const alerts = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((k) => alert(k, 'A')).concat([alert('b1', 'B')]);
    const plan = applyChannelLimits(alerts, new Map([['teams-channel:A', 2995]]), { perSecond: 4, perDay: 3000 });
    expect(plan.send.map((s) => [s.alert.dedupeKey, s.delayMs])).toEqual([
      ['a1', 0],
      ['a2', 0],
      ['a3', 0],
      ['a4', 0],
      ['a5', 1000],
      ['b1', 0]
    ]);
    expect(plan.deferred.map((a) => a.dedupeKey)).toEqual(['a6']);
  });
});

describe('dedupeKey', () => {
  it('joins the parts and shortens long keys with a hash of the whole', () => {
    expect(dedupeKey('O1', 'r', 'late:T2', 'open')).toBe('O1|r|late:T2|open');
    const long = dedupeKey('O1', 'r', 'x'.repeat(300), 'open');
    expect(long.length).toBe(MAX_DEDUPE_KEY_LENGTH);
    expect(long.slice(-9)).toMatch(/^#[0-9a-f]{8}$/);
    expect(dedupeKey('O1', 'r', 'x'.repeat(300), 'other')).not.toBe(long);
  });
});

describe('overdueExchanges', () => {
  it('anchors on stage entry or the preceding transaction and skips what happened', () => {
    const DAY = 86_400_000;
    const opportunity = { id: 'O', account: 'a', owner: 'o', amount: 1, status: 'open' as const, createdAt: 0, stageHistory: [{ stageId: 'discover', enteredAt: 0 }] };
    expect(overdueExchanges(SMALL_TECHNICAL_BLUEPRINT, opportunity, [], 8 * DAY)).toEqual([{ transactionId: 'T1', dueAt: 7 * DAY }]);
    const t1 = { opportunityId: 'O', timestamp: 2 * DAY, activity: 'T1', transactionId: 'T1', source: 's', sourceKey: 'k' };
    expect(overdueExchanges(SMALL_TECHNICAL_BLUEPRINT, opportunity, [t1], 8 * DAY)).toEqual([{ transactionId: 'T2', dueAt: 7 * DAY }]);
    expect(overdueExchanges(SMALL_TECHNICAL_BLUEPRINT, opportunity, [t1], 7 * DAY)).toEqual([]);
    expect(overdueExchanges(SMALL_TECHNICAL_BLUEPRINT, { ...opportunity, status: 'lost' }, [], 30 * DAY)).toEqual([]);
  });
});
