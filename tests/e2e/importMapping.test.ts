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

beforeAll(async () => {
  workbench = await startTestWorkbench();
  // The demo blueprint (stages qualify, discover, validate, propose, close) and no deals: the CRM file brings them.
  const org = generateDemoOrganisation({ seed: 42, scale: 0.02 });
  await seedWorkbench(workbench.siteUrl, { ...org, opportunities: [], interactions: [] });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

/** Picks an option of a Fluent single-select Dropdown by the dropdown's accessible name. */
async function choose(dropdown: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: dropdown, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('importing a CRM export with its own column names through the mapping step', () => {
  it('matches the columns, takes one correction and the value maps, previews, and stores the deals', async () => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    const panel = page.getByRole('region', { name: 'Import data' });
    await panel.waitFor({ timeout: 60_000 });
    await panel.getByRole('radio', { name: 'Opportunities' }).check({ force: true });
    await page.locator('#vn-import-file').setInputFiles(join(__dirname, '..', 'fixtures', 'e2e', 'crm-pipeline.csv'));
    const step = page.locator('[data-testid="mapping-step"]');
    await step.waitFor({ timeout: 60_000 });

    // Matched automatically, each with the column's values beside it.
    const rows = await step.locator('[data-testid="mapping-fields"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-field'), tr.querySelector('.ms-Dropdown-title')?.textContent ?? '', tr.querySelectorAll('td')[1]?.textContent ?? ''])
    );
    expect(rows).toEqual([
      ['id', 'opportunity_id', 'CRM-1001, CRM-1002, CRM-1003'],
      ['name', '(not in the file)', ''],
      ['account', 'account', 'Brightwave, Lumenfold'],
      ['owner', 'sales_agent', 'Mira Feldhaus, Tobin Archer, Odile Varga'],
      ['team', '(not in the file)', ''],
      ['amount', 'close_value', '1054, 0'],
      ['currency', '(not in the file)', ''],
      ['status', 'deal_stage', 'Won, Engaging, Lost'],
      ['created', 'engage_date', '10/20/2026, 10/25/2026, 11/2/2026'],
      ['closed', 'close_date', '11/13/2026, 11/7/2026'],
      ['stage', 'deal_stage', 'Won, Engaging, Lost'],
      ['stageEntered', '(not in the file)', '']
    ]);
    expect(await step.locator('[data-testid="mapping-problems"] li').allInnerTexts()).toEqual(['Choose a blueprint stage (or "No stage") for "Prospecting", "Engaging".']);

    // One correction: the team is in a column the product cannot know by its name.
    await choose('Column for Team', 'squad');
    // The stage values, and a default for deals that have no account yet.
    await choose('Stage for Prospecting', 'Qualify');
    await choose('Stage for Engaging', 'Validate');
    await choose('Stage for Won', 'Close');
    await step.getByRole('textbox', { name: 'Default for Account' }).fill('(no account yet)');
    expect(await step.locator('[data-testid="mapping-problems"]').count()).toBe(0);
    const cellTexts = (trs: Element[]): (string | null)[][] =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.querySelector('.ms-Dropdown-title') ?? td).textContent));
    expect(await step.locator('[data-testid="stage-values"] tbody tr').evaluateAll(cellTexts)).toEqual([
      // Most rows first, ties by value.
      ['Prospecting', '2', 'Qualify'],
      ['Engaging', '1', 'Validate'],
      ['Lost', '1', 'No stage'],
      ['Won', '1', 'Close']
    ]);
    expect(await step.locator('[data-testid="mapping-preview"] caption').innerText()).toBe('Preview: the first 4 of 4 opportunities as they will be stored');
    expect(await step.locator('[data-testid="mapping-preview"] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)))).toEqual([
      ['CRM-1001', 'Brightwave', 'Mira Feldhaus', 'Central', '1,054', 'Won', 'Oct 20, 2026', 'Nov 13, 2026', 'Close'],
      ['CRM-1002', 'Lumenfold', 'Tobin Archer', 'West', '0', 'Open', 'Oct 25, 2026', '', 'Validate'],
      ['CRM-1003', 'Brightwave', 'Tobin Archer', 'West', '0', 'Lost', 'Oct 25, 2026', 'Nov 7, 2026', ''],
      ['CRM-1004', '(no account yet)', 'Odile Varga', 'Central', '0', 'Open', 'Nov 2, 2026', '', 'Qualify']
    ]);
    expect(await step.locator('[data-testid="mapping-row-errors"] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)))).toEqual([
      ['5', 'engage_date', 'is empty and the row has no other date: map the column with the created date, or give the mapping a default']
    ]);
    await step.locator('[data-testid="mapping-json"]').evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await page.screenshot({ path: join(screenshotDir, 'import-mapping-step.png'), fullPage: true });

    await step.getByRole('button', { name: 'Import 4 opportunities' }).click();
    await page.locator('[data-testid="import-report"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="import-summary"]').innerText()).toBe('4 opportunities read, 1 row rejected.');
    expect(await page.locator('[data-testid="import-stored"]').innerText()).toBe('4 new, 0 updated, 0 unchanged, 0 failed.');
    await page.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'import-mapping-report.png'), fullPage: false });

    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    const stored = await stores.opportunities.getMany(['CRM-1001', 'CRM-1002', 'CRM-1003', 'CRM-1004', 'CRM-1005']);
    expect(stored.map((s) => s.opportunity)).toEqual([
      { id: 'CRM-1001', account: 'Brightwave', owner: 'Mira Feldhaus', team: 'Central', amount: 1054, status: 'won', createdAt: day(2026, 10, 20), closedAt: day(2026, 11, 13), stageHistory: [{ stageId: 'close', enteredAt: day(2026, 10, 20) }] },
      { id: 'CRM-1002', account: 'Lumenfold', owner: 'Tobin Archer', team: 'West', amount: 0, status: 'open', createdAt: day(2026, 10, 25), stageHistory: [{ stageId: 'validate', enteredAt: day(2026, 10, 25) }] },
      { id: 'CRM-1003', account: 'Brightwave', owner: 'Tobin Archer', team: 'West', amount: 0, status: 'lost', createdAt: day(2026, 10, 25), closedAt: day(2026, 11, 7), stageHistory: [] },
      { id: 'CRM-1004', account: '(no account yet)', owner: 'Odile Varga', team: 'Central', amount: 0, status: 'open', createdAt: day(2026, 11, 2), stageHistory: [{ stageId: 'qualify', enteredAt: day(2026, 11, 2) }] }
    ]);
  });
});
