import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateDemoOrganisation } from '../../workbench/demo';
import { seedWorkbench } from '../../workbench/seed';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(300_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  // A twentieth of the demo organisation: enough rows, names and stages to show what overflows.
  await seedWorkbench(workbench.siteUrl, generateDemoOrganisation({ seed: 42, scale: 0.05 }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

beforeEach(async () => {
  // 320 CSS px: WCAG 1.4.10 reflow, and a phone in portrait.
  page = await browser.newPage({ viewport: { width: 320, height: 640 } });
});

afterEach(async () => {
  await page.close();
});

/** Elements of the app whose box reaches past the viewport's right edge, outermost first, as short CSS paths. */
async function overflowing(app: string): Promise<string[]> {
  return page.locator(`section:has(> header h2:text-is("${app}"))`).evaluate((section) => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
    const walk = (el: Element): void => {
      const box = el.getBoundingClientRect();
      // Inside a scrolling box, overflow is that box's business (tables and the diagram scroll on their own).
      const style = getComputedStyle(el);
      if (box.width > 0 && box.right > width + 0.5) {
        found.push(`${describe(el.parentElement ?? el)} > ${describe(el)} (${Math.round(box.right)} px)`);
        return;
      }
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') return;
      for (const child of Array.from(el.children)) walk(child);
    };
    walk(section);
    return found;
  });
}

const apps = [
  { key: 'designer', title: 'Value Network Designer', ready: 'svg' },
  { key: 'process', title: 'Process Blueprint', ready: 'section[aria-labelledby^="vn-stage-"]' },
  { key: 'dashboard', title: 'Performance Dashboard', ready: '[data-kpi-value]' }
] as const;

describe('every app at 320 px', () => {
  it.each(apps)('$title fits 320 px without horizontal scrolling of the page', async ({ key, title, ready }) => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    // Narrow, the Teams tab strip folds tabs into its overflow menu, as Teams does on a phone.
    const tab = page.getByRole('tab', { name: title });
    if (await tab.isVisible()) await tab.click();
    else {
      await page.locator('.ms-Pivot-overflowMenuButton').click();
      await page.getByRole('menuitem', { name: title }).click();
    }
    const section = page.locator(`section:has(> header h2:text-is("${title}"))`);
    await section.locator(ready).first().waitFor({ timeout: 60_000 });
    await section.screenshot({ path: join(screenshotDir, `${key}-320.png`) });
    if (key === 'process') {
      // The app is very tall at 320 px: its head and the people-and-roles editor, legible on their own.
      await page.screenshot({ path: join(screenshotDir, 'process-320-top.png'), clip: { x: 0, y: 0, width: 320, height: 1100 } });
      await section.locator('[data-testid="participant-roles"]').screenshot({ path: join(screenshotDir, 'process-320-people.png') });
    }
    expect(await overflowing(title)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('the Teams tab strip', () => {
  it.each(['light', 'dark', 'highContrast'])('passes axe colour contrast in the %s theme', async (theme) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${workbench.url}?host=teamsTab&theme=${theme}&user=owner&lang=en-US`);
    await page.getByRole('tab', { name: 'Value Network Designer' }).waitFor();
    // The page's CSP forbids inline script (as SharePoint's does): axe is evaluated through the debugger protocol.
    await page.evaluate(readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('[role="tablist"]'), { runOnly: ['color-contrast'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    if (theme === 'dark') await page.locator('[role="tablist"]').screenshot({ path: join(screenshotDir, 'teams-tabs-dark.png') });
  });
});
