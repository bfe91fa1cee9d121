import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createBlueprintStore, createNodeSp, createSharePointProvisioner } from '../../src/adapters/sharepoint';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(180_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  // A site owner sets the site up once, as in SharePoint; the designer then runs as a member.
  await createSharePointProvisioner(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } })).provision();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

const designer = (): ReturnType<Page['locator']> => page.locator('section:has(h2:text-is("Value Network Designer"))');

describe('the Value Network Designer on the workbench', () => {
  it('adds roles, a stage and a transaction by keyboard in the table, shows them in the diagram, publishes and exports BPEL', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.getByRole('tab', { name: 'Value Network Designer' }).click();
    await designer().getByRole('status').filter({ hasText: 'New strategy blueprint' }).waitFor();

    await designer().getByRole('tab', { name: 'Table' }).click();
    const typeInto = async (text: string): Promise<void> => {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };
    // Add two roles: the new row's name field takes the focus; Tab moves to its side.
    await designer().getByRole('button', { name: 'Add role' }).focus();
    await page.keyboard.press('Enter');
    await typeInto('Account executive');
    await designer().getByRole('button', { name: 'Add role' }).focus();
    await page.keyboard.press('Enter');
    await typeInto('Champion');
    await page.keyboard.press('End'); // side select: Partner is last, then up one to Customer
    await page.keyboard.press('ArrowUp');
    await designer().getByRole('button', { name: 'Add stage' }).focus();
    await page.keyboard.press('Enter');
    await typeInto('Discover');
    await designer().getByRole('button', { name: 'Add transaction' }).focus();
    await page.keyboard.press('Enter');
    await typeInto('Discovery call');

    expect(await designer().getByRole('combobox', { name: 'Side, Role 2' }).inputValue()).toBe('customer');
    expect(await designer().getByRole('combobox', { name: 'From, Transaction 1' }).inputValue()).toBe('role-1');
    expect(await designer().getByRole('combobox', { name: 'To, Transaction 1' }).inputValue()).toBe('role-2');
    await page.screenshot({ path: join(screenshotDir, 'designer-table.png'), fullPage: true });

    await designer().getByRole('tab', { name: 'Diagram' }).click();
    const arrow = designer().getByRole('button', { name: '1. Discovery call, from Account executive to Champion, Intangible, stage Discover' });
    await arrow.waitFor();
    expect(await designer().locator('svg [data-role]').count()).toBe(2);
    expect(await designer().getByText('No problems: the blueprint can be published.').count()).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'designer-diagram.png'), fullPage: true });

    await designer().getByRole('menuitem', { name: 'Publish' }).click();
    await designer().getByText('Published as v1: monitoring, scores and alerts now use it.').waitFor();
    expect(await designer().locator('[data-testid="lifecycle-status"]').innerText()).toContain('Live: v1');

    await designer().getByRole('menuitem', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'WS-BPEL 2.0, abstract (to describe)' }).click()]);
    const bpel = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.bpel$/);
    expect(bpel).toContain('http://docs.oasis-open.org/wsbpel/2.0/process/abstract');
    expect(bpel).toContain('Discovery call');
    expect(bpel).toContain('Champion');

    // The page's CSP forbids inline script (as SharePoint's does), so axe is evaluated through the debugger protocol.
    await page.evaluate(readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document.querySelector('main'));
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'designer-published.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('saves drafts while v1 stays live, publishes v2, shows the diff in the history and rolls back; a visitor gets no editing affordance', async () => {
    const store = createBlueprintStore(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    await designer().getByRole('tab', { name: 'Table' }).click();
    const deliverable = designer().getByRole('textbox', { name: 'Deliverable, Transaction 1' });
    await deliverable.fill('Discovery workshop');
    await deliverable.press('Tab');
    await designer().getByRole('menuitem', { name: 'Save draft' }).click();
    await designer().getByText('Draft of v2 saved. What is live has not changed.').waitFor();
    expect(await designer().locator('[data-testid="lifecycle-status"]').innerText()).toMatch(/^Live: v1\nDraft of v2, based on v1 · saved by Priya Ito, .+ UTC$/);
    // What the dashboard, the score and the monitor read has not moved.
    const live = await store.getPublished();
    expect([live?.blueprint.version, live?.blueprint.transactions[0].deliverable]).toEqual([1, 'Discovery call']);

    await designer().getByRole('menuitem', { name: 'Publish' }).click();
    await designer().getByText('Published as v2: monitoring, scores and alerts now use it.').waitFor();
    expect((await store.getPublished())?.blueprint.transactions[0].deliverable).toBe('Discovery workshop');

    await designer().getByRole('tab', { name: 'History' }).click();
    const versions = designer().locator('section[aria-labelledby="vn-history-heading"] button');
    await versions.nth(1).waitFor();
    expect((await versions.allInnerTexts()).map((t) => t.replace(/, [A-Z][a-z]{2} \d+, \d{4}, .+ UTC/, ', <when> UTC'))).toEqual([
      'v2 (live) · published by Priya Ito, <when> UTC',
      'v1 · published by Priya Ito, <when> UTC'
    ]);
    await versions.nth(1).click();
    await designer().getByRole('combobox', { name: 'with' }).click();
    await page.getByRole('option', { name: 'v2' }).click();
    expect(await designer().locator('[data-testid="blueprint-diff"] li').allInnerTexts()).toEqual(['Changed the deliverable of "Discovery workshop" from "Discovery call" to "Discovery workshop"']);
    await page.screenshot({ path: join(screenshotDir, 'designer-history.png'), fullPage: true });
    await designer().getByRole('button', { name: 'Make v1 live again' }).click();
    await designer().getByText('The content of v1 is live again, as v3.').waitFor();
    const v3 = await store.getPublished();
    expect([v3?.blueprint.version, v3?.blueprint.transactions[0].deliverable, v3?.restoredFrom]).toEqual([3, 'Discovery call', 1]);

    await page.getByRole('combobox', { name: 'Signed-in user' }).click();
    await page.getByRole('option', { name: /\(visitor\)$/ }).click();
    await page.getByRole('tab', { name: 'Value Network Designer' }).click();
    await designer().getByText('You can read this blueprint. Editing it needs edit rights on this site: ask a site owner.').waitFor();
    for (const name of ['Save draft', 'Publish', 'Discard draft', 'Import', 'Undo']) expect(await designer().getByRole('menuitem', { name }).count()).toBe(0);
    await designer().getByRole('tab', { name: 'Table' }).click();
    expect(await designer().getByRole('textbox', { name: 'Deliverable, Transaction 1' }).isDisabled()).toBe(true);
    expect(await designer().getByRole('button', { name: 'Add role' }).count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'designer-visitor.png'), fullPage: true });
  });
});
