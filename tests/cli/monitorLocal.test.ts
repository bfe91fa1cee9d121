/**
 * The headless monitor end to end against the local workbench, in-process: a small demo
 * organisation (scale 0.1) seeded through the product's adapters, one monitor run with 30% of the
 * SharePoint, Graph and webhook requests answered 429/503, then a second run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMonitorCommand, type MonitorIo } from '../../cli/commands/monitor';
import { deliveryIdOf, MAX_CLAIMS } from '../../src/services/alerts/deliverAlert';
import { DEMO_REFERENCE_DATE, generateDemoOrganisation, toGraphSeed } from '../../workbench/demo';
import { startWorkbench, type Workbench } from '../../workbench/server/app';
import type { OutboxItem } from '../../workbench/server/graph';
import { seedWorkbench } from '../../workbench/seed';

const DAY = 86_400_000;
/** A weekday morning two weeks after the demo's reference date (UTC). */
const NOW = DEMO_REFERENCE_DATE + 14 * DAY + 9 * 3_600_000;

let workbench: Workbench;
let dir: string;
let configPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vn-monitor-local-'));
  workbench = await startWorkbench({ port: 0, dataDir: join(dir, 'data') });
  const org = generateDemoOrganisation({ seed: 42, scale: 0.1 });
  // The workbench seeds Graph with the full demo; the small one replaces it so both emulators agree.
  workbench.graph.reset();
  workbench.graph.seed(toGraphSeed(org));
  await seedWorkbench(workbench.siteUrl, org);
  configPath = join(dir, 'monitor.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      siteUrl: workbench.siteUrl,
      graphBaseUrl: workbench.graphUrl,
      auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: org.siteOwner.email },
      sync: { demo: { seed: 42, scale: 0.1 }, calendarFrom: '2026-09-01T00:00:00Z', calendarTo: '2026-12-31T00:00:00Z' },
      alerts: {
        mailbox: org.siteOwner.email,
        webhooks: { 'sales-alerts': `${workbench.url.replace(/\/$/, '')}/webhooks/workflows/sales-alerts` },
        teamsAppId: 'app-1',
        rules: [
          { id: 'overdue', name: 'Overdue', trigger: { kind: 'due-exchange', graceDays: 30 }, channel: 'webhook', target: 'sales-alerts' },
          { id: 'stalled', name: 'Stalled', trigger: { kind: 'stalled-stage', maxDays: 14 }, channel: 'mail', target: 'sales-leads@contoso-sales.example' }
        ]
      }
    })
  );
}, 180_000);

afterAll(async () => {
  await workbench.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(): MonitorIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), now: () => NOW, sleep: async () => undefined, stopped: () => true };
}

/** The dedupe keys of the alerts a run reported with `outcome` (`<outcome> <channel> <target>: <title> (<key>)`). */
function keysOf(lines: readonly string[], outcome: string): string[] {
  return lines.filter((l) => l.startsWith(`${outcome} `)).map((l) => /\(([^()]*)\)$/.exec(l)?.[1] ?? '').sort();
}

/** How many outbox messages carry a delivery of each dedupe key (any claim), and messages matching none. */
function deliveriesByKey(outbox: readonly OutboxItem[], keys: readonly string[]): { counts: Record<string, number>; strays: number } {
  const owner = new Map<string, string>();
  for (const key of keys) for (let n = 1; n <= MAX_CLAIMS; n++) owner.set(deliveryIdOf(`${key}#c${n}`), key);
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  let strays = 0;
  for (const item of outbox) {
    const id = item.kind === 'mail' ? /\[ref ([^\]]+)\]$/.exec(item.subject ?? '')?.[1] : /"vn-delivery-([^"]+)"/.exec(JSON.stringify(item.cards))?.[1];
    const key = id === undefined ? undefined : owner.get(id);
    if (key === undefined) strays++;
    else counts[key] += 1;
  }
  return { counts, strays };
}

describe('valuenetworks monitor against the local workbench with injected faults', () => {
  it('delivers every due alert exactly once under 30% 429/503, and nothing new on the next run', async () => {
    const dry = io();
    expect(await runMonitorCommand(['--config', configPath, '--once', '--dry-run'], dry)).toBe(0);
    const due = keysOf(dry.lines, 'would send');
    expect(due.length).toBeGreaterThan(10);
    expect(due.filter((k) => k.includes('|overdue|')).length).toBeGreaterThan(0);
    expect(due.filter((k) => k.includes('|stalled|')).length).toBeGreaterThan(0);

    let refused = 0;
    let answered = 0;
    workbench.server.prependListener('request', (_req, res) => {
      res.on('finish', () => {
        answered++;
        if (res.statusCode === 429 || res.statusCode === 503) refused++;
      });
    });
    workbench.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, paths: ['/sites/', '/graph/', '/webhooks/'], seed: 8 });
    const first = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], first)).toBe(0);
    // The premise: about 30% of the run's requests were refused and retried.
    expect(refused / answered).toBeGreaterThan(0.2);
    expect(first.errors).toEqual([]);
    expect(keysOf(first.lines, 'sent')).toEqual(due);
    const outbox = workbench.graph.outbox();
    const delivered = deliveriesByKey(outbox, due);
    expect(delivered.strays).toBe(0);
    expect(Object.entries(delivered.counts).filter(([, n]) => n !== 1)).toEqual([]);
    expect(outbox.length).toBe(due.length);

    const second = io();
    expect(await runMonitorCommand(['--config', configPath, '--once'], second)).toBe(0);
    expect(keysOf(second.lines, 'already-sent')).toEqual(due);
    expect(workbench.graph.outbox().length).toBe(due.length);
    workbench.faults.configure({ enabled: false });
  }, 300_000);
});
