import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(120_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  workbench = await startTestWorkbench();
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

async function factsOf(section: string): Promise<string[]> {
  return page.locator(`section:has(h2:text-is("${section}")) > header li`).allInnerTexts();
}

describe('the local workbench page', () => {
  it('hosts the three apps on an emulated SharePoint page and reports host, theme and user', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });

    await page.goto(workbench.url);
    await page.locator('h2', { hasText: 'Performance Dashboard' }).waitFor();

    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Value Network Designer', 'Process Blueprint', 'Performance Dashboard', 'Sales Insights']);
    for (const title of ['Value Network Designer', 'Process Blueprint', 'Performance Dashboard', 'Sales Insights']) {
      expect(await factsOf(title)).toEqual(['Running in: SharePoint page', 'Theme: Light', 'Signed in as: Priya Ito']);
    }
    await page.screenshot({ path: join(screenshotDir, 'foundation-sharepoint-light.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('switches to a Teams tab in the dark theme as another user, one app per tab', async () => {
    await page.goto(workbench.url);
    await page.locator('h2', { hasText: 'Performance Dashboard' }).waitFor();

    await page.getByRole('combobox', { name: 'Host' }).click();
    await page.getByRole('option', { name: 'Teams tab' }).click();
    await page.getByRole('combobox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: 'Dark' }).click();
    await page.getByRole('combobox', { name: 'Signed-in user' }).click();
    await page.getByRole('option', { name: 'Vera Novak (member)' }).click();

    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Performance Dashboard']);
    expect(await factsOf('Performance Dashboard')).toEqual(['Running in: Teams tab', 'Theme: Dark', 'Signed in as: Vera Novak']);
    const background = await page.locator('section:has(h2:text-is("Performance Dashboard"))').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 31, 31)');
    expect(new URL(page.url()).search).toBe('?host=teamsTab&theme=dark&user=member&lang=en-US');
    expect(await page.evaluate(() => document.cookie)).toBe('vn_user=member');

    await page.getByRole('tab', { name: 'Value Network Designer' }).click();
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Value Network Designer']);
    await page.screenshot({ path: join(screenshotDir, 'foundation-teams-tab-dark.png'), fullPage: true });
  });

  it('opens a Teams personal app in German with high contrast from the address', async () => {
    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=highContrast&user=visitor&lang=de-DE`);
    await page.locator('h2', { hasText: 'Leistungs-Dashboard' }).waitFor();
    expect(await factsOf('Leistungs-Dashboard')).toEqual([
      'Ausgeführt in: Persönliche Teams-App',
      'Design: Hoher Kontrast',
      'Angemeldet als: Zoe Jansen'
    ]);
    await page.screenshot({ path: join(screenshotDir, 'foundation-personal-app-contrast-de.png'), fullPage: true });
  });

  it('serves the page under a Content Security Policy without inline script or eval', async () => {
    const response = await fetch(workbench.url);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'"
    );
  });
});

describe('the emulators behind the workbench', () => {
  it('serves the SharePoint site, Microsoft Graph and the fault controls on the same origin', async () => {
    const web = await fetch(`${workbench.siteUrl}/_api/web`, { headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer user:member' } });
    expect(web.status).toBe(200);
    expect(((await web.json()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe('/sites/sales');

    const anonymous = await fetch(`${workbench.graphUrl}/me`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    // The demo organisation (seed 42) is in Graph from the first start: the site owner's own profile.
    const me = await fetch(`${workbench.graphUrl}/me`, { headers: { authorization: 'Bearer user:priya.ito@contoso-sales.example' } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { displayName: string }).displayName).toBe('Priya Ito');

    const faults = await fetch(`${workbench.url}_workbench/faults`);
    expect(((await faults.json()) as { enabled: boolean }).enabled).toBe(false);
  });
});
