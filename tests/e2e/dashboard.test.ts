import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import { opportunitiesToCsv } from '../../src/interchange';
import { generateDemoOrganisation } from '../../workbench/demo';
import { seedWorkbench } from '../../workbench/seed';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(300_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

interface OpportunityItem {
  VNExternalId: string;
  Title: string;
  VNStatus: string;
  VNAmount: number;
  VNOwner: string;
  VNDeviationSummary: string | null;
  VNScore: number | null;
  VNScoreModel: string | null;
  VNScoreReasons: string | null;
}

async function opportunityItems(): Promise<OpportunityItem[]> {
  const url = `${workbench.siteUrl}/_api/web/lists/getbytitle('Opportunities')/items?$select=VNExternalId,Title,VNStatus,VNAmount,VNOwner,VNDeviationSummary,VNScore,VNScoreModel,VNScoreReasons&$top=5000`;
  const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer user:owner' } });
  return ((await response.json()) as { value: OpportunityItem[] }).value;
}

/** Serious and critical axe violations inside the dashboard app (the workbench's own chrome is not checked here). */
async function axeSeriousViolations(): Promise<string[]> {
  // The page's CSP forbids inline script (as SharePoint's does): axe is evaluated through the debugger protocol.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document.querySelector('main section'));
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  workbench = await startTestWorkbench();
  // A tenth of the demo organisation (150 deals) keeps the run short; same sellers, same blueprint.
  await seedWorkbench(workbench.siteUrl, generateDemoOrganisation({ seed: 42, scale: 0.1 }));
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

describe('the Performance Dashboard on the seeded workbench', () => {
  it('shows the KPIs the data gives, filters, drills down and reports an upload with bad rows', async () => {
    const items = await opportunityItems();
    const open = items.filter((i) => i.VNStatus === 'open');
    const analysedOpen = open.filter((i) => i.VNDeviationSummary);
    const summaries = analysedOpen.map((i) => ({ item: i, s: JSON.parse(i.VNDeviationSummary ?? '{}') as { violated: number; top: { severity: string }[] } }));
    // The KPI counts deals with no high-severity deviation (every open demo deal has some deviation).
    const conforming = summaries.filter((x) => !x.s.top.some((d) => d.severity === 'high')).length;
    const closed = items.filter((i) => i.VNStatus !== 'open');
    const won = closed.filter((i) => i.VNStatus === 'won').length;
    const atRisk = summaries.filter((x) => x.s.top.some((d) => d.severity === 'high')).reduce((sum, x) => sum + x.item.VNAmount, 0);
    const percent = (v: number): string => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(v);

    // An editor's working draft (the Designer's "Save draft") changes nothing the dashboard shows.
    const blueprints = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } })).blueprints;
    const live = await blueprints.getPublished();
    if (!live) throw new Error('The seed publishes a blueprint.');
    await blueprints.saveDraft({ ...live.blueprint, description: 'Work in progress', transactions: live.blueprint.transactions.map((t) => ({ ...t, due: { days: 1 } })) });
    expect((await blueprints.getPublished())?.etag).toBe(live.etag);

    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    const kpis = page.locator('[data-kpi-value]');
    await kpis.first().waitFor({ timeout: 60_000 });
    expect(await kpis.allInnerTexts()).toEqual([percent(conforming / analysedOpen.length), percent(won / closed.length), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(atRisk)]);
    expect(conforming).toBeGreaterThan(0);
    expect(await page.locator('[data-kpi="win"] p').nth(2).innerText()).toBe(`${won} won of ${closed.length} closed`);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-teams-tab-light.png'), fullPage: true });

    // Filter: open deals of the member (the first seller), then search one of them by name.
    const member = items.find((i) => i.VNStatus === 'open')?.VNOwner ?? '';
    const mine = open.filter((i) => i.VNOwner === member);
    await page.getByRole('combobox', { name: 'Status' }).click();
    // A multi-select Dropdown option is a checkbox under its own label's check mark: the click lands on the label.
    await page.getByRole('option', { name: 'Open' }).waitFor();
    // The callout animates in; a forced click before it settles lands beside the option.
    await page.waitForTimeout(500);
    await page.getByRole('option', { name: 'Open' }).click({ force: true });
    await page.keyboard.press('Escape');
    expect(await page.locator('p[role="status"]').innerText()).toBe(`${open.length} of ${items.length} opportunities`);
    await page.locator('section:has(#vn-list-heading)').getByRole('combobox', { name: /^Owner/ }).click();
    // Owners are listed by name: the demo's addresses are first.last@domain.
    const memberName = member.split('@')[0].split('.').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    await page.getByRole('option', { name: memberName }).click();
    expect(await page.locator('p[role="status"]').innerText()).toBe(`${mine.length} of ${items.length} opportunities`);
    const target = mine[0];
    await page.getByRole('searchbox', { name: 'Search opportunities' }).fill(target.VNExternalId);
    expect(await page.locator('p[role="status"]').innerText()).toBe(`1 of ${items.length} opportunities`);

    // Drill-down.
    await page.getByRole('grid', { name: 'Opportunities' }).getByRole('button', { name: `Open details of ${target.Title}` }).click();
    const panel = page.getByRole('dialog');
    await panel.locator('[data-testid="timeline"]').waitFor();
    expect(await panel.locator('[data-testid="drilldown-facts"]').innerText()).toContain(target.VNExternalId);
    expect(await panel.locator('[data-testid="timeline"] tbody tr').count()).toBeGreaterThan(5);
    // The seeding stored a score, its model and its reasons: the drill-down shows those, not a recomputation.
    const [, model, trainedWon, trainedLost] = /^(logistic|blueprint-distance) \((\d+) won \/ (\d+) lost\)$/.exec(target.VNScoreModel ?? '') ?? [];
    const percent100 = Math.round(100 * (target.VNScore ?? NaN));
    expect(await panel.locator('[data-testid="score"]').innerText()).toBe(model === 'logistic' ? `Win probability ${percent100} %` : `${percent100} / 100 (closeness to the blueprint)`);
    expect(await panel.locator('[data-testid="score-model"]').innerText()).toBe(
      model === 'logistic'
        ? `Model in use: learnt from this site's closed deals (${trainedWon} won, ${trainedLost} lost): logistic regression on what the deals had done at each stage entry`
        : `Model in use: blueprint distance: closeness to a deal that made every required exchange (too few closed deals to learn from: ${trainedWon} won, ${trainedLost} lost; 40 of each are needed)`
    );
    const reasons = JSON.parse(target.VNScoreReasons ?? 'null') as { label: string; points: number }[];
    const points = (p: number): string => `${p > 0 ? '+' : ''}${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(p)}`;
    expect(reasons.length).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="score-reasons"] li').allInnerTexts()).toEqual(reasons.map((r) => `${r.label}: ${points(r.points)} ${['1', '+1', '-1'].includes(points(r.points)) ? 'point' : 'points'}`));
    await page.screenshot({ path: join(screenshotDir, 'dashboard-drilldown.png'), fullPage: false });
    expect(await axeSeriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();

    // Upload a CSV with two bad rows.
    const csv = [
      'OpportunityId,Activity,Timestamp,FromParticipant,ToParticipant,FromRole,ToRole,Channel',
      `${target.VNExternalId},Follow-up call,2026-10-20T10:00:00Z,a@x.example,b@y.example,,,call`,
      `${target.VNExternalId},Follow-up mail,,a@x.example,b@y.example,,,mail`,
      `${target.VNExternalId},Workshop,not a date,a@x.example,b@y.example,,,meeting`,
      `${target.VNExternalId},Second call,2026-10-21T10:00:00Z,a@x.example,b@y.example,,,call`
    ].join('\n');
    await page.locator('#vn-import-file').setInputFiles({ name: 'interactions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-testid="import-report"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="import-summary"]').innerText()).toBe('4 rows read: 2 imported, 2 rejected.');
    const errors = await page.locator('[data-testid="row-errors"] tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).slice(0, 2).map((c) => c.textContent)));
    expect(errors).toEqual([['2', 'Timestamp'], ['3', 'Timestamp']]);
    await page.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'dashboard-import-report.png'), fullPage: false });
  });

  it('opens a seller personal app in the dark theme on their own deals, with a deep link', async () => {
    const items = await opportunityItems();
    const persona = ((await (await fetch(`${workbench.url}_workbench/personas`)).json()) as { key: string; loginName: string }[]).find((p) => p.key === 'member');
    const mine = items.filter((i) => i.VNOwner.toLowerCase() === persona?.loginName);
    expect(mine.length).toBeGreaterThan(0);
    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=dark&user=member&lang=en-US&opportunity=${mine[0].VNExternalId}`);
    const panel = page.getByRole('dialog');
    await panel.locator('[data-testid="timeline"]').waitFor({ timeout: 60_000 });
    expect(await panel.locator('[data-testid="drilldown-facts"]').innerText()).toContain(mine[0].VNExternalId);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('p[role="status"]').innerText()).toBe(`${mine.length} of ${mine.length} opportunities`);
    await page.locator('h3', { hasText: 'Your next missing exchanges' }).waitFor();
    const background = await page.locator('section:has(h2)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 31, 31)');
    await page.screenshot({ path: join(screenshotDir, 'dashboard-personal-dark.png'), fullPage: true });
    expect(await axeSeriousViolations()).toEqual([]);
  });

  it('imports a CRM re-export of opportunities: one demo deal won, one new deal listed', async () => {
    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    const before = await opportunityItems();
    const openId = before.find((i) => i.VNStatus === 'open')?.VNExternalId ?? '';
    const [stored] = await stores.opportunities.getMany([openId]);
    const lastStage = stored.opportunity.stageHistory[stored.opportunity.stageHistory.length - 1];
    // A day after the last stage entry, in whole seconds as SharePoint stores dates.
    const won = { ...stored.opportunity, status: 'won' as const, closedAt: Math.floor((lastStage.enteredAt + 86_400_000) / 1000) * 1000 };
    const fresh = { ...stored.opportunity, id: 'CRM-NEW-1', name: 'Northwind expansion (CRM)', amount: 42000, createdAt: won.closedAt, stageHistory: [{ stageId: lastStage.stageId, enteredAt: won.closedAt }] };
    const csv = opportunitiesToCsv([won, fresh]);

    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.locator('[data-kpi-value]').first().waitFor({ timeout: 60_000 });
    const importPanel = page.locator('section:has(#vn-import-heading)');
    expect(await importPanel.locator('#vn-import-heading').innerText()).toBe('Import data');
    await importPanel.getByRole('radio', { name: 'Opportunities' }).check({ force: true });
    await importPanel.locator('#vn-import-file[accept=".csv,.txt"]').waitFor({ state: 'attached' });
    await page.locator('#vn-import-file').setInputFiles({ name: 'crm-opportunities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // The product's own export needs no correction in the mapping step: every column and value is matched.
    await importPanel.locator('[data-testid="mapping-step"]').waitFor({ timeout: 60_000 });
    expect(await importPanel.locator('[data-testid="mapping-problems"]').count()).toBe(0);
    await importPanel.getByRole('button', { name: 'Import 2 opportunities' }).click();
    await page.locator('[data-testid="import-report"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="import-summary"]').innerText()).toBe('2 opportunities read, 0 rows rejected.');
    expect(await page.locator('[data-testid="import-stored"]').innerText()).toBe('1 new, 1 updated, 0 unchanged, 0 failed.');

    const after = await opportunityItems();
    expect(after.length).toBe(before.length + 1);
    expect(after.find((i) => i.VNExternalId === openId)?.VNStatus).toBe('won');
    const [updated] = await stores.opportunities.getMany([openId]);
    expect(updated.opportunity).toEqual(won);
    // The list reloads after the import: the new deal is there.
    await page.getByRole('searchbox', { name: 'Search opportunities' }).fill('CRM-NEW-1');
    await page.locator('p[role="status"]', { hasText: `1 of ${before.length + 1} opportunities` }).waitFor({ timeout: 60_000 });
    await page.getByRole('grid', { name: 'Opportunities' }).getByRole('button', { name: 'Open details of Northwind expansion (CRM)' }).waitFor();
    await page.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'dashboard-import-opportunities.png'), fullPage: true });
  });
});
