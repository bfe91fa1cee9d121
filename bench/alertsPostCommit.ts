/**
 * Exactly-once alerts when answers are lost: 1,000 alerts delivered by the monitor (one runner, as a
 * site schedules it; tests/services/alerts/deliverAlertPostCommit.test.ts runs two at once), the
 * AlertLog in the SharePoint emulator and the four channels (Teams channel and chat messages, mail,
 * Workflows webhook) in the Graph emulator, 30 % of all requests to both faulted before or after they
 * were applied (`mixedFaults`). Runs round after round, the clock moving past the claim lease between
 * rounds, until every alert is sent. Run by the `data_layer` suite.
 *
 * Keys:
 *   alerts.postcommit_1000.lost        alerts with no message in their channel, or not recorded as sent (goal 0)
 *   alerts.postcommit_1000.duplicated  messages beyond one per alert (goal 0)
 *   alerts.postcommit_1000.rounds      monitor runs over the undelivered alerts until none was left, plus
 *                                      one over all (a lost answer may wait a lease)
 *   alerts.postcommit_1000.requests    HTTP requests to both emulators, faulted ones included
 *   alerts.postcommit_1000.faulted_pct share of those requests faulted, % (pre- and post-commit together)
 *   alerts.postcommit_1000.ms          wall time, ms
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAlertLogStore, createNodeSp, createSharePointProvisioner } from '../src/adapters/sharepoint';
import { createMailSender, createRoutingSender, createTeamsMessageSender, createWorkflowWebhookSender, createRoutingProbe, createSentItemsProbe, createTeamsMessageProbe } from '../src/adapters/teams';
import type { PlannedAlert } from '../src/core/alerts';
import type { DeliveryProbe } from '../src/services';
import { deliverAlert, type DeliveryOutcome, setUpSite } from '../src/services';
import { createFaultInjector, mixedFaults } from '../workbench/server/faults';
import { createGraphEmulator, type OutboxItem } from '../workbench/server/graph';
import { createSharePointEmulator } from '../workbench/server/sharepoint';
import type { BenchFigure } from './harness';

const ALERTS = 1000;
/** Alerts in flight at once: the monitor delivers a run's alerts a few at a time. */
const CONCURRENCY = 50;
const LEASE_MS = 60_000;
const TIMEOUT_MS = 150;
const HOLD_MS = 300;
const TAB = { appId: 'a1b2c3d4-0000-4000-8000-000000000001', entityId: 'performanceDashboard' };
const CHANNELS: PlannedAlert['channel'][] = ['teams-channel', 'teams-chat', 'mail', 'webhook'];
const TARGETS: Record<string, string> = { 'teams-channel': 'team-1/chan-1', 'teams-chat': 'chat-1', mail: 'lead@contoso.test', webhook: 'sales-alerts' };
const noSleep = async (): Promise<void> => undefined;

function alerts(n: number): PlannedAlert[] {
  return Array.from({ length: n }, (_, i) => {
    const channel = CHANNELS[i % CHANNELS.length];
    return { dedupeKey: `O${i}|r|missing-exchange:T1|open`, ruleId: 'r', ruleName: 'R', opportunityId: `O${i}`, level: 'warning', channel, target: TARGETS[channel], title: `Alert ${i}`, lines: [{ opportunityId: `O${i}`, opportunityName: `Deal ${i}`, level: 'warning', text: 'Discovery missing.' }] };
  });
}

/** The alert title each outbox item carries (mail subjects without the ref, cards' fallback text). */
const titleOf = (item: OutboxItem): string => (item.kind === 'mail' ? (item.subject ?? '').replace(/ \[ref [^\]]+\]$/, '') : String((item.cards[0] as { fallbackText?: string }).fallbackText));

/** Runs `fn` over `items`, `limit` at a time. */
async function pooled<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function alertsPostCommitCase(): Promise<BenchFigure[]> {
  const clock = { now: Date.UTC(2026, 9, 31, 12) };
  // In memory where the system has a tmpfs: the emulators fsync every write (tens of thousands here),
  // and the disk's fsync latency is not what this case measures.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'vn-bench-alerts-'));
  const faults = createFaultInjector({}, () => clock.now);
  const sharePoint = createSharePointEmulator({ dataDir, partFault: faults.partFault });
  const graph = createGraphEmulator({ dataDir, now: () => clock.now, partFault: faults.partFault });
  graph.seed({ users: [{ id: 'u-ann', displayName: 'Ann', userPrincipalName: 'ann@contoso.test', mail: 'ann@contoso.test' }], defaultUserUpn: 'ann@contoso.test' });
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    (async () => {
      if (await faults.handle(req, res, url)) return;
      if (await sharePoint.handle(req, res, url)) return;
      if (await graph.handle(req, res, url)) return;
      res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const siteUrl = `${origin}${sharePoint.sitePath}`;
  const graphUrl = `${origin}/graph/v1.0`;
  try {
    await setUpSite(createSharePointProvisioner(createNodeSp(siteUrl, { headers: { Authorization: 'Bearer user:owner' } })));
    // The webhook's channel cannot be searched in production (such a send ends `uncertain`, for a
    // person); here the runners may read the emulator's outbox so that every channel settles.
    const webhookProbe: DeliveryProbe = {
      async find(_alert, deliveryId) {
        const outbox = (await (await fetch(`${origin}/_workbench/outbox`)).json()) as OutboxItem[];
        return outbox.find((item) => item.kind === 'webhook' && JSON.stringify(item.cards).includes(`"vn-delivery-${deliveryId}"`))?.id;
      }
    };
    const runner = (name: string): ((alert: PlannedAlert) => Promise<DeliveryOutcome | 'crashed'>) => {
      const alertLog = createAlertLogStore(createNodeSp(siteUrl, { headers: { Authorization: 'Bearer user:owner' }, retry: { sleep: noSleep } }));
      const http = { token: async () => 'demo-token', sleep: noSleep, maxRetries: 8, timeoutMs: TIMEOUT_MS };
      const onGraph = { ...http, graphBaseUrl: graphUrl, tab: TAB };
      const sender = createRoutingSender({
        'teams-channel': createTeamsMessageSender(onGraph),
        'teams-chat': createTeamsMessageSender(onGraph),
        mail: createMailSender({ ...onGraph, mailbox: 'me' }),
        webhook: createWorkflowWebhookSender({ ...http, tab: TAB, connections: { 'sales-alerts': `${origin}/webhooks/workflows/sales-alerts` } })
      });
      const teams = createTeamsMessageProbe(onGraph);
      const probe = createRoutingProbe({ 'teams-channel': teams, 'teams-chat': teams, mail: createSentItemsProbe({ ...onGraph, mailbox: 'me' }), webhook: webhookProbe });
      // A run that throws is that runner crashing on this alert; the next round runs it again.
      return (alert) => deliverAlert(alert, { alertLog, sender, probe, now: () => clock.now, leaseMs: LEASE_MS, runner: name }).catch(() => 'crashed' as const);
    };
    const list = alerts(ALERTS);
    const monitor = runner('monitor');
    faults.configure(mixedFaults(['/sites/', '/graph/', '/webhooks/'], 41, HOLD_MS));
    requests = 0;
    const start = performance.now();
    // Each round the monitor runs every alert not yet delivered; once all are, one more round runs
    // them all, as its next run would (every one must find its alert sent, none send again).
    let rounds = 0;
    let pending = list;
    for (let last = false; !last && rounds < 30; ) {
      last = pending.length === 0;
      const round = last ? list : pending;
      rounds++;
      const outcomes = await pooled(round, CONCURRENCY, monitor);
      pending = round.filter((_, i) => outcomes[i] !== 'sent' && outcomes[i] !== 'already-sent');
      if (last) pending = [];
      // Answers held past the timeout are still on their way for a moment: the lease outlives them.
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS + 50));
      clock.now += LEASE_MS + 1;
    }
    const ms = performance.now() - start;
    const counts = faults.counts();
    const faultedRequests = requests;
    faults.configure({ enabled: false });

    const delivered = new Map<string, number>();
    for (const item of graph.outbox()) delivered.set(titleOf(item), (delivered.get(titleOf(item)) ?? 0) + 1);
    const log = sharePoint.store.lists().find((l) => l.title === 'AlertLog');
    const sentKeys = new Set(sharePoint.store.items(log?.id ?? '').filter((item) => item.values.VNStatus === 'sent').map((item) => String(item.values.VNDedupeKey)));
    const lost = list.filter((alert) => (delivered.get(alert.title) ?? 0) === 0 || !sentKeys.has(alert.dedupeKey)).length;
    const duplicated = [...delivered.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const figure = (key: string, value: number, unit: string, label: string): BenchFigure => ({ key: `alerts.postcommit_1000.${key}`, value, unit, label });
    return [
      figure('lost', lost, 'alerts', 'alerts not delivered or not recorded as sent, 30% mixed faults'),
      figure('duplicated', duplicated, 'messages', 'messages beyond one per alert'),
      figure('rounds', rounds, 'rounds', 'monitor runs until every alert was sent, and one more over all'),
      figure('requests', faultedRequests, 'requests', 'HTTP requests to both emulators, faulted ones included'),
      figure('faulted_pct', Math.round(((counts.preCommit + counts.postCommit) / faultedRequests) * 1000) / 10, '%', `requests faulted: ${counts.preCommit} before, ${counts.postCommit} after the write`),
      figure('ms', Math.round(ms), 'ms', 'wall time')
    ];
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
