import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { createMailSender, createRoutingSender, createTeamsMessageSender, createWorkflowWebhookSender } from '../../../src/adapters/teams/alertSenders';
import { createRoutingProbe, createSentItemsProbe, createTeamsMessageProbe } from '../../../src/adapters/teams/deliveryProbes';
import type { DeliveryProbe } from '../../../src/services/alerts/alertSender';
import { deliverAlert, deliveryIdOf, PROBING, type DeliveryOutcome } from '../../../src/services/alerts/deliverAlert';
import type { AlertLogStore } from '../../../src/services/ports';
import { createFaultInjector, type FaultInjector } from '../../../workbench/server/faults';
import { createGraphEmulator, type GraphEmulator, type OutboxItem } from '../../../workbench/server/graph';
import { TAB } from '../../fixtures/alerts/plannedAlerts';
import { memoryAlertLog } from '../../fixtures/services/memoryAlertLog';

let server: Server;
let origin: string;
let graph: GraphEmulator;
let faults: FaultInjector;
let dataDir: string;
const clock = { now: Date.UTC(2026, 9, 31, 12) };
const LEASE = 60_000;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'deliver-alert-'));
  graph = createGraphEmulator({ dataDir, now: () => clock.now });
  graph.seed({ users: [{ id: 'u-ann', displayName: 'Ann', userPrincipalName: 'ann@contoso.test', mail: 'ann@contoso.test' }], defaultUserUpn: 'ann@contoso.test' });
  faults = createFaultInjector({}, () => clock.now);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      if (await faults.handle(req, res, url)) return;
      if (await graph.handle(req, res, url)) return;
      res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  graph.reset();
  graph.seed({ users: [{ id: 'u-ann', displayName: 'Ann', userPrincipalName: 'ann@contoso.test', mail: 'ann@contoso.test' }], defaultUserUpn: 'ann@contoso.test' });
  faults.configure({ enabled: false });
});

const CHANNELS: PlannedAlert['channel'][] = ['teams-channel', 'teams-chat', 'mail', 'webhook'];
const TARGETS: Record<string, string> = { 'teams-channel': 'team-1/chan-1', 'teams-chat': 'chat-1', mail: 'lead@contoso.test', webhook: 'sales-alerts' };

function alerts(n: number): PlannedAlert[] {
  return Array.from({ length: n }, (_, i) => {
    const channel = CHANNELS[i % CHANNELS.length];
    return { dedupeKey: `O${i}|r|missing-exchange:T1|open`, ruleId: 'r', ruleName: 'R', opportunityId: `O${i}`, level: 'warning', channel, target: TARGETS[channel], title: `Alert ${i}`, lines: [{ opportunityId: `O${i}`, opportunityName: `Deal ${i}`, level: 'warning', text: 'Discovery missing.' }] };
  });
}

/** Every alert title delivered, once per message (cards' fallbackText, mail subjects without the ref). */
function deliveredTitles(outbox: readonly OutboxItem[]): string[] {
  return outbox.map((item) => (item.kind === 'mail' ? (item.subject ?? '').replace(/ \[ref [^\]]+\]$/, '') : String((item.cards[0] as { fallbackText?: string }).fallbackText))).sort();
}

/**
 * The webhook's channel cannot be read by the runner in production (no probe: `uncertain`); the
 * throughput tests let it read the emulator's outbox so that every channel kind settles.
 */
function webhookOutboxProbe(): DeliveryProbe {
  return {
    async find(_alert, deliveryId) {
      const outbox = (await (await fetch(`${origin}/_workbench/outbox`)).json()) as OutboxItem[];
      return outbox.find((item) => item.kind === 'webhook' && JSON.stringify(item.cards).includes(`"vn-delivery-${deliveryId}"`))?.id;
    }
  };
}

const HTTP = { token: async () => 'demo-token', sleep: async () => undefined, maxRetries: 8 };

/** The production look-ups: GET chat/channel messages and Sent Items through the emulator. */
function graphProbes(webhook: boolean): DeliveryProbe {
  // Look-ups keep the production timeout: the timeout under test is the delivery POST's.
  const options = { ...HTTP, timeoutMs: 5_000, graphBaseUrl: `${origin}/graph/v1.0` };
  const teams = createTeamsMessageProbe(options);
  return createRoutingProbe({ 'teams-channel': teams, 'teams-chat': teams, mail: createSentItemsProbe({ ...options, mailbox: 'me' }), ...(webhook ? { webhook: webhookOutboxProbe() } : {}) });
}

function runner(alertLog: AlertLogStore, name: string, timeoutMs: number = 5_000, webhookProbe: boolean = true): (alert: PlannedAlert) => Promise<DeliveryOutcome> {
  const http = { ...HTTP, timeoutMs };
  const sender = createRoutingSender({
    'teams-channel': createTeamsMessageSender({ ...http, graphBaseUrl: `${origin}/graph/v1.0`, tab: TAB }),
    'teams-chat': createTeamsMessageSender({ ...http, graphBaseUrl: `${origin}/graph/v1.0`, tab: TAB }),
    mail: createMailSender({ ...http, graphBaseUrl: `${origin}/graph/v1.0`, tab: TAB, mailbox: 'me' }),
    webhook: createWorkflowWebhookSender({ ...http, tab: TAB, connections: { 'sales-alerts': `${origin}/webhooks/workflows/sales-alerts` } })
  });
  return (alert) => deliverAlert(alert, { alertLog, sender, probe: graphProbes(webhookProbe), now: () => clock.now, leaseMs: LEASE, runner: name });
}

/**
 * Runs every alert through two concurrent runners per round, moving the clock past the lease between
 * rounds. `settleMs` of real time passes first: the lease's promise is that no request is still on
 * its way when it expires (production: a 10-minute lease over a 30-second request timeout), which the
 * fake clock alone would break when the emulator holds requests longer than the client waits.
 */
async function settle(list: readonly PlannedAlert[], alertLog: AlertLogStore, timeoutMs?: number, settleMs: number = 0): Promise<number> {
  const a = runner(alertLog, 'runner-a', timeoutMs);
  const b = runner(alertLog, 'runner-b', timeoutMs);
  for (let round = 1; round <= 10; round++) {
    const outcomes = await Promise.all(list.flatMap((alert) => [a(alert), b(alert)]));
    if (outcomes.every((o) => o === 'sent' || o === 'already-sent')) return round;
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    clock.now += LEASE + 1;
  }
  throw new Error('alerts did not settle in 10 rounds');
}

describe('deliverAlert against the Graph emulator', () => {
  it('delivers each of 40 alerts exactly once with two concurrent runners and 30% injected 429/503 faults', async () => {
    faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 1, paths: ['/graph/', '/webhooks/'], seed: 7 });
    const list = alerts(40);
    const alertLog = memoryAlertLog();
    await settle(list, alertLog);
    expect(deliveredTitles(graph.outbox())).toEqual(list.map((a) => a.title).sort());
    expect(list.map((a) => alertLog.all().find((r) => r.dedupeKey === a.dedupeKey)?.status)).toEqual(list.map(() => 'sent'));
  });

  it('resolves timeouts (requests that landed after the client gave up) by probing, without a second message', async () => {
    faults.configure({ enabled: true, failureRate: 0, latencyMs: { min: 0, max: 120 }, paths: ['/graph/', '/webhooks/'], seed: 3 });
    const list = alerts(12);
    const alertLog = memoryAlertLog();
    await settle(list, alertLog, 60, 150);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(deliveredTitles(graph.outbox())).toEqual(list.map((a) => a.title).sort());
  });

  it('recovers from a crash after sending and before marking sent: found by the probe, not sent again', async () => {
    const list = alerts(4);
    const alertLog = memoryAlertLog();
    let crashes = 0;
    const crashing: AlertLogStore = {
      ...alertLog,
      markSent: async (record, id, at) => {
        if (crashes < 4) {
          crashes++;
          throw new Error('process killed');
        }
        return alertLog.markSent(record, id, at);
      }
    };
    const first = runner(crashing, 'doomed');
    for (const alert of list) await expect(first(alert)).rejects.toThrow('process killed');
    clock.now += LEASE + 1;
    expect(await Promise.all(list.map(runner(alertLog, 'next')))).toEqual(['already-sent', 'already-sent', 'already-sent', 'already-sent']);
    expect(deliveredTitles(graph.outbox())).toEqual(list.map((a) => a.title).sort());
  });

  it('recovers from a crash after claiming and before sending: sent once by the next runner after the lease', async () => {
    const list = alerts(4);
    const alertLog = memoryAlertLog();
    const crashing: AlertLogStore = {
      ...alertLog,
      record: async (alert) => {
        if (alert.dedupeKey.endsWith('#s')) throw new Error('process killed');
        return alertLog.record(alert);
      }
    };
    for (const alert of list) await expect(runner(crashing, 'doomed')(alert)).rejects.toThrow('process killed');
    expect(await Promise.all(list.map(runner(alertLog, 'early')))).toEqual(['in-flight', 'in-flight', 'in-flight', 'in-flight']);
    clock.now += LEASE + 1;
    expect(await Promise.all(list.map(runner(alertLog, 'next')))).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(deliveredTitles(graph.outbox())).toEqual(list.map((a) => a.title).sort());
    expect(alertLog.all().filter((r) => r.dedupeKey.startsWith('O0|')).map((r) => [r.dedupeKey.slice(29), r.status])).toEqual([
      ['', 'sent'],
      ['#c1', 'failed'],
      ['#c2', 'sent'],
      ['#c2#s', 'pending']
    ]);
  });

  it('finds a delivery by its Graph message after a crash between the POST and the sent record: chat, channel and Sent Items ids', async () => {
    const list = alerts(3); // channel, chat, mail
    const alertLog = memoryAlertLog();
    const crashing: AlertLogStore = { ...alertLog, markSent: async () => Promise.reject(new Error('process killed')) };
    for (const alert of list) await expect(runner(crashing, 'doomed')(alert)).rejects.toThrow('process killed');
    clock.now += LEASE + 1;
    expect(await Promise.all(list.map(runner(alertLog, 'next')))).toEqual(['already-sent', 'already-sent', 'already-sent']);
    // The ids Graph gave the messages (chatMessage ids 1 and 2, the Sent Items copy of outbox item 3), not the delivery ids.
    expect(list.map((a) => alertLog.all().find((r) => r.dedupeKey === a.dedupeKey)?.messageId)).toEqual(['1', '2', 'sent-3']);
    expect(alertLog.all().filter((r) => r.dedupeKey.startsWith('O0|')).map((r) => [r.dedupeKey.slice(29), r.status, r.lastError])).toEqual([
      ['', 'sent', undefined],
      // The claim whose send the probe found is recorded as the one that delivered.
      ['#c1', 'sent', undefined],
      ['#c1#s', 'pending', undefined]
    ]);
    expect(graph.outbox().map((item) => item.kind)).toEqual(['channelMessage', 'chatMessage', 'mail']);
  });

  it('resends under the next claim when the probe finds nothing (the marker was written, the POST never left)', async () => {
    const [alert] = alerts(1);
    const alertLog = memoryAlertLog();
    const crashing: AlertLogStore = {
      ...alertLog,
      record: async (entry) => {
        const written = await alertLog.record(entry);
        if (entry.dedupeKey.endsWith('#s')) throw new Error('process killed');
        return written;
      }
    };
    await expect(runner(crashing, 'doomed')(alert)).rejects.toThrow('process killed');
    clock.now += LEASE + 1;
    expect(await runner(alertLog, 'next')(alert)).toBe('sent');
    expect(deliveredTitles(graph.outbox())).toEqual(['Alert 0']);
    expect(alertLog.all().find((r) => r.dedupeKey === `${alert.dedupeKey}#c1`)?.lastError).toBe(`delivery ${deliveryIdOf(`${alert.dedupeKey}#c1`)} not found in teams-channel: sent again under the next claim`);
  });

  it('looks again on the next run when the look-up itself fails, and never sends twice', async () => {
    const [alert] = alerts(1);
    const alertLog = memoryAlertLog();
    const crashing: AlertLogStore = { ...alertLog, markSent: async () => Promise.reject(new Error('process killed')) };
    await expect(runner(crashing, 'doomed')(alert)).rejects.toThrow('process killed');
    clock.now += LEASE + 1;
    const sender = createRoutingSender({});
    const broken: DeliveryProbe = { find: async () => Promise.reject(new Error('403: Chat.Read not granted')) };
    expect(await deliverAlert(alert, { alertLog, sender, probe: broken, now: () => clock.now, leaseMs: LEASE, runner: 'blind' })).toBe('in-flight');
    expect(alertLog.all().find((r) => r.dedupeKey === `${alert.dedupeKey}#c1`)?.lastError).toBe(`${PROBING}: look-up failed: 403: Chat.Read not granted`);
    expect(await runner(alertLog, 'next')(alert)).toBe('already-sent');
    expect(graph.outbox().map((item) => item.id)).toEqual(['1']);
  });

  it('reports a webhook send that may have landed as uncertain, on this run and every later one, without resending', async () => {
    const alert = alerts(4)[3];
    const alertLog = memoryAlertLog();
    const crashing: AlertLogStore = { ...alertLog, markSent: async () => Promise.reject(new Error('process killed')) };
    await expect(runner(crashing, 'doomed', 5_000, false)(alert)).rejects.toThrow('process killed');
    clock.now += LEASE + 1;
    expect(await runner(alertLog, 'next', 5_000, false)(alert)).toBe('uncertain');
    clock.now += LEASE + 1;
    expect(await runner(alertLog, 'later', 5_000, false)(alert)).toBe('uncertain');
    expect(graph.outbox().map((item) => item.kind)).toEqual(['webhook']);
    expect(alertLog.all().find((r) => r.dedupeKey === alert.dedupeKey)?.status).toBe('failed');
  });
});
