import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import type { Interaction } from '../../src/core/model';
import { analyseTouchedOpportunities, filterPatternSummary, importRecords } from '../../src/services';
import { formatDate } from '../../src/ui/dashboard/format';
import { scoreBadge, TREND_SYMBOLS } from '../../src/ui/dashboard/model/scoreBadge';
import { dashboardStringsFor } from '../../src/ui/i18n/dashboard';
import { generateDemoOrganisation } from '../../workbench/demo';
import { seedWorkbench } from '../../workbench/seed';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(300_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  // A fifth of the demo organisation (300 deals, 84 won and 126 lost or no decision): enough for the learnt model.
  await seedWorkbench(workbench.siteUrl, generateDemoOrganisation({ seed: 42, scale: 0.2 }));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

const insights = (): Locator => page.locator('section:has(> header h2:text-is("Sales Insights"))');
const ownerStores = (): ReturnType<typeof createSharePointStores> => createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));

interface AxeResult { readonly violations: readonly { readonly id: string; readonly impact?: string; readonly nodes: readonly { readonly target: readonly string[]; readonly html?: string }[] }[] }

/** Serious and critical axe violations inside the Sales Insights app (the workbench's own chrome is not checked here). */
async function seriousViolations(): Promise<string[]> {
  // The page's CSP refuses inline scripts; evaluating over the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  await insights().evaluate((el) => el.setAttribute('data-axe-target', ''));
  const result = (await page.evaluate(async () => (window as unknown as { axe: { run: (c: string) => Promise<AxeResult> } }).axe.run('[data-axe-target]'))) as AxeResult;
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html ?? ''}`).join(', ')}`);
}

describe('Sales Insights on the workbench', () => {
  it('a leader reads the seeded model, trains on the demo site, compares both and puts the new one in use', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${workbench.url}?host=sharePointPage&theme=light&user=owner&lang=en-US`);
    // The demo seed trained and stored a model through the same use case, and put it in use.
    const inUse = insights().locator('section[aria-label="Score model in use"]');
    await inUse.waitFor({ timeout: 60_000 });
    expect(await inUse.locator('ul li').allInnerTexts()).toEqual([
      'Learnt from your closed deals: 84 won and 126 lost deals',
      'Trained Oct 31, 2026 by Demo set-up',
      'Deals closed Feb 21, 2025 – Oct 27, 2026',
      'Blueprint Enterprise sale, version 1'
    ]);

    await insights().getByRole('button', { name: "Train on this site's outcomes" }).click();
    const trained = insights().locator('.ms-MessageBar-innerText', { hasText: 'Trained:' });
    await trained.waitFor({ timeout: 120_000 });
    expect(await trained.innerText()).toBe('Trained: logistic (84 won / 126 lost). Compare it with the model in use, then choose.');

    const candidate = insights().locator('section[aria-label="Newest model, not in use"]');
    expect(await candidate.locator('ul li').first().innerText()).toBe('Learnt from your closed deals: 84 won and 126 lost deals');
    expect(await candidate.locator('[data-separation]').innerText()).toBe('Given a won and a lost deal, the score ranks the won one higher 76% of the time: good. Knowing only the stage: 61%.');
    // The same figures as `valuenetworks evaluate --demo --scale 0.2` on the same deals, read back from the site.
    const figures = ['Separation (AUC)\t0.761\t0.613', 'Brier score (lower is better)\t0.208\t0.230', 'Log loss (lower is better)\t0.600\t0.650'];
    expect(await candidate.locator('tr[data-figure]').allInnerTexts()).toEqual(figures);
    expect(await inUse.locator('tr[data-figure]').allInnerTexts()).toEqual(figures);
    expect(await candidate.locator('tr[data-calibration-row]').first().getAttribute('title')).toBe('Of the deals we gave 10–20%, 40% were won (5 scores).');
    expect(await candidate.locator('tr[data-calibration-row]').count()).toBe(9);

    const patterns = insights().locator('section[aria-label="What separates won from lost deals"]');
    const labels = await patterns.locator('ol > li > span:first-child').allInnerTexts();
    expect(labels.slice(0, 2)).toEqual(['"Decision criteria and budget" before "Security questionnaire answers"', '"Decision criteria and budget" before "Security questionnaire"']);
    expect(labels.length).toBe(15);
    // People read names: exchanges and roles, never the blueprint's ids.
    expect(labels.filter((label) => /\bT\d+\b|\brole-/.test(label))).toEqual([]);
    await insights().screenshot({ path: join(screenshotDir, 'sales-insights-two-models.png') });

    await candidate.getByRole('button', { name: 'Use this model' }).click();
    // Putting it in use re-scores every open deal with it, so the dashboard follows at once.
    const nowInUse = insights().locator('.ms-MessageBar-innerText', { hasText: 'Now in use: logistic (84 won / 126 lost)' });
    await nowInUse.waitFor({ timeout: 120_000 });
    const open: string[] = [];
    for await (const records of ownerStores().opportunities.pagesByStatus('open')) open.push(...records.map((r) => r.opportunity.id));
    expect(await nowInUse.innerText()).toBe(`Now in use: logistic (84 won / 126 lost). ${open.length} open deals re-scored with it.`);
    await insights().locator('section[aria-label="Score model in use"] ul li', { hasText: 'by Priya Ito' }).waitFor();
    expect(await insights().locator('section[aria-label="Newest model, not in use"]').count()).toBe(0);
    await insights().screenshot({ path: join(screenshotDir, 'sales-insights-sharepoint-light.png') });
    expect(errors).toEqual([]);
  });

  it('shows the model in use and the patterns in a Teams tab in the dark theme, in German', async () => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=dark&user=owner&lang=de-DE`);
    await page.getByRole('tab', { name: 'Vertriebseinblicke' }).click();
    const app = page.locator('section:has(> header h2:text-is("Vertriebseinblicke"))');
    await app.locator('section[aria-label="Verwendetes Score-Modell"]').waitFor({ timeout: 60_000 });
    expect(await app.locator('section[aria-label="Verwendetes Score-Modell"] ul li').first().innerText()).toBe('Aus Ihren abgeschlossenen Geschäften gelernt: 84 gewonnene und 126 verlorene Geschäfte');
    expect(await app.locator('section[aria-label="Was gewonnene von verlorenen Geschäften unterscheidet"] ol > li').count()).toBe(15);
    await app.screenshot({ path: join(screenshotDir, 'sales-insights-teams-dark-de.png') });
  });

  it('a leader filters the patterns by team, period and deal size in a Teams tab, with the counts the stored model gives', async () => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.getByRole('tab', { name: 'Sales Insights' }).click();
    const patterns = insights().locator('section[aria-label="What separates won from lost deals"]');
    await patterns.waitFor({ timeout: 60_000 });
    const stored = (await ownerStores().models.getInUse())?.patterns;
    if (stored === undefined) throw new Error('The model in use has no patterns.');
    const team = stored.segments?.cells[0]?.team ?? '';
    const choose = async (label: string, option: string): Promise<void> => {
      await patterns.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await choose('Team', team);
    await choose('Closed within', 'the last 12 months');
    const expected = filterPatternSummary(stored, { team, closedWithinMonths: 12 });
    const intro = `From ${expected.won} won and ${expected.lost} lost deals on this site, strongest evidence first. Each pattern compares only the deals that reached its stage.`;
    await patterns.locator('p', { hasText: intro }).waitFor();
    expect(expected.won + expected.lost).toBeLessThan(stored.won + stored.lost);
    expect(await patterns.locator('ol > li > span:first-child').allInnerTexts()).toEqual(expected.patterns.slice(0, 15).map((p) => p.label));
    await choose('Deal size', '10,000 to under 100,000');
    const sized = filterPatternSummary(stored, { team, closedWithinMonths: 12, band: 1 });
    await patterns.locator('p', { hasText: `From ${sized.won} won and ${sized.lost} lost deals` }).waitFor();
    await patterns.screenshot({ path: join(screenshotDir, 'sales-insights-teams-pattern-filters.png') });
  });

  it('a leader trains in a Teams tab too, and reads the new model\'s evaluation beside the one in use', async () => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.getByRole('tab', { name: 'Sales Insights' }).click();
    await insights().getByRole('button', { name: "Train on this site's outcomes" }).click();
    const trained = insights().locator('.ms-MessageBar-innerText', { hasText: 'Trained:' });
    await trained.waitFor({ timeout: 120_000 });
    expect(await trained.innerText()).toBe('Trained: logistic (84 won / 126 lost). Compare it with the model in use, then choose.');
    const candidate = insights().locator('section[aria-label="Newest model, not in use"]');
    expect(await candidate.locator('tr[data-figure]').allInnerTexts()).toEqual(['Separation (AUC)\t0.761\t0.613', 'Brier score (lower is better)\t0.208\t0.230', 'Log loss (lower is better)\t0.600\t0.650']);
    expect(await candidate.getByRole('button', { name: 'Use this model' }).count()).toBe(1);
    await insights().screenshot({ path: join(screenshotDir, 'sales-insights-teams-trained.png') });
  });

  it.each(['member', 'visitor'] as const)('a %s reads the model and its evaluation but is offered no training, and is told who can train', async (user) => {
    await page.goto(`${workbench.url}?host=sharePointPage&theme=light&user=${user}&lang=en-US`);
    const inUse = insights().locator('section[aria-label="Score model in use"]');
    await inUse.waitFor({ timeout: 60_000 });
    expect(await inUse.locator('tr[data-figure]').count()).toBe(3);
    expect(await insights().locator('[data-testid="who-can-train"]').innerText()).toBe('You can read the models and their evaluation. Site owners can train a model and choose the one in use.');
    expect(await insights().getByRole('button', { name: "Train on this site's outcomes" }).count()).toBe(0);
    if (user === 'member') await insights().screenshot({ path: join(screenshotDir, 'sales-insights-member-read-only.png') });
  });

  it('a seller sees each score with its grade and its trend since the previous analysis in the personal app', async () => {
    const stores = ownerStores();
    const persona = ((await (await fetch(`${workbench.url}_workbench/personas`)).json()) as { key: string; loginName: string }[]).find((p) => p.key === 'member');
    const published = (await stores.blueprints.getPublished())?.blueprint;
    if (persona === undefined || published === undefined) throw new Error('No seller or no published blueprint.');
    const open: string[] = [];
    for await (const records of stores.opportunities.pagesByStatus('open')) open.push(...records.filter((r) => r.opportunity.owner.toLowerCase() === persona.loginName).map((r) => r.opportunity.id));
    // New exchanges arrive for the seller's open deals (an import), and the analysis re-scores them as it does after every import.
    let changed: string | undefined;
    for (const id of open) {
      const [record] = await stores.opportunities.getMany([id]);
      const entered = new Set(record.opportunity.stageHistory.map((e) => e.stageId));
      const at = Math.max(...record.opportunity.stageHistory.map((e) => e.enteredAt)) + 3_600_000;
      const interactions: Interaction[] = published.transactions.filter((t) => entered.has(t.stage)).map((t) => ({ opportunityId: id, timestamp: at, activity: t.deliverable, transactionId: t.id, fromRole: t.from, toRole: t.to, source: 'csv', sourceKey: `e2e-trend-${id}-${t.id}` }));
      await importRecords(stores, { interactions });
      await analyseTouchedOpportunities(stores, [id], { now: record.snapshot?.analysedAt ?? at });
      const [after] = await stores.opportunities.getMany([id]);
      if (after.snapshot?.previousScore !== undefined) {
        changed = id;
        break;
      }
    }
    expect(changed).toBeDefined();
    const [record] = await stores.opportunities.getMany([changed ?? '']);
    const badge = scoreBadge(record.snapshot);
    if (badge === undefined || badge.change === undefined || badge.since === undefined) throw new Error('No trend was stored.');
    const strings = dashboardStringsFor('en-US');
    const name = record.opportunity.name ?? record.opportunity.id;

    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=light&user=member&lang=en-US`);
    await page.locator('.ms-SearchBox input').first().waitFor({ timeout: 60_000 });
    await page.locator('.ms-SearchBox input').first().fill(name);
    const cell = page.locator('.ms-DetailsRow', { hasText: name }).locator('[data-testid="score-cell"]');
    await cell.waitFor();
    expect(await cell.locator('[aria-hidden="true"]').innerText()).toBe(`${badge.points} ${badge.grade} ${TREND_SYMBOLS[badge.trend]}`);
    expect(await cell.getAttribute('data-trend')).toBe(badge.trend);
    expect(badge.trend).not.toBe('not-enough-history');
    expect(await page.locator('[data-testid="score-legend"]').innerText()).toContain('Score grades: A from 75, B from 50, C from 25, D below 25.');
    await cell.scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="vn-list-heading"]').screenshot({ path: join(screenshotDir, 'sales-insights-seller-personal-list.png') });

    // A Fluent link without an address renders as a button: found by its label, as people hear it.
    await page.locator(`[aria-label="Open details of ${name}"]`).click();
    const panel = page.getByRole('dialog');
    await panel.locator('[data-testid="score-trend"]').waitFor({ timeout: 30_000 });
    expect(await panel.locator('[data-testid="score-grade"]').innerText()).toBe(strings.gradeLine(badge.grade, { A: 75, B: 50, C: 25 }));
    expect(await panel.locator('[data-testid="score-trend"]').innerText()).toBe(
      strings.trendLine(strings.trends[badge.trend], strings.points(`${badge.change > 0 ? '+' : ''}${badge.change}`), formatDate(badge.since, 'en-US', ''), 5)
    );
    await panel.locator('[data-testid="score-trend"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'sales-insights-seller-personal-trend.png') });
  });

  it.each(['light', 'dark', 'highContrast'] as const)('has no serious axe finding on the Insights page in the %s theme', async (theme) => {
    await page.goto(`${workbench.url}?host=sharePointPage&theme=${theme}&user=owner&lang=en-US`);
    await insights().locator('section[aria-label="What separates won from lost deals"]').waitFor({ timeout: 60_000 });
    await insights().screenshot({ path: join(screenshotDir, `sales-insights-axe-${theme}.png`) });
    expect(await seriousViolations()).toEqual([]);
  });

  it('fits 320 px without horizontal scrolling in a Teams tab', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await narrow.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
      const tab = narrow.getByRole('tab', { name: 'Sales Insights' });
      if (await tab.isVisible()) await tab.click();
      else {
        await narrow.locator('.ms-Pivot-overflowMenuButton').click();
        await narrow.getByRole('menuitem', { name: 'Sales Insights' }).click();
      }
      const app = narrow.locator('section:has(> header h2:text-is("Sales Insights"))');
      await app.locator('section[aria-label="What separates won from lost deals"]').waitFor({ timeout: 60_000 });
      await app.screenshot({ path: join(screenshotDir, 'sales-insights-320.png') });
      // Elements whose box reaches past the right edge, outside boxes that scroll on their own (tables).
      const overflowing = await app.evaluate((section) => {
        const found: string[] = [];
        const walk = (el: Element): void => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width > 0 && box.right > document.documentElement.clientWidth + 0.5) {
            found.push(`${el.tagName.toLowerCase()}.${typeof el.className === 'string' ? el.className.split(' ')[0] : ''} "${(el.textContent ?? '').slice(0, 30)}" (${Math.round(box.right)} px)`);
            return;
          }
          if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') return;
          for (const child of Array.from(el.children)) walk(child);
        };
        walk(section);
        return found;
      });
      expect(overflowing).toEqual([]);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await narrow.close();
    }
  });
});
