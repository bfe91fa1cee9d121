import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { AlertDeliveryError, type AlertSender } from '../../../src/services/alerts/alertSender';
import { mailRecipients, reachableOnly, reachablePeople } from '../../../src/services/alerts/recipients';
import type { DirectoryPeople, DirectoryPerson } from '../../../src/services/ports';
import { IMMEDIATE } from '../../fixtures/alerts/plannedAlerts';

const PEOPLE: DirectoryPerson[] = [
  { login: 'ann@contoso.test', status: 'active', displayName: 'Ann Lee', mobilePhone: '+49 (0)151 2345 6789' },
  { login: 'bo@contoso.test', status: 'disabled', displayName: 'Bo Chen', mobilePhone: '+4917000000' },
  { login: 'cy@contoso.test', status: 'active', displayName: 'Cy Diaz' },
  { login: 'di@contoso.test', status: 'active', displayName: 'Di Fox', mobilePhone: '0151 2345 6789' },
  { login: 'ed@contoso.test', status: 'not-found' }
];

function directory(): DirectoryPeople & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    async people(logins) {
      asked.push([...logins]);
      return new Map(PEOPLE.filter((p) => logins.includes(p.login)).map((p) => [p.login, p]));
    }
  };
}

describe('reachablePeople', () => {
  it('takes SMS numbers from the Microsoft 365 profile where people asked for it, and says why not where it cannot', async () => {
    const dir = directory();
    const phones = { 'Ann@contoso.test': 'profile', 'bo@contoso.test': 'profile', 'cy@contoso.test': 'Profile', 'di@contoso.test': 'profile', 'fay@contoso.test': '+4915199999999' };
    const reachable = await reachablePeople(phones, [], dir);
    // Only the people whose number is in their profile are asked about.
    expect(dir.asked).toEqual([['ann@contoso.test', 'bo@contoso.test', 'cy@contoso.test', 'di@contoso.test']]);
    expect([...reachable.phones]).toEqual([
      ['ann@contoso.test', '+4915123456789'],
      ['bo@contoso.test', 'bo@contoso.test'],
      ['cy@contoso.test', 'cy@contoso.test'],
      ['di@contoso.test', 'di@contoso.test'],
      ['fay@contoso.test', '+4915199999999']
    ]);
    expect(reachable.notes).toEqual([
      'Bo Chen (bo@contoso.test) has a disabled account (left the company?): reassign their deals or remove them from the alert settings.',
      'Cy Diaz (cy@contoso.test) asked for SMS alerts to the mobile number in their Microsoft 365 profile, which holds none: add it there, or give one in alerts.sms.phones.',
      'Di Fox (di@contoso.test)\'s Microsoft 365 profile holds the mobile number "0151 2345 6789", which has no country code: write it as +<country code><number> there, or give one in alerts.sms.phones.'
    ]);
    expect([...reachable.undeliverable.keys()]).toEqual(['bo@contoso.test', 'cy@contoso.test', 'di@contoso.test']);
  });

  it('checks mail recipients too when asked, and without a directory says that profile numbers need one', async () => {
    const mail = (target: string): PlannedAlert => ({ ...IMMEDIATE, channel: 'mail', target });
    const planned = [mail('Ed@contoso.test'), mail('ann@contoso.test'), mail('ed@contoso.test'), { ...IMMEDIATE, channel: 'webhook' as const, target: 'sales-alerts' }];
    expect(mailRecipients(planned)).toEqual(['ed@contoso.test', 'ann@contoso.test']);
    const reachable = await reachablePeople({}, mailRecipients(planned), directory());
    expect([...reachable.undeliverable]).toEqual([['ed@contoso.test', 'ed@contoso.test has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.']]);
    const blind = await reachablePeople({ 'ann@contoso.test': 'profile' }, [], undefined);
    expect(blind.notes).toEqual(['ann@contoso.test asked for SMS alerts to the mobile number in their Microsoft 365 profile, but the monitor has no directory access: give the number in alerts.sms.phones.']);
    const none = await reachablePeople({ 'fay@contoso.test': '+4915199999999' }, [], directory());
    expect([none.notes, [...none.undeliverable]]).toEqual([[], []]);
  });
});

describe('reachableOnly', () => {
  it('refuses, with the reason, what cannot be delivered and sends the rest', async () => {
    const sent: string[] = [];
    const inner: AlertSender = { send: async (alert) => (sent.push(alert.target), `m-${alert.target}`) };
    const sender = reachableOnly(inner, new Map([['ed@contoso.test', 'ed@contoso.test has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.']]));
    await expect(sender.send({ ...IMMEDIATE, channel: 'mail', target: 'Ed@contoso.test' }, 'd1')).rejects.toEqual(new AlertDeliveryError('not-delivered', 'ed@contoso.test has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.'));
    expect(await sender.send({ ...IMMEDIATE, channel: 'mail', target: 'ann@contoso.test' }, 'd2')).toBe('m-ann@contoso.test');
    expect(sent).toEqual(['ann@contoso.test']);
  });
});
