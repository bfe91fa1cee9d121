import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { createBlueprintStore } from '../../src/adapters/sharepoint';
import { businessCaseBlueprint } from '../fixtures/process/businessCaseBlueprint';
import { pnpFor } from '../workbench/sharepoint/pnpClient';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';

jest.setTimeout(180_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

const processApp = (title: string = 'Process Blueprint'): Locator => page.locator(`section:has(h2:text-is("${title}"))`);

async function switchUser(pattern: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Signed-in user' }).click();
  await page.getByRole('option', { name: pattern }).click();
}

interface AxeResult { readonly violations: readonly { readonly id: string; readonly impact: string | null; readonly nodes: readonly { readonly target: readonly string[] }[] }[] }

async function seriousViolations(selector: string): Promise<string[]> {
  // The page's CSP (as strict as SharePoint's) refuses inline scripts; evaluating over the DevTools
  // protocol is not subject to it, and the page's own policy stays in force for the product's code.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = (await page.evaluate(async (context) => (window as unknown as { axe: { run: (c: string) => Promise<AxeResult> } }).axe.run(context), selector)) as AxeResult;
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function previewOf(stage: string): Promise<string[]> {
  return processApp().locator(`aside h5:text-is("${stage}") + ul > li`).allInnerTexts();
}

describe('the Process Blueprint on the workbench', () => {
  it('offers owners the set-up, explains to members who can do it, and sets the site up', async () => {
    await page.goto(`${workbench.url}?host=sharePointPage&theme=light&user=owner&lang=en-US`);
    const setUp = processApp().getByRole('button', { name: 'Set up ValueNetworks on this site' });
    await setUp.waitFor();
    expect(await processApp().locator('h3').innerText()).toBe('ValueNetworks is not set up on this site yet');
    expect(await seriousViolations('main')).toEqual([]);

    await switchUser(/\(member\)$/);
    await processApp().getByText('Ask an owner of this site').waitFor();
    expect(await processApp().getByRole('button').count()).toBe(0);
    expect(await processApp().locator('p').last().innerText()).toBe(
      'Setting it up creates lists and columns, which needs the "Manage Lists" permission that site owners have. Ask an owner of this site to open this page and select "Set up ValueNetworks on this site" once; after that, you and other members can use the app.'
    );
    await processApp().screenshot({ path: join(screenshotDir, 'process-setup-member.png') });

    await switchUser(/\(site owner\)$/);
    await setUp.waitFor();
    await processApp().screenshot({ path: join(screenshotDir, 'process-setup-owner.png') });
    await setUp.click();
    await processApp().getByRole('heading', { name: 'ValueNetworks is set up on this site' }).waitFor({ timeout: 60_000 });
    expect((await processApp().locator('.ms-MessageBar-text').innerText()).trim()).toMatch(/^\d+ changes were made\.$/);
    await processApp().screenshot({ path: join(screenshotDir, 'process-setup-done.png') });
    await processApp().getByRole('button', { name: 'Continue' }).click();
    await processApp().getByText('There is no blueprint on this site yet. Draw one in the Value Network Designer first.').waitFor();
  });

  it('edits exit criteria and due days with the constraint preview following, defines an alert rule and saves it', async () => {
    const store = createBlueprintStore(pnpFor(workbench.siteUrl, 'owner'));
    await publishBlueprint(store, businessCaseBlueprint);
    await page.reload();
    await processApp().locator('aside h5:text-is("Validate")').waitFor();
    expect(await previewOf('Validate')).toEqual([
      'To leave Validate, a deal needs at least 1 selling action and 0 buying actions.',
      'The economic buyer must receive the business case from the account executive.',
      'The economic buyer must receive the business case within 14 days of entering Validate.',
      'The economic buyer must receive the proposal from the account executive.',
      'The economic buyer must receive the business case before the proposal.',
      'The pain statement (Discover) must come before the proposal (Validate).'
    ]);

    const validate = processApp().locator('section:has(h4:text-is("2. Validate"))');
    await validate.getByLabel('Minimum selling actions').fill('2');
    await validate.getByRole('spinbutton', { name: 'Due within days of entering the stage Business case' }).fill('7');
    await validate.getByRole('button', { name: 'Move Proposal up' }).click();
    expect(await previewOf('Validate')).toEqual([
      'To leave Validate, a deal needs at least 2 selling actions and 0 buying actions.',
      'The economic buyer must receive the proposal from the account executive.',
      'The economic buyer must receive the business case before the proposal.',
      'The economic buyer must receive the business case from the account executive.',
      'The economic buyer must receive the business case within 7 days of entering Validate.',
      'The pain statement (Discover) must come before the business case (Validate).'
    ]);
    await processApp().screenshot({ path: join(screenshotDir, 'process-stages.png') });

    await processApp().getByRole('tab', { name: 'Alert rules' }).click();
    await processApp().getByRole('button', { name: 'Add alert rule' }).click();
    await processApp().getByLabel('Name').fill('Late business cases');
    await processApp().getByLabel('Recipient').fill('https://prod.example.com/workflow?sig=abc');
    await processApp().getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Workflows webhook connection' }).click();
    await processApp().getByText('Do not paste the webhook address here').first().waitFor();
    expect(await processApp().getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await processApp().getByLabel('Recipient').fill('deals-webhook');
    await processApp().getByText('Daily digest').click();
    expect(await seriousViolations('main')).toEqual([]);
    await processApp().screenshot({ path: join(screenshotDir, 'process-alerts.png') });

    await processApp().getByRole('button', { name: 'Save draft' }).click();
    await processApp().getByText('Draft of v2 saved. What is live has not changed.').waitFor();
    // Monitoring still reads v1, untouched.
    const live = await store.getPublished(businessCaseBlueprint.id);
    expect([live?.blueprint.version, live?.blueprint.technical?.alertRules ?? []]).toEqual([1, []]);
    const saved = await store.getDraft(businessCaseBlueprint.id);
    expect(saved?.blueprint.technical?.alertRules).toEqual([
      {
        id: 'rule-1',
        name: 'Late business cases',
        enabled: true,
        deviations: ['missing-exchange', 'late'],
        minSeverity: 'medium',
        channel: 'webhook',
        target: 'deals-webhook',
        delivery: 'digest',
        digestHourUtc: 7
      }
    ]);
    expect(saved?.blueprint.stages[1].exitCriteria).toEqual({ minSellingActions: 2, minBuyingActions: 0 });
    expect(saved?.blueprint.transactions.map((t) => [t.id, t.sequence, t.due?.days])).toEqual([['t1', 1, undefined], ['t2', 2, undefined], ['t3', 4, 7], ['t4', 3, undefined]]);

    await processApp().getByRole('button', { name: 'Publish' }).click();
    await processApp().getByText('Published as v2: monitoring, scores and alerts now use it.').waitFor();
    expect((await store.getPublished(businessCaseBlueprint.id))?.blueprint.technical?.alertRules.map((r) => r.name)).toEqual(['Late business cases']);
    expect(await store.getDraft(businessCaseBlueprint.id)).toBeUndefined();
    await processApp().screenshot({ path: join(screenshotDir, 'process-published.png') });

    // A visitor reads the same blueprint with nothing to edit.
    await switchUser(/\(visitor\)$/);
    await processApp().getByText('You can read this blueprint. Editing it needs edit rights on this site: ask a site owner.').waitFor();
    expect(await processApp().getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await processApp().getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await processApp().locator('fieldset:not([disabled]) input').count()).toBe(0);
    await processApp().screenshot({ path: join(screenshotDir, 'process-visitor.png') });
    await switchUser(/\(site owner\)$/);
  });

  it('fits a 320 px wide phone in the dark theme', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${workbench.url}?host=teamsTab&theme=dark&user=owner&lang=de-DE`);
    // Narrow, the Teams tab strip folds tabs into its overflow menu, as Teams does on a phone.
    await page.locator('.ms-Pivot-overflowMenuButton').click();
    await page.getByRole('menuitem', { name: 'Prozess-Blueprint' }).click();
    await processApp('Prozess-Blueprint').locator('aside h5:text-is("Validate")').waitFor();
    // The workbench's own toolbar and tab strip are the host's; the app itself must not scroll sideways.
    const widths = await processApp('Prozess-Blueprint').evaluate((el) => [el.scrollWidth, el.clientWidth]);
    await page.screenshot({ path: join(screenshotDir, 'process-320-dark-de.png'), fullPage: true });
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    // Scoped to the app: the workbench's own Teams tab strip is the host's, not the product's.
    expect(await seriousViolations('[data-app="process-blueprint"]')).toEqual([]);
  });
});
