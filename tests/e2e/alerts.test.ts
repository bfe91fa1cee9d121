/**
 * An alert followed the way a person follows it: the monitor sends the day's digests (the team
 * summary to sales operations, each seller their own), the outbox shows the mail with its links, the
 * link opens the dashboard filtered to exactly the alert's deals, and the alert is acknowledged in the
 * dashboard's feed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runMonitorCommand, type MonitorIo } from '../../cli/commands/monitor';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import { DEMO_REFERENCE_DATE, generateDemoOrganisation, toGraphSeed } from '../../workbench/demo';
import type { OutboxItem } from '../../workbench/server/graph/types';
import { seedWorkbench } from '../../workbench/seed';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const NOW = DEMO_REFERENCE_DATE + 14 * DAY + 9 * 3_600_000;

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;
let dir: string;
let ownerEmail: string;

beforeAll(async () => {
  workbench = await startTestWorkbench();
  const org = generateDemoOrganisation({ seed: 42, scale: 0.1 });
  ownerEmail = org.siteOwner.email;
  workbench.graph.reset();
  workbench.graph.seed(toGraphSeed(org));
  await seedWorkbench(workbench.siteUrl, org);
  dir = mkdtempSync(join(tmpdir(), 'vn-e2e-alerts-'));
  const configPath = join(dir, 'monitor.json');
  writeFileSync(configPath, JSON.stringify({
    siteUrl: workbench.siteUrl,
    graphBaseUrl: workbench.graphUrl,
    auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: ownerEmail },
    sync: { demo: { seed: 42, scale: 0.1 }, calendarFrom: '2026-09-01T00:00:00Z', calendarTo: '2026-12-31T00:00:00Z' },
    alerts: {
      mailbox: ownerEmail,
      // The demo blueprint's own digest rule posts its team summary to this Workflows webhook.
      webhooks: { 'sales-alerts': `${workbench.url.replace(/\/$/, '')}/webhooks/workflows/sales-alerts` },
      teamsAppId: 'app-1',
      digests: { sellers: 'mail', maxLines: 5 },
      rules: [{ id: 'stalled', name: 'Stalled deals', trigger: { kind: 'stalled-stage', maxDays: 30 }, channel: 'mail', target: ownerEmail, delivery: 'digest' }]
    }
  }));
  const lines: string[] = [];
  const io: MonitorIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => NOW, sleep: async () => undefined, stopped: () => true };
  const code = await runMonitorCommand(['--config', configPath, '--once'], io);
  expect([code, lines.filter((l) => !/^(sent|sync|analysis|alerts|blueprint)[: ]/.test(l))]).toEqual([0, []]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface AxeResult { readonly violations: readonly { readonly id: string; readonly impact?: string; readonly nodes: readonly { readonly target: readonly string[] }[] }[] }

/** Serious and critical axe violations inside `selector`. */
async function seriousViolations(selector: string): Promise<string[]> {
  // The page's CSP refuses inline scripts; evaluating over the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = (await page.evaluate(async (context) => (window as unknown as { axe: { run: (c: string) => Promise<AxeResult> } }).axe.run(context), selector)) as AxeResult;
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('an alert from the outbox to the filtered dashboard', () => {
  it('follows the team summary\'s link to exactly its deals and acknowledges it in the feed', async () => {
    const sent = (await (await fetch(`${workbench.url}_workbench/outbox`)).json()) as OutboxItem[];
    const summary = sent.find((item) => item.kind === 'mail' && item.target === ownerEmail && (item.subject ?? '').includes('sellers'));
    expect(summary).toBeDefined();
    const key = `*|stalled|digest|${new Date(NOW).toISOString().slice(0, 10)}`;
    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    const record = await stores.alertLog.get(key);
    const deals = record?.dealIds ?? [];
    expect(deals.length).toBeGreaterThan(5);
    // Each seller's own mail holds at most 5 lines; the summary 5 deals, whatever the number of actions.
    const sellerMails = sent.filter((item) => item.kind === 'mail' && item.target !== ownerEmail);
    expect(sellerMails.length).toBeGreaterThan(1);
    expect(Math.max(...sent.map((item) => (item.body ?? '').length))).toBeLessThan(8 * 1024);

    await page.goto(`${workbench.url}?host=teamsTab&theme=light&user=owner&lang=en-US`);
    await page.getByRole('button', { name: 'Outbox' }).click();
    const entry = page.locator(`.ms-Panel-main [data-outbox-item="${summary?.id ?? ''}"]`);
    await entry.waitFor();
    const links = entry.locator('[data-outbox-links] a');
    const last = links.last();
    expect(await last.innerText()).toBe(`All ${record?.summary.match(/: (\d+) actions?/)?.[1] ?? '?'} actions on ${deals.length} deals in the dashboard`);
    expect(await last.getAttribute('href')).toBe(`/?${new URLSearchParams({ host: 'teamsTab', opportunity: `alert:${key}` }).toString()}`);
    await page.screenshot({ path: join(screenshotDir, 'alerts-outbox.png') });

    await last.click();
    const filter = page.locator('[data-testid="alert-filter"]');
    await filter.waitFor();
    expect(await filter.innerText()).toContain(`Showing the ${deals.length} deals of the alert "${record?.summary ?? ''}".`);
    await page.getByText(`${deals.length} of 150 opportunities`).waitFor();
    const item = page.locator(`[data-alert="${key}"]`);
    await item.waitFor();
    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await item.getByText('Acknowledged by', { exact: false }).waitFor();
    expect((await stores.alertLog.get(key))?.acknowledgedBy).toBe(ownerEmail.toLowerCase());
    await page.screenshot({ path: join(screenshotDir, 'alerts-dashboard.png'), fullPage: false });
    expect(await seriousViolations('[data-testid="alert-feed"]')).toEqual([]);

    // The sync run the monitor made, in the product: what it brought in and what it could not match.
    const sync = page.locator('[data-testid="sync-status"]');
    await sync.scrollIntoViewIfNeeded();
    expect(await sync.locator('p').first().innerText()).toMatch(/^Last run Nov 14, 2026 over \d+ sources\. Brought in: \d+ exchanges? recognised \(\d+ new, \d+ already stored, 0 failed\)\. \d+ items? could not be matched to an exchange\.$/);
    expect(await sync.locator('tbody tr').count()).toBeGreaterThan(0);

    // Create a recognition rule from the largest group: it goes to the blueprint's draft, never live.
    const first = sync.locator('tbody tr').first();
    const pattern = (await first.getAttribute('data-group')) ?? '';
    await first.getByRole('combobox').click();
    const published = await stores.blueprints.getPublished();
    const exchange = published?.blueprint.transactions.find((t) => t.sequence === 1);
    await page.getByRole('option', { name: exchange?.deliverable ?? '?' }).click();
    await first.getByRole('button', { name: 'Add the rule to the draft' }).click();
    const notice = sync.locator('[data-testid="rule-notice"]');
    // The bar's text comes one timer tick after the bar (Fluent's DelayedRender): wait for the text itself.
    await notice.getByText('Added to the draft of', { exact: false }).waitFor();
    expect(await notice.innerText()).toContain(`Added to the draft of ${published?.blueprint.name ?? '?'}: "${exchange?.deliverable ?? '?'}" recognised by`);
    const draft = await stores.blueprints.getDraft(published?.blueprint.id ?? '');
    const rules = draft?.blueprint.technical?.recognition.find((r) => r.transactionId === exchange?.id)?.rules ?? [];
    expect(JSON.stringify(rules[rules.length - 1])).toContain(pattern.replace(/^\[opp-#\] /, ''));
    expect((await stores.blueprints.getPublished())?.blueprint.version).toBe(published?.blueprint.version);
    await sync.screenshot({ path: join(screenshotDir, 'alerts-sync.png') });
    expect(await seriousViolations('[data-testid="sync-status"]')).toEqual([]);
  });
});
