/**
 * The insights commands on a SharePoint site (`--site monitor.json`): the local workbench seeded with a
 * small demo organisation (scale 0.1) through the product's adapters, read back through the same
 * SharePoint adapter. The site's figures must equal those of the same organisation in memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './support/runMain';
import { generateDemoOrganisation } from '../../workbench/demo';
import { startWorkbench, type Workbench } from '../../workbench/server/app';
import { seedWorkbench } from '../../workbench/seed';

const run = runMain;

jest.setTimeout(180_000);

let workbench: Workbench;
let dir: string;
let configPath: string;
const org = generateDemoOrganisation({ seed: 42, scale: 0.1 });
const now = new Date(org.referenceDate).toISOString();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vn-insights-site-'));
  workbench = await startWorkbench({ port: 0, dataDir: join(dir, 'data') });
  await seedWorkbench(workbench.siteUrl, org);
  configPath = join(dir, 'monitor.json');
  writeFileSync(configPath, JSON.stringify({ siteUrl: workbench.siteUrl, graphBaseUrl: workbench.graphUrl, auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: org.siteOwner.email } }));
});

afterAll(async () => {
  await workbench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the insights commands on a site (--site)', () => {
  it('finds the same success patterns on the site as in the organisation it was seeded from', async () => {
    const site = await run(['patterns', '--site', configPath, '--now', now, '--format', 'json', '--top', '5']);
    const memory = await run(['patterns', '--demo', '--scale', '0.1', '--now', now, '--format', 'json', '--top', '5']);
    expect([site.code, site.errors]).toEqual([0, '']);
    expect(JSON.parse(site.out)).toEqual(JSON.parse(memory.out));
    expect((JSON.parse(site.out) as { won: number; lost: number }).won).toBe(org.opportunities.filter((o) => o.status === 'won' && (o.closedAt ?? 0) <= org.referenceDate).length);
  });

  it('scores a deal of the site and names where it read it from', async () => {
    const id = org.opportunities.find((o) => o.status === 'open')?.id as string;
    const site = await run(['score', '--opportunity', id, '--site', configPath, '--now', now, '--format', 'json']);
    const memory = await run(['score', '--opportunity', id, '--demo', '--scale', '0.1', '--now', now, '--format', 'json']);
    expect(site.code).toBe(0);
    // The site returns each deal's interactions in time order, the generator in its own: the training sums
    // the same numbers in another order, so the probability agrees to the last few bits only.
    const rounded = (text: string): unknown => ({ ...JSON.parse(text), probability: Math.round((JSON.parse(text) as { probability: number }).probability * 1e6) / 1e6 });
    expect(rounded(site.out)).toEqual(rounded(memory.out));
    const table = await run(['patterns', '--site', configPath, '--now', now, '--top', '1']);
    expect(table.out.split('\n')[0]).toMatch(new RegExp(`^Success patterns of \\d+ won and \\d+ lost deals \\(Site ${workbench.siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, blueprint "${org.blueprint.name}" v1\\), strongest evidence first\\.$`));
  });

  it('refuses --site beside files or --demo, and names an unreadable configuration', async () => {
    expect(await run(['patterns', '--site', configPath, '--demo'])).toEqual({ code: 2, out: '', errors: "error: --site reads the site's own data: leave out --demo.\n" });
    expect(await run(['patterns', '--site', join(dir, 'missing.json')])).toEqual({ code: 1, out: '', errors: `error: Cannot read the monitor configuration "${join(dir, 'missing.json')}": ENOENT.\n` });
  });
});
