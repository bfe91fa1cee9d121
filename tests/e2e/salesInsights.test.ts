import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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
      'Blueprint Enterprise sale, version 3'
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
    await insights().locator('.ms-MessageBar-innerText', { hasText: 'Now in use: logistic (84 won / 126 lost)' }).waitFor();
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
});
