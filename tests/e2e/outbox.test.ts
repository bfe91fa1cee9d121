import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { OutboxItem } from '../../workbench/server/graph/types';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(180_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  workbench = await startTestWorkbench();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

const owner = 'priya.ito@contoso-sales.example';
const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Fabrikam: no meeting with the economic buyer yet', wrap: true }, { type: 'FactSet', facts: [{ title: 'Stage', value: 'Validate' }] }]
};
const digestCard = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Daily digest: 2 deals need attention', weight: 'Bolder' }] };

async function graphPost(path: string, body: unknown): Promise<number> {
  const response = await fetch(`${workbench.graphUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', authorization: `Bearer user:${owner}` },
    body: JSON.stringify(body)
  });
  return response.status;
}

interface AxeResult { readonly violations: readonly { readonly id: string; readonly impact?: string; readonly nodes: readonly { readonly target: readonly string[] }[] }[] }

async function seriousViolations(selector: string): Promise<string[]> {
  // The page's CSP refuses inline scripts; evaluating over the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = (await page.evaluate(async (context) => (window as unknown as { axe: { run: (c: string) => Promise<AxeResult> } }).axe.run(context), selector)) as AxeResult;
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const panel = (): Locator => page.locator('.ms-Panel-main');

async function openOutbox(): Promise<void> {
  await page.getByRole('button', { name: 'Outbox' }).click();
  await panel().locator('[data-outbox-item]').first().waitFor();
}

function shown(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

describe('the workbench outbox', () => {
  it('lists what was sent newest first, renders cards with the Teams host configs and follows the theme', async () => {
    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.getByRole('button', { name: 'Outbox' }).click();
    await panel().getByText('Nothing has been sent yet.', { exact: false }).waitFor();
    await panel().getByRole('button', { name: 'Close the outbox' }).click();
    await panel().waitFor({ state: 'detached' });

    expect(await graphPost('/chats/19:deal-room@thread.v2/messages', {
      body: { contentType: 'html', content: '<attachment id="card-1"></attachment>' },
      attachments: [{ id: 'card-1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }]
    })).toBe(201);
    expect(await graphPost('/me/sendMail', {
      message: {
        subject: 'Fabrikam needs an economic buyer',
        body: { contentType: 'html', content: '<p>Book the <b>CFO</b> meeting &amp; the <i>ROI</i> review.</p><!-- x --><script>document.title = "pwned"</script><img src="x" onerror="document.title = \'pwned\'">' },
        toRecipients: [{ emailAddress: { address: 'ada@contoso-sales.example' } }]
      },
      saveToSentItems: false
    })).toBe(202);
    const webhook = await fetch(`${workbench.url}webhooks/workflows/wf-deals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: digestCard }] })
    });
    expect(webhook.status).toBe(202);
    const sent = (await (await fetch(`${workbench.url}_workbench/outbox`)).json()) as OutboxItem[];
    expect(sent.map((item) => [item.id, item.kind])).toEqual([['1', 'chatMessage'], ['2', 'mail'], ['3', 'webhook']]);

    await openOutbox();
    const rows = await panel().locator('[data-outbox-item] > header').evaluateAll((headers) => headers.map((h) => Array.from(h.children, (c) => c.textContent)));
    expect(rows).toEqual([
      ['Workflows webhook to webhooks/wf-deals', `From a Workflows flow (no signed-in user) · ${shown(sent[2].time)}`],
      ['Mail to ada@contoso-sales.example', `From ${owner} · ${shown(sent[1].time)}`, 'Subject: Fabrikam needs an economic buyer'],
      ['Teams chat message to chats/19:deal-room@thread.v2', `From ${owner} · ${shown(sent[0].time)}`]
    ]);
    expect(await panel().locator('[data-outbox-body]').allInnerTexts()).toEqual(['Book the CFO meeting & the ROI review.']);
    expect(await panel().locator('[data-outbox-item] script, [data-outbox-item] img').count()).toBe(0);
    expect(await page.title()).toBe('ValueNetworks local workbench');
    const chatCard = panel().locator('[data-outbox-item="1"] .ac-adaptiveCard');
    expect(await chatCard.locator('.ac-textBlock').first().innerText()).toBe('Fabrikam: no meeting with the economic buyer yet');
    // The renderer puts a spacing cell between a fact's title and value.
    expect(await chatCard.locator('.ac-factset td').allInnerTexts()).toEqual(['Stage', '', 'Validate']);
    expect(await panel().locator('[data-outbox-item="3"] .ac-adaptiveCard .ac-textBlock').innerText()).toBe('Daily digest: 2 deals need attention');
    expect(await chatCard.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await seriousViolations('.ms-Panel-main')).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'outbox-light.png') });

    await panel().getByRole('button', { name: 'Close the outbox' }).click();
    await panel().waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Theme' }).click();
    await page.getByRole('option', { name: 'Dark' }).click();
    await openOutbox();
    const darkCard = panel().locator('[data-outbox-item="1"] .ac-adaptiveCard');
    expect(await darkCard.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
    expect(await darkCard.locator('.ac-textBlock').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
    expect(await seriousViolations('.ms-Panel-main')).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'outbox-dark.png') });

    await panel().getByRole('button', { name: 'Refresh' }).click();
    await panel().locator('[data-outbox-item]').first().waitFor();
    expect(await panel().locator('[data-outbox-item]').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('opens and closes from the keyboard and uses the dark host config in high contrast', async () => {
    await page.goto(`${workbench.url}?host=teamsPersonalApp&theme=highContrast&user=owner&lang=en-US`);
    const outbox = page.getByRole('button', { name: 'Outbox' });
    await outbox.focus();
    await page.keyboard.press('Enter');
    await panel().locator('[data-outbox-item]').first().waitFor();
    expect(await panel().locator('[data-outbox-item="1"] .ac-adaptiveCard').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
    // Focus returns to the toolbar button, so a keyboard user carries on where they were.
    expect(await outbox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});
