/** @jest-environment node */
import { createAcsSmsProbe, createAcsSmsSender, parseAcsConnectionString, repeatabilityId, type AcsSmsOptions } from '../../../src/adapters/teams/acsSms';
import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { AlertDeliveryError } from '../../../src/services/alerts/alertSender';
import { deliverAlert, type DeliveryOutcome } from '../../../src/services/alerts/deliverAlert';
import { mixedFaults } from '../../../workbench/server/faults';
import { workbenchAcsConnectionString } from '../../../workbench/server/graph/sms';
import { IMMEDIATE } from '../../fixtures/alerts/plannedAlerts';
import { memoryAlertLog } from '../../fixtures/services/memoryAlertLog';
import { startSiteAndGraph, type SiteAndGraph } from '../../workbench/siteAndGraph';

jest.setTimeout(240_000);

let env: SiteAndGraph;
let options: AcsSmsOptions;
beforeEach(async () => {
  env = await startSiteAndGraph();
  options = { ...parseAcsConnectionString(workbenchAcsConnectionString(env.origin)), from: '+18005550100', retryDelayMs: 1, timeoutMs: 150 };
});
afterEach(async () => env.close());

const sms = (target: string, key: string = 'O1|sms|missing-exchange:T2|open'): PlannedAlert => ({ ...IMMEDIATE, dedupeKey: key, channel: 'sms' as PlannedAlert['channel'], target });
const smsOutbox = (): { target: string; body?: string; sender: string }[] => env.graph.outbox().filter((item) => item.kind === 'sms');

describe('the ACS SMS sender against the emulator', () => {
  it('reads a connection string and signs requests the emulator accepts: one SMS in the outbox', async () => {
    expect(parseAcsConnectionString('Endpoint=https://contoso.communication.azure.com/;AccessKey=a2V5')).toEqual({ endpoint: 'https://contoso.communication.azure.com', accessKey: 'a2V5' });
    expect(() => parseAcsConnectionString('accesskey=a2V5')).toThrow('The ACS connection string needs endpoint=https://<resource>.communication.azure.com/.');
    expect(repeatabilityId('vn0123abcd')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    const id = await createAcsSmsSender(options).send(sms('+4915112345678'), 'vn0123abcd');
    expect(id).toBe('Outgoing_00000001_noam');
    expect(smsOutbox()).toEqual([expect.objectContaining({ target: '+4915112345678', sender: '+18005550100', body: 'High: Missing: Acme & Co "big" deal. Business case <b>missing</b> *now* [ref vn0123abcd]' })]);
  });

  it('refuses a wrong key (401), a number not in E.164 before sending, and counts a repeat once', async () => {
    await expect(createAcsSmsSender({ ...options, accessKey: Buffer.from('wrong').toString('base64') }).send(sms('+4915112345678'), 'vn1')).rejects.toMatchObject({ failure: 'not-delivered', status: 401 });
    await expect(createAcsSmsSender(options).send(sms('0151 1234 5678'), 'vn2')).rejects.toEqual(new AlertDeliveryError('not-delivered', '"0151 1234 5678" is not a phone number in E.164 form (+<country code><number>).'));
    const sender = createAcsSmsSender(options);
    expect(await sender.send(sms('+4915112345678'), 'vn3')).toBe('Outgoing_00000001_noam');
    // The same delivery again (a lost answer's resend): ACS answers `rejected` and sends nothing new.
    expect(await createAcsSmsProbe(options).find(sms('+4915112345678'), 'vn3')).toBe('Outgoing_00000001_noam');
    expect(smsOutbox()).toHaveLength(1);
  });

  it('delivers 1,000 SMS alerts exactly once through the AlertLog at 30 % mixed faults (before and after ACS acts)', async () => {
    env.faults.configure(mixedFaults(['/sms'], 18));
    const log = memoryAlertLog();
    const alerts = Array.from({ length: 1000 }, (_, i) => sms(`+49151${String(1_000_000 + i)}`, `O${i}|sms|missing-exchange:T2|open`));
    const deps = { alertLog: log, sender: createAcsSmsSender(options), probe: createAcsSmsProbe(options), now: Date.now, leaseMs: 0, runner: 'test' };
    const outcomes: Record<string, number> = {};
    let pending = alerts;
    for (let run = 0; run < 5 && pending.length > 0; run++) {
      const results: DeliveryOutcome[] = [];
      for (const alert of pending) results.push(await deliverAlert(alert, deps));
      results.forEach((r) => { outcomes[r] = (outcomes[r] ?? 0) + 1; });
      pending = pending.filter((_, i) => results[i] !== 'sent' && results[i] !== 'already-sent');
    }
    const counts = env.faults.counts();
    const perNumber = new Map<string, number>();
    for (const item of smsOutbox()) perNumber.set(item.target, (perNumber.get(item.target) ?? 0) + 1);
    const lost = alerts.filter((a) => !perNumber.has(a.target)).length;
    const duplicated = [...perNumber.values()].filter((n) => n > 1).length;
    process.stdout.write(`acs sms 1,000 at 30 % mixed: lost ${lost}, duplicated ${duplicated}, outcomes ${JSON.stringify(outcomes)}, faults ${JSON.stringify(counts)}, requests ${env.requests()}\n`);
    expect([lost, duplicated, pending.length]).toEqual([0, 0, 0]);
    expect(log.all().filter((r) => !r.dedupeKey.includes('#')).every((r) => r.status === 'sent')).toBe(true);
    expect(counts.preCommit + counts.postCommit).toBeGreaterThan(300);
  });
});
