import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import { generateDemoOrganisation } from '../../workbench/demo';
import { seedWorkbench } from '../../workbench/seed';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(300_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;
// A tenth of the demo organisation (150 deals), as the dashboard test seeds it.
const org = generateDemoOrganisation({ seed: 42, scale: 0.1 });

interface Item {
  VNExternalId: string;
  Title: string;
  VNStatus: string;
  VNOwner: string;
  VNDeviationSummary: string | null;
}

async function items(): Promise<Item[]> {
  const url = `${workbench.siteUrl}/_api/web/lists/getbytitle('Opportunities')/items?$select=VNExternalId,Title,VNStatus,VNOwner,VNDeviationSummary&$top=5000`;
  const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer user:owner' } });
  return ((await response.json()) as { value: Item[] }).value;
}

const percent = (v: number): string => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(v);
const missingIds = (i: Item): Set<string> =>
  new Set(((JSON.parse(i.VNDeviationSummary ?? '{"top":[]}') as { top: { kind: string; transactionId?: string }[] }).top).filter((d) => d.kind === 'missing-exchange' && d.transactionId).map((d) => d.transactionId as string));

/** Win rate and closed deals per owner (lower-case), counted here from the list items. */
function tallies(list: readonly Item[]): Map<string, { won: number; closed: number }> {
  const byOwner = new Map<string, { won: number; closed: number }>();
  for (const i of list) {
    const key = i.VNOwner.toLowerCase();
    const t = byOwner.get(key) ?? { won: 0, closed: 0 };
    if (i.VNStatus !== 'open') byOwner.set(key, { won: t.won + (i.VNStatus === 'won' ? 1 : 0), closed: t.closed + 1 });
    else byOwner.set(key, t);
  }
  return byOwner;
}

beforeAll(async () => {
  workbench = await startTestWorkbench();
  await seedWorkbench(workbench.siteUrl, org);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterEach(async () => {
  await page.close();
});

describe('coaching from the dashboard', () => {
  it('shows a manager every seller against the best and the deals that need attention, with names and reasons', async () => {
    const list = await items();
    const byOwner = tallies(list);
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    const coaching = page.locator('[data-testid="coaching"]');
    await coaching.locator('[data-testid="seller-health"] tbody tr').first().waitFor({ timeout: 60_000 });
    const rows = await coaching.locator('[data-testid="seller-health"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-owner') ?? '', tr.children[0].textContent ?? '', tr.children[2].textContent ?? '']));
    expect(rows.length).toBe(byOwner.size);
    for (const [owner, name, winRate] of rows) {
      const t = byOwner.get(owner.toLowerCase());
      expect(t).toBeDefined();
      // The seller's name, never the address; the win rate counted here.
      expect(name).not.toContain('@');
      expect(winRate).toBe(t && t.closed > 0 ? `${percent(t.won / t.closed)} (${t.won} of ${t.closed})` : `n/a (0 of 0)`);
    }
    // The deals that need attention: open deals only, at most ten; each names what is missing as the snapshot says.
    const attention = coaching.locator('[data-testid="attention"] > li');
    const count = await attention.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    const deliverable = new Map(org.blueprint.transactions.map((t) => [t.id, t]));
    for (let n = 0; n < count; n++) {
      const li = attention.nth(n);
      const id = (await li.getAttribute('data-opportunity')) ?? '';
      const item = list.find((i) => i.VNExternalId === id);
      expect(item?.VNStatus).toBe('open');
      const missing = [...missingIds(item as Item)].map((t) => deliverable.get(t)).filter((t) => t !== undefined).sort((a, b) => (a?.sequence ?? 0) - (b?.sequence ?? 0));
      const reasons = await li.locator('[data-testid="attention-reasons"] li').allInnerTexts();
      if (missing.length > 0) {
        expect(reasons[0]).toBe(`Missing: ${missing.map((t) => t?.deliverable).join(', ')}`);
        expect(await li.locator('[data-testid="attention-next"]').innerText()).toMatch(new RegExp(`^Next: ${(missing[0]?.deliverable ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
      }
      expect(await li.locator('[data-testid="attention-next"]').count()).toBe(1);
    }
    await coaching.scrollIntoViewIfNeeded();
    await coaching.screenshot({ path: join(screenshotDir, 'coaching-manager.png') });

    // Filtered by a team: only that team's sellers.
    const team = org.teams[0].name;
    await coaching.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: team }).click();
    const teamRows = await coaching.locator('[data-testid="seller-health"] tbody tr td:nth-child(2)').allInnerTexts();
    expect(teamRows.length).toBeGreaterThan(0);
    expect(new Set(teamRows)).toEqual(new Set([team]));
  });

  it('benchmarks a seller in her personal app against the best other sellers, and shows where she differs most', async () => {
    const list = await items();
    const persona = ((await (await fetch(`${workbench.url}_workbench/personas`)).json()) as { key: string; loginName: string }[]).find((p) => p.key === 'member');
    const me = persona?.loginName.toLowerCase() ?? '';
    // The rule, computed here: sellers other than me with at least 5 closed deals, by win rate, then wins, then name; the top quarter, rounded up.
    const ranked = [...tallies(list).entries()]
      .filter(([owner, t]) => owner !== me && t.closed >= 5)
      .sort(([a, x], [b, y]) => y.won / y.closed - x.won / x.closed || y.won - x.won || (a < b ? -1 : a > b ? 1 : 0));
    const best = ranked.slice(0, Math.ceil(ranked.length * 0.25));
    const sample = best.reduce((sum, [, t]) => sum + t.closed, 0);
    expect(best.length).toBeGreaterThan(0);

    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=light&user=member&lang=en-US`);
    await page.locator('[data-testid="funnel-rule"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="funnel-rule"]').innerText()).toBe(
      `Stage conversion and velocity against the ideal shape: the conversion of ${best.length === 1 ? 'the best seller' : `the best ${best.length} sellers`} by win rate (the top quarter of ${ranked.length} ${ranked.length === 1 ? 'seller' : 'sellers'} with at least 5 closed deals on this site), learnt from ${sample} closed deals.`
    );

    // Where I differ most: the exchange missing on a larger share of my analysed deals than of the best sellers', computed here.
    const bestOwners = new Set(best.map(([o]) => o));
    const mine = list.filter((i) => i.VNDeviationSummary && i.VNOwner.toLowerCase() === me);
    const theirs = list.filter((i) => i.VNDeviationSummary && bestOwners.has(i.VNOwner.toLowerCase()));
    const gaps = [...org.blueprint.transactions]
      .sort((a, b) => a.sequence - b.sequence)
      .map((t) => ({ t, mine: mine.filter((i) => missingIds(i).has(t.id)).length / mine.length, best: theirs.filter((i) => missingIds(i).has(t.id)).length / theirs.length }))
      .filter((g) => g.mine > g.best)
      .sort((a, b) => b.mine - b.best - (a.mine - a.best))
      .slice(0, 2);
    const self = page.locator('[data-testid="self-diagnosis"]');
    expect(await self.locator('[data-testid="behaviour-gap"]').allInnerTexts()).toEqual(gaps.map((g) => `${g.t.deliverable}: missing on ${percent(g.mine)} of my deals, ${percent(g.best)} of theirs`));
    await page.screenshot({ path: join(screenshotDir, 'coaching-seller-personal.png'), fullPage: true });

    // At 320 px and in high contrast: nothing scrolls sideways, the self-diagnosis stays readable.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=highContrast&user=member&lang=en-US`);
    await self.waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(screenshotDir, 'coaching-seller-320-high-contrast.png'), fullPage: true });
  });

  it('fits a manager\'s coaching view in 320 px in high contrast, and suggests who else to engage in a drill-down', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${workbench.url}?host=teamsTab&theme=highContrast&user=owner&lang=en-US`);
    const coaching = page.locator('[data-testid="coaching"]');
    await coaching.locator('[data-testid="attention"] > li').first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await coaching.screenshot({ path: join(screenshotDir, 'coaching-manager-320-high-contrast.png') });
    await page.locator('section[aria-labelledby="vn-heatmap-heading"]').screenshot({ path: join(screenshotDir, 'heatmap-320-high-contrast.png') });

    await page.setViewportSize({ width: 1280, height: 900 });
    // A meeting with someone at the customer nobody has mapped yet (the demo maps every contact it seeds).
    const first = coaching.locator('[data-testid="attention"] > li').first();
    const id = (await first.getAttribute('data-opportunity')) ?? '';
    const owner = (await items()).find((i) => i.VNExternalId === id)?.VNOwner ?? '';
    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    await stores.interactions.addMany([
      { opportunityId: id, timestamp: Date.UTC(2026, 9, 20, 10), activity: 'Steering committee', fromParticipant: owner, toParticipant: 'kim.new@newco.example', channel: 'meeting', source: 'e2e', sourceKey: 'e2e-who-else-1' }
    ]);
    await first.getByRole('button').first().click();
    const panel = page.getByRole('dialog');
    const engage = panel.locator('[data-testid="who-else"]');
    await engage.waitFor({ timeout: 60_000 });
    expect(await engage.locator('[data-testid="unmapped-person"]').allInnerTexts()).toEqual(['Kim New (kim.new@newco.example), in 1 interaction']);
    // Every customer role is covered at the demo accounts, so the suggestion is the blueprint's first customer role.
    const role = org.blueprint.roles.find((r) => r.side === 'customer')?.name ?? '';
    await engage.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'coaching-who-else.png') });
    await engage.getByRole('button', { name: `Map Kim New as ${role}` }).click();
    await engage.getByText(`Kim New is now mapped as ${role}.`).waitFor();
    expect(await engage.locator('[data-testid="unmapped-person"]').count()).toBe(0);
    const account = (await stores.opportunities.getMany([id]))[0].opportunity.account;
    expect((await stores.participants.listAll()).filter((p) => p.email === 'kim.new@newco.example').map((p) => [p.role, p.account])).toEqual([[org.blueprint.roles.find((r) => r.side === 'customer')?.id, account]]);
  });
});
