/** @jest-environment node */
/**
 * Crash at every step: an interaction import, a blueprint publish and a monitor run are each killed
 * (SIGKILL) at seeded random writes, before the server saw the write or right after it applied it, then
 * run again to the end. The site then holds exactly what one clean run leaves: nothing lost, nothing
 * twice, nothing half-done.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createNodeSp, createSharePointProvisioner, createSharePointStores } from '../../src/adapters/sharepoint';
import type { AlertRule } from '../../src/core/model/technicalBlueprint';
import type { DataStores } from '../../src/services/ports';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';
import { setUpSite } from '../../src/services/provisioning';
import { seededRandom } from '../../workbench/demo/random';
import { opportunity } from '../adapters/sharepoint/fixtures';
import { SMALL_TECHNICAL_BLUEPRINT } from '../fixtures/alerts/technicalBlueprint';
import { businessCaseBlueprint } from '../fixtures/process/businessCaseBlueprint';
import { DAY, DAY0, opportunities } from '../fixtures/ui/salesSite';
import { startSiteAndGraph, type SiteAndGraph } from '../workbench/siteAndGraph';
import { startCrashProxy, type CrashPoint, type CrashProxy } from './support/crashProxy';

jest.setTimeout(600_000);

const root = resolve(__dirname, '..', '..');
/** Crashes per operation: each a fresh site, a seeded write and side. */
const RUNS = 4;

interface World {
  readonly site: SiteAndGraph;
  readonly proxy: CrashProxy;
  readonly stores: DataStores;
  /** The site's URL through the proxy: what the process under test talks to. */
  readonly proxiedSiteUrl: string;
  close(): Promise<void>;
}

async function startWorld(content: (stores: DataStores) => Promise<void>): Promise<World> {
  const site = await startSiteAndGraph();
  const proxy = await startCrashProxy(site.origin);
  const sp = createNodeSp(site.siteUrl, { headers: { Authorization: 'Bearer user:owner' }, retry: { sleep: async () => undefined, random: () => 0.5 } });
  await setUpSite(createSharePointProvisioner(sp));
  const stores = createSharePointStores(sp);
  await content(stores);
  return {
    site,
    proxy,
    stores,
    proxiedSiteUrl: `${proxy.origin}${site.sharePoint.sitePath}`,
    close: async () => {
      await proxy.close();
      await site.close();
    }
  };
}

/** Runs a command to its end, or until the proxy kills it: `done` when it printed `done` (or exited 0). */
function runProcess(args: readonly string[], proxy: CrashProxy, point: CrashPoint | undefined): Promise<{ code: number | null; killed: boolean; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proxy.arm(point, () => {
      killed = true;
      child.kill('SIGKILL');
    });
    child.on('exit', (code) => done({ code, killed, stderr }));
  });
}

/** Seeded crash points within the writes a clean run makes; every point (both sides of each write) when there are few. */
function crashPoints(seed: number, cleanWrites: number): CrashPoint[] {
  if (cleanWrites * 2 <= RUNS * 2) return Array.from({ length: cleanWrites }, (_, i) => [{ step: i + 1, when: 'before' as const }, { step: i + 1, when: 'after' as const }]).flat();
  // One point in each quarter of the run, so that early reads, the middle and the last writes all get hit.
  const random = seededRandom(seed);
  const stratum = cleanWrites / RUNS;
  // The sides alternate (from a seeded start): half the crashes lose a write, half lose only its answer.
  const first = random() < 0.5 ? 0 : 1;
  return Array.from({ length: RUNS }, (_, i) => ({ step: 1 + Math.floor(i * stratum + random() * stratum), when: (i + first) % 2 === 0 ? ('before' as const) : ('after' as const) }));
}

function itemsOf(world: World, title: string): Record<string, unknown>[] {
  const list = world.site.sharePoint.store.lists().find((l) => l.title === title);
  return world.site.sharePoint.store.items(list?.id ?? '').map((item) => item.values as Record<string, unknown>);
}

async function crashAndRerun(name: string, seed: number, start: () => Promise<World>, args: (world: World) => string[], state: (world: World) => Promise<unknown>, checkClean: (state: unknown) => void): Promise<void> {
  const clean = await start();
  let expected: unknown;
  let cleanWrites: number;
  try {
    const run = await runProcess(args(clean), clean.proxy, undefined);
    // What the process wrote to stderr is shown only when it failed (Node's own warnings are no failure).
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    cleanWrites = clean.proxy.writes();
    expected = await state(clean);
    checkClean(expected);
  } finally {
    await clean.close();
  }
  const seen: string[] = [];
  for (const point of crashPoints(seed, cleanWrites)) {
    const world = await start();
    try {
      const crashed = await runProcess(args(world), world.proxy, point);
      expect(crashed.killed).toBe(true);
      const rerun = await runProcess(args(world), world.proxy, undefined);
      expect({ code: rerun.code, stderr: rerun.code === 0 ? '' : rerun.stderr }).toEqual({ code: 0, stderr: '' });
      expect(await state(world)).toEqual(expected);
      seen.push(`${point.when} write ${point.step}`);
    } finally {
      await world.close();
    }
  }
  process.stdout.write(`${name}: ${cleanWrites} writes in a clean run; killed ${seen.join(', ')}; every rerun left the clean run's state\n`);
}

describe('a process killed at any write and run again leaves what one clean run leaves', () => {
  it('imports interactions exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-crash-'));
    const file = join(dir, 'crm.csv');
    const rows = Array.from({ length: 600 }, (_, i) => `${['o1', 'o2'][i % 2]},${['t1', 't2'][i % 3 === 0 ? 1 : 0]},${new Date(DAY0 + 3 * DAY + i * 60_000).toISOString()},bob@contoso.com,dana@borealis.example,ae,ch,meeting`);
    writeFileSync(file, ['OpportunityId,Activity,Timestamp,FromParticipant,ToParticipant,FromRole,ToRole,Channel', ...rows].join('\n'));
    const start = (): Promise<World> => startWorld(async (stores) => {
      await publishBlueprint(stores.blueprints, businessCaseBlueprint);
      await stores.opportunities.addMany(opportunities);
    });
    const state = async (world: World): Promise<unknown> => ({
      interactions: itemsOf(world, 'Interactions').map((v) => `${String(v.VNSourceKey)}`).sort(),
      snapshots: (await world.stores.opportunities.listAll()).map((r) => [r.opportunity.id, r.snapshot?.deviations.deviationCount, r.snapshot?.fitness, r.snapshot?.blueprintVersion])
    });
    try {
      await crashAndRerun('import', 11, start, (world) => ['tests/reliability/support/crashChild.ts', 'import', world.proxiedSiteUrl, file, String(DAY0 + 25 * DAY)], state, (clean) => {
        // 600 rows stored once each, and both touched deals re-analysed against version 1.
        const { interactions, snapshots } = clean as { interactions: string[]; snapshots: unknown[][] };
        expect([interactions.length, new Set(interactions).size]).toEqual([600, 600]);
        expect(snapshots.filter((s) => ['o1', 'o2'].includes(String(s[0]))).map((s) => s[3])).toEqual([1, 1]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes a draft exactly once, and leaves no draft behind', async () => {
    const start = (): Promise<World> => startWorld(async (stores) => {
      await publishBlueprint(stores.blueprints, businessCaseBlueprint);
      await stores.blueprints.saveDraft({ ...businessCaseBlueprint, description: 'Second version', status: 'draft' });
    });
    const state = async (world: World): Promise<unknown> => ({
      versions: (await world.stores.blueprints.history('bp-enterprise')).map((v) => [v.blueprint.version, v.blueprint.description ?? '']),
      live: (await world.stores.blueprints.getPublished('bp-enterprise'))?.blueprint.version,
      draft: (await world.stores.blueprints.getDraft('bp-enterprise'))?.blueprint.version
    });
    await crashAndRerun('publish', 12, start, (world) => ['tests/reliability/support/crashChild.ts', 'publish', world.proxiedSiteUrl, 'bp-enterprise'], state, (clean) => {
      expect(clean).toEqual({ versions: [[2, 'Second version'], [1, '']], live: 2, draft: undefined });
    });
  });

  it('sends each due alert exactly once from a monitor run', async () => {
    const rules: AlertRule[] = [{ id: 'r-mail', name: 'Uncovered role mail', enabled: true, deviations: ['uncovered-role'], minSeverity: 'medium', channel: 'mail', target: 'lead@contoso.test', delivery: 'immediate' }];
    const dir = mkdtempSync(join(tmpdir(), 'vn-crash-monitor-'));
    const start = (): Promise<World> => startWorld(async (stores) => {
      await publishBlueprint(stores.blueprints, { ...SMALL_TECHNICAL_BLUEPRINT, technical: { ...(SMALL_TECHNICAL_BLUEPRINT.technical as NonNullable<typeof SMALL_TECHNICAL_BLUEPRINT.technical>), alertRules: rules } });
      await stores.opportunities.addMany([opportunity('OPP-3', { name: 'Initech renewal', account: 'initech', owner: 'ann@contoso.test' }), opportunity('OPP-4', { name: 'Umbrella pilot', account: 'umbrella', owner: 'ann@contoso.test' })]);
    });
    const config = (world: World): string => {
      const path = join(dir, `monitor-${world.proxy.origin.replace(/\D/g, '')}.json`);
      writeFileSync(path, JSON.stringify({
        siteUrl: world.proxiedSiteUrl,
        graphBaseUrl: `${world.proxy.origin}/graph/v1.0`,
        auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: 'ann@contoso.test' },
        sync: { sellers: ['ann@contoso.test'], calendarFrom: '2026-10-01T00:00:00Z', calendarTo: '2026-11-30T00:00:00Z' },
        // No lease: the rerun takes over a claim at once and looks for its mail in Sent Items.
        alerts: { mailbox: 'ann@contoso.test', teamsAppId: 'app-1', leaseMinutes: 0 }
      }));
      return path;
    };
    const state = async (world: World): Promise<unknown> => {
      const alerts = itemsOf(world, 'AlertLog').filter((v) => !String(v.VNDedupeKey).includes('#'));
      const mails = world.site.graph.outbox().filter((item) => item.kind === 'mail');
      return { alerts: alerts.map((v) => `${String(v.VNDedupeKey)} ${String(v.VNStatus)}`).sort(), mails: mails.map((m) => m.subject?.replace(/ \[[^\]]+\]$/, '') ?? '').sort() };
    };
    try {
      await crashAndRerun('monitor', 13, start, (world) => ['cli/main.ts', 'monitor', '--config', config(world), '--once'], state, (clean) => {
        // Two roles uncovered on each of two deals: four alerts, each sent, each one mail.
        const { alerts, mails } = clean as { alerts: string[]; mails: string[] };
        expect([alerts.length, alerts.every((a) => a.endsWith(' sent')), mails.length]).toEqual([4, true, 4]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
