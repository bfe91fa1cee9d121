import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMonitorCommand, type MonitorIo } from '../../cli/commands/monitor';
import type { AlertRule } from '../../src/core/model/technicalBlueprint';
import { opportunity } from '../adapters/sharepoint/fixtures';
import { START, syncSeed } from '../adapters/graph/harness';
import { SMALL_TECHNICAL_BLUEPRINT } from '../fixtures/alerts/technicalBlueprint';
import { startSyncWorld, type SyncWorld } from '../services/syncHarness';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';
import { workbenchAcsConnectionString } from '../../workbench/server/graph/sms';

const RULES: AlertRule[] = [
  { id: 'r-hook', name: 'Uncovered role', enabled: true, deviations: ['uncovered-role'], minSeverity: 'medium', channel: 'webhook', target: 'sales-alerts', delivery: 'immediate' },
  { id: 'r-mail', name: 'Uncovered role mail', enabled: true, deviations: ['uncovered-role'], minSeverity: 'medium', channel: 'mail', target: 'lead@seller.example', delivery: 'immediate' }
];

let world: SyncWorld;
let dir: string;
let configPath: string;

beforeEach(async () => {
  world = await startSyncWorld();
  world.graph.graph.seed(syncSeed(2));
  await publishBlueprint(world.stores.blueprints, { ...SMALL_TECHNICAL_BLUEPRINT, technical: { ...(SMALL_TECHNICAL_BLUEPRINT.technical as NonNullable<typeof SMALL_TECHNICAL_BLUEPRINT.technical>), alertRules: RULES } });
  // A deal nobody has worked on yet: every required exchange is missing.
  await world.stores.opportunities.addMany([opportunity('OPP-3', { name: 'Initech renewal', account: 'initech', owner: 'ann@seller.example' })]);
  dir = mkdtempSync(join(tmpdir(), 'vn-monitor-'));
  configPath = join(dir, 'monitor.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      siteUrl: world.sp.emu.siteUrl,
      graphBaseUrl: `${world.graph.origin}/graph/v1.0`,
      auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: 'ann@seller.example' },
      sync: { sellers: ['ann@seller.example', 'seller1@seller.example'], calendarFrom: '2026-10-01T00:00:00Z', calendarTo: '2026-11-30T00:00:00Z', plannerPlanIds: ['p1'], workflowList: { siteId: 'site-1', listId: 'orders', title: 'Orders', opportunityField: 'OpportunityId' } },
      alerts: { mailbox: 'ann@seller.example', webhooks: { 'sales-alerts': `${world.graph.origin}/webhooks/workflows/sales-alerts` }, teamsAppId: 'app-1' }
    })
  );
});

afterEach(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(): MonitorIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), now: () => START, sleep: async () => undefined, stopped: () => true };
}

const SYNC_LINE = 'sync: 8 sources, 5 interactions recognised (5 new, 0 already stored, 0 failed), 3 unmatched (no-customer-contact 1, no-open-opportunity 1, incomplete-task 1)';
const DUE = [
  'webhook sales-alerts: Uncovered role: Initech renewal (OPP-3|r-hook|uncovered-role:champion|open)',
  'webhook sales-alerts: Uncovered role: Initech renewal (OPP-3|r-hook|uncovered-role:buyer|open)',
  'mail lead@seller.example: Uncovered role mail: Initech renewal (OPP-3|r-mail|uncovered-role:champion|open)',
  'mail lead@seller.example: Uncovered role mail: Initech renewal (OPP-3|r-mail|uncovered-role:buyer|open)'
];

describe('valuenetworks monitor against the emulators', () => {
  it('prints what it would send on --dry-run and sends nothing', async () => {
    const run = io();
    expect(await runMonitorCommand(['--config', configPath, '--once', '--dry-run'], run)).toBe(0);
    // 2 sellers x (calendar, Sent Items, Inbox) + the plan + the list; OPP-1 touched, OPP-3 never analysed.
    expect(run.lines).toEqual([SYNC_LINE, 'analysis: 2 opportunities analysed', 'alerts: 4 due', ...DUE.map((d) => `would send ${d}`)]);
    expect(run.errors).toEqual([]);
    expect(world.graph.graph.outbox()).toEqual([]);
  }, 30_000);

  it('delivers each due alert exactly once, and a second run sends nothing again', async () => {
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], first)).toBe(0);
    expect(first.lines.slice(3)).toEqual(DUE.map((d) => `sent ${d}`));
    const outbox = (): string[][] => world.graph.graph.outbox().map((item) => [item.kind, item.target, item.sender, item.kind === 'mail' ? (item.subject ?? '').replace(/ \[ref [^\]]+\]$/, '') : String((item.cards[0] as { fallbackText?: string }).fallbackText)]);
    const expected = [
      ['webhook', 'webhooks/sales-alerts', '', 'Uncovered role: Initech renewal'],
      ['webhook', 'webhooks/sales-alerts', '', 'Uncovered role: Initech renewal'],
      ['mail', 'lead@seller.example', 'ann@seller.example', 'Uncovered role mail: Initech renewal'],
      ['mail', 'lead@seller.example', 'ann@seller.example', 'Uncovered role mail: Initech renewal']
    ];
    expect(outbox()).toEqual(expected);

    const second = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], second)).toBe(0);
    // Delta brings only the two alert mails (saved to Ann's Sent Items: no customer in them) and the Planner plan again.
    expect(second.lines).toEqual([
      'sync: 8 sources, 1 interactions recognised (0 new, 1 already stored, 0 failed), 3 unmatched (no-customer-contact 2, incomplete-task 1)',
      'analysis: 0 opportunities analysed',
      'alerts: 4 due',
      ...DUE.map((d) => `already-sent ${d}`)
    ]);
    expect(outbox()).toEqual(expected);
  }, 30_000);

  it('sends each seller their own digest by mail and the team summary to the rule\'s target, once', async () => {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { alerts: Record<string, unknown> };
    config.alerts.rules = [{ id: 'stall', name: 'Stalled deals', trigger: { kind: 'stalled-stage', maxDays: 0 }, channel: 'webhook', target: 'sales-alerts', delivery: 'digest' }];
    config.alerts.digests = { sellers: 'mail' };
    writeFileSync(configPath, JSON.stringify(config));
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], first)).toBe(0);
    const digests = [
      'webhook sales-alerts: Stalled deals: 2 actions on 2 deals of 1 seller on 2026-10-31 (*|stall|digest|2026-10-31)',
      'mail ann@seller.example: Stalled deals: 2 actions on 2 of your deals on 2026-10-31 (@ann@seller.example|stall|digest|2026-10-31)'
    ];
    expect(first.lines.slice(2)).toEqual(['alerts: 6 due', ...DUE.map((d) => `sent ${d}`), ...digests.map((d) => `sent ${d}`)]);
    const mail = world.graph.graph.outbox().find((item) => item.kind === 'mail' && item.target === 'ann@seller.example');
    // Ann's own deals only, the level in the product's words, and a link to the dashboard filtered to exactly them.
    expect(mail?.body).toContain('>Initech renewal</a> (High): In stage &quot;qualify&quot; for 913 days (limit 0).</li>');
    expect(mail?.body).toContain('<a href="https://teams.microsoft.com/l/entity/app-1/performanceDashboard?context=%7B%22subEntityId%22%3A%22alert%3A%40ann%40seller.example%7Cstall%7Cdigest%7C2026-10-31%22%7D">All 2 in the dashboard</a>');
    expect((await world.stores.alertLog.get('@ann@seller.example|stall|digest|2026-10-31'))?.dealIds).toEqual(['OPP-1', 'OPP-3']);
    const second = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], second)).toBe(0);
    expect(second.lines.slice(-2)).toEqual(digests.map((d) => `already-sent ${d}`));
  }, 30_000);

  it('texts the deal owner who opted in about each alert at the SMS level, once, through ACS', async () => {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { alerts: Record<string, unknown> };
    config.alerts.sms = { from: '+18005550100', connectionString: workbenchAcsConnectionString(world.graph.origin), phones: { 'Ann@seller.example': '+4915112345678' }, minLevel: 'warning' };
    writeFileSync(configPath, JSON.stringify(config));
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], first)).toBe(0);
    const texts = DUE.map((d) => d.replace(/^(webhook sales-alerts|mail lead@seller.example): (.*) \((.*)\)$/, 'sms +4915112345678: $2 ($3|sms)'));
    expect(first.lines.slice(2)).toEqual(['alerts: 8 due', ...[...DUE, ...texts].map((d) => `sent ${d}`)]);
    const sms = world.graph.graph.outbox().filter((item) => item.kind === 'sms');
    expect(sms.map((item) => [item.target, item.sender, (item.body ?? '').replace(/ \[ref [^\]]+\]$/, '')])).toEqual([
      ['+4915112345678', '+18005550100', 'Medium: Uncovered role: Initech renewal. No one has engaged the champion yet, although the blueprint involves them from Discover.'],
      ['+4915112345678', '+18005550100', 'Medium: Uncovered role: Initech renewal. No one has engaged the economic buyer yet, although the blueprint involves them from Discover.'],
      ['+4915112345678', '+18005550100', 'Medium: Uncovered role mail: Initech renewal. No one has engaged the champion yet, although the blueprint involves them from Discover.'],
      ['+4915112345678', '+18005550100', 'Medium: Uncovered role mail: Initech renewal. No one has engaged the economic buyer yet, although the blueprint involves them from Discover.']
    ]);
    const second = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], second)).toBe(0);
    expect(second.lines.slice(3)).toEqual([...DUE, ...texts].map((d) => `already-sent ${d}`));
    expect(world.graph.graph.outbox().filter((item) => item.kind === 'sms')).toHaveLength(4);
  }, 30_000);

  it('texts the number in the owner\'s Microsoft 365 profile, and fails mail to someone who left with the reason in the feed', async () => {
    world.graph.graph.seed({ users: [{ id: 'u-0', displayName: 'Seller 0', userPrincipalName: 'ann@seller.example', mail: 'ann@seller.example', mobilePhone: '+49 (0)151 2345 6789' }] });
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { alerts: Record<string, unknown> };
    config.alerts.sms = { from: '+18005550100', connectionString: workbenchAcsConnectionString(world.graph.origin), phones: { 'ann@seller.example': 'profile' }, minLevel: 'warning' };
    config.alerts.checkRecipients = true;
    writeFileSync(configPath, JSON.stringify(config));
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], first)).toBe(1);
    expect(first.errors).toEqual(['recipients: lead@seller.example has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.']);
    const outcomes = first.lines.slice(2).map((l) => l.replace(/ \(.*\)$/, ''));
    expect(outcomes).toEqual([
      'alerts: 8 due',
      'sent webhook sales-alerts: Uncovered role: Initech renewal',
      'sent webhook sales-alerts: Uncovered role: Initech renewal',
      'failed mail lead@seller.example: Uncovered role mail: Initech renewal',
      'failed mail lead@seller.example: Uncovered role mail: Initech renewal',
      'sent sms +4915123456789: Uncovered role: Initech renewal',
      'sent sms +4915123456789: Uncovered role: Initech renewal',
      'sent sms +4915123456789: Uncovered role mail: Initech renewal',
      'sent sms +4915123456789: Uncovered role mail: Initech renewal'
    ]);
    const failed = await world.stores.alertLog.get('OPP-3|r-mail|uncovered-role:champion|open');
    expect([failed?.status, failed?.lastError]).toEqual(['failed', 'lead@seller.example has no account in the directory any more (left the company?): reassign their deals or remove them from the alert settings.']);
    expect(world.graph.graph.outbox().filter((item) => item.kind === 'mail')).toHaveLength(0);
  }, 30_000);

  it('re-analyses the deals checked against an older version after a blueprint is published elsewhere', async () => {
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once', '--dry-run'], first)).toBe(0);
    // Someone publishes v2 in the browser: the monitor brings every analysed deal to it on its next run.
    const live = await world.stores.blueprints.getPublished('bp-small');
    await publishBlueprint(world.stores.blueprints, { ...(live?.blueprint ?? SMALL_TECHNICAL_BLUEPRINT), description: 'Second version' });
    const second = io();
    expect(await runMonitorCommand(['--config', configPath, '--once', '--dry-run'], second)).toBe(0);
    // The set-up published v1 and v2 (with the alert rules); this is v3.
    expect(second.lines[1]).toBe('blueprint: 2 deals re-analysed against version 3');
    const versions = (await world.stores.opportunities.listAll()).filter((r) => r.snapshot !== undefined).map((r) => [r.opportunity.id, r.snapshot?.blueprintVersion]);
    expect(versions).toEqual([['OPP-1', 3], ['OPP-3', 3]]);
  }, 30_000);

  it('answers 2 for a configuration error, before reading anything', async () => {
    writeFileSync(configPath, JSON.stringify({ siteUrl: world.sp.emu.siteUrl, auth: { kind: 'password' } }));
    const run = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], run)).toBe(2);
    expect(run.errors).toEqual(['configuration error: auth.kind must be "certificate" or "emulator".']);
    const missing = io();
    expect(await runMonitorCommand(['--once'], missing)).toBe(2);
    expect(missing.errors).toEqual(['configuration error: monitor needs --config <monitor.json>.']);
  });
});
