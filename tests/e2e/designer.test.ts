import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNodeSp, createSharePointProvisioner } from '../../src/adapters/sharepoint';
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
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=member&lang=en-US`);
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
    await designer().getByText('Published as version 1.').waitFor();
    expect(await designer().getByRole('status').first().innerText()).toContain('Published, version 1');

    await designer().getByRole('menuitem', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'WS-BPEL 2.0' }).click()]);
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
});
