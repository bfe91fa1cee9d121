import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { smsAlerts, smsKey } from '../../../src/core/alerts/smsAlerts';
import { IMMEDIATE } from '../../fixtures/alerts/plannedAlerts';

const NOW = Date.UTC(2026, 9, 30, 14, 0); // Friday 15:00 in Berlin
const alert = (id: string, level: PlannedAlert['level'], extra: Partial<PlannedAlert> = {}): PlannedAlert => ({ ...IMMEDIATE, dedupeKey: `${id}|dev|x|open`, opportunityId: id, level, ...extra });

describe('smsAlerts', () => {
  it('texts the owner who opted in about High alerts on their deals, under the alert\'s key and |sms', () => {
    const owners = new Map([['O1', 'Ann@x.example'], ['O2', 'bob@x.example'], ['O3', 'ann@x.example']]);
    const phones = new Map([['ann@x.example', '+4915112345678']]);
    const planned = [alert('O1', 'critical'), alert('O2', 'critical'), alert('O3', 'warning'), alert('*', 'critical', { dealIds: ['O1'] })];
    expect(smsAlerts(planned, owners, { phones }, NOW).map((a) => [a.dedupeKey, a.channel, a.target])).toEqual([['O1|dev|x|open|sms', 'sms', '+4915112345678']]);
    expect(smsAlerts(planned, owners, { phones, minLevel: 'warning' }, NOW).map((a) => a.opportunityId)).toEqual(['O1', 'O3']);
    expect(smsAlerts(planned, owners, { phones, quietHours: { fromHour: 14, toHour: 16, timeZone: 'Europe/Berlin' } }, NOW)).toEqual([]);
  });

  it('keeps long keys within 255 characters', () => {
    const key = smsKey('k'.repeat(254));
    expect([key.length, key.slice(-9, -8)]).toEqual([255, '#']);
  });
});
