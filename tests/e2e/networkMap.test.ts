import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createNodeSp, createSharePointProvisioner, createSharePointStores } from '../../src/adapters/sharepoint';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';
import { setUpSite } from '../../src/services/provisioning';
import { enterpriseSaleBlueprint } from '../../workbench/demo/blueprint';
import { launchChromium, type RunningWorkbench, screenshotDir, startTestWorkbench } from './browser';

jest.setTimeout(180_000);

let workbench: RunningWorkbench;
let browser: Browser;
let page: Page;
const messages: string[] = [];

beforeAll(async () => {
  workbench = await startTestWorkbench();
  const sp = createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } });
  await setUpSite(createSharePointProvisioner(sp));
  await publishBlueprint(createSharePointStores(sp).blueprints, enterpriseSaleBlueprint());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => messages.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') messages.push(message.text());
  });
  await page.goto(`${workbench.url}?host=sharePointPage&theme=light&user=owner&lang=en-US`);
  await designer().locator('svg[data-layout-ms] [data-transaction]').nth(24).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await workbench?.dispose();
});

const designer = (): ReturnType<Page['locator']> => page.locator('section:has(h2:text-is("Value Network Designer"))');

interface Problems {
  roles: number;
  labels: number;
  labelOverlaps: number;
  textOutsideLabel: number;
  linesThroughRoles: number;
  linesThroughOtherLabels: number;
  diagramWidthShare: number;
}

/** Measured in the page from what Chromium drew (screen pixels), not from the layout's numbers. */
function measure(): Promise<Problems> {
  return page.evaluate(() => {
    type R = { left: number; top: number; right: number; bottom: number };
    const svg = document.querySelector('svg[data-layout-ms]') as SVGSVGElement;
    const rect = (e: Element): R => e.getBoundingClientRect();
    const overlap = (a: R, b: R): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const crosses = (p: DOMPoint, q: DOMPoint, r: R): boolean => {
      // Lines are horizontal or vertical: a crossing is a run through the box's interior.
      const e = 1;
      if (Math.abs(p.y - q.y) < 0.01) return p.y > r.top + e && p.y < r.bottom - e && Math.max(p.x, q.x) > r.left + e && Math.min(p.x, q.x) < r.right - e;
      if (Math.abs(p.x - q.x) < 0.01) return p.x > r.left + e && p.x < r.right - e && Math.max(p.y, q.y) > r.top + e && Math.min(p.y, q.y) < r.bottom - e;
      return true;
    };
    const roles = [...svg.querySelectorAll('[data-role] .vn-shape')].map(rect);
    const exchanges = [...svg.querySelectorAll('[data-transaction]')].map((g) => {
      const path = g.querySelectorAll('path')[1] as SVGPathElement;
      const matrix = path.getScreenCTM() as DOMMatrix;
      const numbers = (path.getAttribute('d') ?? '').replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number);
      const points: DOMPoint[] = [];
      for (let i = 0; i < numbers.length; i += 2) points.push(new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(matrix));
      return { points, label: rect(g.querySelector('rect.vn-label') as Element), text: rect(svg.querySelector(`[data-label-of="${g.getAttribute('data-transaction') ?? ''}"]`) as Element) };
    });
    let labelOverlaps = 0;
    let linesThroughRoles = 0;
    let linesThroughOtherLabels = 0;
    const boxes = [...exchanges.map((x) => x.label), ...roles];
    for (let i = 0; i < exchanges.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) labelOverlaps++;
    for (const x of exchanges) {
      const through = (r: R): boolean => x.points.slice(1).some((q, i) => crosses(x.points[i], q, r));
      linesThroughRoles += roles.filter(through).length;
      linesThroughOtherLabels += exchanges.filter((y) => y !== x && through(y.label)).length;
    }
    const textOutsideLabel = exchanges.filter((x) => x.text.left < x.label.left || x.text.right > x.label.right || x.text.top < x.label.top - 1 || x.text.bottom > x.label.bottom + 1).length;
    const drawn = [...roles, ...exchanges.map((x) => x.label)];
    const width = Math.max(...drawn.map((r) => r.right)) - Math.min(...drawn.map((r) => r.left));
    return { roles: roles.length, labels: exchanges.length, labelOverlaps, textOutsideLabel, linesThroughRoles, linesThroughOtherLabels, diagramWidthShare: Math.round((width / svg.clientWidth) * 10) / 10 };
  });
}

async function axeSerious(): Promise<string[]> {
  // The page's CSP forbids inline script (as SharePoint's does), so axe is evaluated through the debugger protocol.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document.querySelector('main'));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the value network map of the demo blueprint at 1440 px', () => {
  it('draws 12 roles and 25 exchanges with no overlapping labels and no line through a box, filling the canvas', async () => {
    const layoutMs = Number(await designer().locator('svg[data-layout-ms]').getAttribute('data-layout-ms'));
    // eslint-disable-next-line no-console
    console.log(`layout of the demo blueprint in Chromium: ${layoutMs} ms`);
    await designer().locator('div:has(> svg[data-layout-ms])').screenshot({ path: join(screenshotDir, 'network-map-1440.png') });
    expect(await measure()).toEqual({ roles: 12, labels: 25, labelOverlaps: 0, textOutsideLabel: 0, linesThroughRoles: 0, linesThroughOtherLabels: 0, diagramWidthShare: 1 });
    expect(await axeSerious()).toEqual([]);
    // The engine runs without eval or a worker: the page's CSP (script-src 'self') reported nothing.
    expect(messages).toEqual([]);
  });

  it('tabs through the roles first, then the exchanges in sequence, and shows a shortened label in full on focus', async () => {
    await designer().getByRole('combobox', { name: 'Show' }).focus();
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-role') ?? `x:${document.activeElement?.getAttribute('data-transaction') ?? '?'}`));
    }
    expect(order.slice(0, 12).every((id) => !id.startsWith('x:'))).toBe(true);
    expect(new Set(order.slice(0, 12)).size).toBe(12);
    expect(order.slice(12)).toEqual(['x:T01', 'x:T02']);
    // "Technical discovery workshop" does not fit its label: focus shows it whole.
    await designer().locator('[data-transaction="T07"]').focus();
    expect(await designer().locator('[data-full-label] text').textContent()).toBe('7. Technical discovery workshop');
    await designer().locator('div:has(> svg[data-layout-ms])').screenshot({ path: join(screenshotDir, 'network-map-focus-label.png') });
  });

  it('keeps a role moved by keyboard where it was put and redraws its lines from there', async () => {
    const legal = designer().locator('svg [data-role="legal"]');
    const before = await legal.getAttribute('transform');
    const [x, y] = (before ?? '').replace(/[^0-9. ]/g, '').trim().split(/\s+/).map(Number);
    await legal.focus();
    await page.keyboard.press('Shift+ArrowDown');
    expect(await legal.getAttribute('transform')).toBe(`translate(${x} ${y + 50})`);
    // T19 (legal -> finance / legal counsel) now leaves the east side of the moved box, at its middle.
    const d = (await designer().locator('[data-transaction="T19"] path').nth(1).getAttribute('d')) ?? '';
    expect(d.split(' L ')[0]).toBe(`M ${Math.round((x + 80) * 100) / 100} ${Math.round((y + 50) * 100) / 100}`);
    await designer().locator('div:has(> svg[data-layout-ms])').screenshot({ path: join(screenshotDir, 'network-map-moved-role.png') });
  });

  it('dims everything outside the sales engineer\'s neighbourhood, one step and two', async () => {
    const dimmed = async (): Promise<[number, number]> => [
      await designer().locator('svg [data-role][aria-hidden="true"]').count(),
      await designer().locator('svg [data-transaction][aria-hidden="true"]').count()
    ];
    await designer().getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Around Sales engineer' }).click();
    // One step: T07, T08, T10-T13 with the technical evaluator and security; 9 roles and 19 exchanges dimmed.
    expect(await dimmed()).toEqual([9, 19]);
    await designer().locator('div:has(> svg[data-layout-ms])').screenshot({ path: join(screenshotDir, 'network-map-focus-role.png') });
    await designer().getByRole('combobox', { name: 'Steps' }).click();
    await page.getByRole('option', { name: '2 steps' }).click();
    // The evaluators talk to nobody else: two steps reach no further.
    expect(await dimmed()).toEqual([9, 19]);
    await designer().getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Stage Close' }).click();
    // One step from Close (T22-T25) is wider with two steps: from AE, procurement, EB, legal, CSM and end user lead.
    expect((await dimmed())[0]).toBeLessThan(12);
    expect(await axeSerious()).toEqual([]);
  });
});
