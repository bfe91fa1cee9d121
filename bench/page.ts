/**
 * What a user waits for: the workbench's SharePoint page with the web parts, the Teams tab and the
 * Teams personal app, opened in headless Chromium against a workbench seeded with the default demo
 * organisation (1,500 opportunities, seed 42).
 *
 * The seeded data folder is kept between runs (`<tmpdir>/vn-bench-page-seed-42`; seeding through the
 * adapters takes minutes on 2 cores) and copied afresh for every scenario, so no run sees another's
 * writes. `VN_BENCH_PAGE_RESEED=1` seeds it again.
 *
 * Per scenario (`sharepoint`, `teams_tab`, `personal_app`, and `sharepoint_faults` with 30 % of the
 * SharePoint and Graph requests answered 429/503/504 with `Retry-After: 1`), one untimed load warms the
 * server and the JIT, then 5 **cold** loads (each in a fresh browser context: no cache, no cookies) and
 * 5 **warm** loads (the same context reloaded, as a returning user). Figures are medians of the 5:
 *  - `page.<scenario>.tti_ms`: time to interactive, from navigation start (the page's own clock): every
 *    web part shows its first meaningful content, the dashboard's first list row takes the keyboard
 *    focus, and the last long task that had begun by then has ended
 *  - `page.<scenario>.first_content.<app>_ms`: when a web part first shows content (its section holds
 *    something other than its heading, and no spinner or progress bar)
 *  - `page.<scenario>.requests`: requests to the emulated SharePoint and Graph (`/sites/`, `/graph/`),
 *    retries included; `page.<scenario>.all_requests` counts the page, script and fonts too
 *  - `page.<scenario>.kb`: bytes transferred (headers and bodies of every answer), KiB
 *  - `page.<scenario>.long_tasks`, `page.<scenario>.long_task_ms`: main-thread tasks over 50 ms until
 *    interactive, their count and total duration
 * and the same for warm loads under `page.<scenario>.warm.*`.
 *
 * Scenario `insights` is the Sales Insights page alone (a Teams tab opened on it with `?tab=insights`),
 * its figures under `insights.page.*` (interactive: the model in use and the patterns shown and "Train"
 * focused), then one "Train on this site's outcomes" in that page: `insights.page.train_ms` (click to the
 * "Trained:" notice) and `.train_requests`. A kept seed made by an
 * older version is brought to the current list schema first (upgradeSite). The request log of the first cold load of
 * each scenario is printed (method, path, status), which is where duplicate reads show.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchFigure, BenchSuite } from './harness';
import { median } from './harness';

const LOADS = 5;
/** A load not interactive by then counts as failed (`page.<scenario>.failed_loads`). */
const LOAD_TIMEOUT_MS = 60_000;
/** The seeded workbench data folder, shared with the site-training suite (bench/siteTraining.ts). */
export const SEED_DIR: string = join(tmpdir(), 'vn-bench-page-seed-42');

interface Scenario {
  readonly key: string;
  /** Key prefix of its figures, default `page.<key>`. */
  readonly prefix?: string;
  readonly query: string;
  readonly faults: boolean;
  /**
   * What interactive means beyond every app's first content: `dashboard`, its KPIs shown and its first
   * list row focused; `insights`, the model in use and the patterns shown and "Train" focused.
   */
  readonly ready: 'dashboard' | 'insights';
  /** Also time one "Train on this site's outcomes" after the loads (`<prefix>.train_ms`, `.train_requests`). */
  readonly train?: boolean;
  /** Titles of the apps (their `h2`) whose first content is measured. */
  readonly apps: readonly { readonly key: string; readonly title: string }[];
}

const ALL_APPS = [
  { key: 'designer', title: 'Value Network Designer' },
  { key: 'process', title: 'Process Blueprint' },
  { key: 'dashboard', title: 'Performance Dashboard' },
  { key: 'insights', title: 'Sales Insights' }
] as const;
const DASHBOARD_ONLY = [ALL_APPS[2]];

const SCENARIOS: readonly Scenario[] = [
  { key: 'sharepoint', query: 'host=sharePointPage&theme=light&user=owner&lang=en-US', faults: false, apps: ALL_APPS, ready: 'dashboard' },
  { key: 'teams_tab', query: 'host=teamsTab&theme=light&user=owner&lang=en-US', faults: false, apps: DASHBOARD_ONLY, ready: 'dashboard' },
  { key: 'personal_app', query: 'host=teamsPersonalApp&theme=light&user=member&lang=en-US', faults: false, apps: DASHBOARD_ONLY, ready: 'dashboard' },
  { key: 'sharepoint_faults', query: 'host=sharePointPage&theme=light&user=owner&lang=en-US', faults: true, apps: ALL_APPS, ready: 'dashboard' },
  // The Sales Insights page alone (a Teams tab opened on it), as a sales leader opens it, then "Train now".
  { key: 'insights', prefix: 'insights.page', query: 'host=teamsTab&tab=insights&theme=light&user=owner&lang=en-US', faults: false, apps: [ALL_APPS[3]], ready: 'insights', train: true }
];

const TRAIN_LABEL = "Train on this site's outcomes";

interface LoadResult {
  readonly ttiMs: number;
  readonly firstContent: Readonly<Record<string, number>>;
  readonly requests: number;
  readonly allRequests: number;
  readonly bytes: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly log: readonly string[];
}

/**
 * Installed before any page script: records, every animation frame, when each app first shows content,
 * and collects long tasks. Plain JS in a string: it runs in the page, not in Node.
 */
const PROBE = `(() => {
  const marks = {};
  const longTasks = [];
  window.__vnProbe = { marks, longTasks };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long task timing */ }
  const tick = () => {
    for (const section of document.querySelectorAll('main section[aria-labelledby]')) {
      const title = section.querySelector(':scope > header h2');
      if (!title || marks[title.textContent] !== undefined) continue;
      const content = Array.from(section.children).filter((c) => c.tagName !== 'HEADER');
      const busy = section.querySelector('.ms-Spinner, .ms-ProgressIndicator, [aria-busy="true"]');
      if (content.length > 0 && !busy && content.some((c) => c.textContent.trim() !== '')) marks[title.textContent] = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const isApi = (url: string): boolean => {
  const path = new URL(url).pathname;
  return path.startsWith('/sites/') || path.startsWith('/graph/');
};

async function measureLoad(page: Page, url: string, scenario: Scenario, reload: boolean): Promise<LoadResult> {
  let requests = 0;
  let allRequests = 0;
  const log: string[] = [];
  const sizes: Promise<number>[] = [];
  const logged: Promise<void>[] = [];
  const onRequest = (request: { url(): string }): void => {
    allRequests++;
    if (isApi(request.url())) requests++;
  };
  const onFinished = (request: import('playwright-core').Request): void => {
    sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize, () => 0));
    if (isApi(request.url())) {
      const u = new URL(request.url());
      logged.push(request.response().then((r) => { log.push(`${request.method()} ${r?.status() ?? '-'} ${decodeURIComponent(u.pathname + u.search)}`); }, () => undefined));
    }
  };
  const onFailed = (request: import('playwright-core').Request): void => {
    if (isApi(request.url())) log.push(`${request.method()} failed ${decodeURIComponent(new URL(request.url()).pathname)}`);
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  try {
    if (reload) await page.reload({ waitUntil: 'commit' });
    else await page.goto(url, { waitUntil: 'commit' });
    const titles = scenario.apps.map((a) => a.title);
    const handle = await page.waitForFunction(
      ({ wanted, ready, trainLabel }: { wanted: string[]; ready: Scenario['ready']; trainLabel: string }) => {
        const probe = (window as unknown as { __vnProbe?: { marks: Record<string, number> } }).__vnProbe;
        if (!probe || wanted.some((t) => probe.marks[t] === undefined)) return false;
        let target: HTMLElement | null | undefined;
        if (ready === 'insights') {
          if (!document.querySelector('section[aria-label="Score model in use"]') || !document.querySelector('section[aria-label="What separates won from lost deals"] ol > li')) return false;
          target = Array.from(document.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent?.trim() === trainLabel && !b.hasAttribute('disabled'));
        } else {
          if (!document.querySelector('[data-kpi-value]')) return false;
          target = document.querySelector<HTMLElement>('.ms-DetailsRow[data-is-focusable="true"]');
        }
        if (!target) return false;
        target.focus();
        return document.activeElement === target ? performance.now() : false;
      },
      { wanted: titles, ready: scenario.ready, trainLabel: TRAIN_LABEL },
      { polling: 'raf', timeout: LOAD_TIMEOUT_MS }
    );
    const ready = (await handle.jsonValue()) as number;
    const probe = await page.evaluate(() => (window as unknown as { __vnProbe: { marks: Record<string, number>; longTasks: [number, number][] } }).__vnProbe);
    const before = probe.longTasks.filter(([start]) => start <= ready);
    const ttiMs = Math.max(ready, ...before.map(([start, duration]) => start + duration));
    const firstContent: Record<string, number> = {};
    for (const app of scenario.apps) firstContent[app.key] = probe.marks[app.title];
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await Promise.all(logged);
    return { ttiMs, firstContent, requests, allRequests, bytes, longTasks: before.length, longTaskMs: before.reduce((a, [, d]) => a + d, 0), log };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
  }
}

function summarise(prefix: string, label: string, scenario: Scenario, loads: readonly LoadResult[]): BenchFigure[] {
  const m = (pick: (l: LoadResult) => number): number => Math.round(median(loads.map(pick)));
  const figures: BenchFigure[] = [
    { key: `${prefix}.tti_ms`, value: m((l) => l.ttiMs), unit: 'ms', label: `${label}: interactive (every web part's content shown, ${scenario.ready === 'insights' ? 'model and patterns shown, Train focused' : 'first list row focused'}, long tasks over), median of ${loads.length}` },
    { key: `${prefix}.requests`, value: m((l) => l.requests), unit: 'count', label: `${label}: requests to SharePoint and Graph, retries included` },
    { key: `${prefix}.all_requests`, value: m((l) => l.allRequests), unit: 'count', label: `${label}: every request, page and assets included` },
    { key: `${prefix}.kb`, value: Math.round(median(loads.map((l) => l.bytes)) / 102.4) / 10, unit: 'KiB', label: `${label}: bytes transferred` },
    { key: `${prefix}.long_tasks`, value: m((l) => l.longTasks), unit: 'count', label: `${label}: main-thread tasks over 50 ms until interactive` },
    { key: `${prefix}.long_task_ms`, value: m((l) => l.longTaskMs), unit: 'ms', label: `${label}: their total duration` }
  ];
  for (const app of scenario.apps) {
    figures.push({ key: `${prefix}.first_content.${app.key}_ms`, value: m((l) => l.firstContent[app.key]), unit: 'ms', label: `${label}: ${app.title} first shows content` });
  }
  return figures;
}

/** Seeds the default organisation once into {@link SEED_DIR} (kept between bench runs). */
export async function ensureSeeded(): Promise<void> {
  if (existsSync(join(SEED_DIR, 'demo-seed.json')) && process.env.VN_BENCH_PAGE_RESEED !== '1') return;
  rmSync(SEED_DIR, { recursive: true, force: true });
  const { startWorkbench } = await import('../workbench/server/app');
  const { seedSharePointOnce } = await import('../workbench/server/demo');
  const workbench = await startWorkbench({ port: 0, dataDir: SEED_DIR });
  try {
    const started = Date.now();
    await seedSharePointOnce(workbench.siteUrl, workbench.demo, SEED_DIR);
    console.log(`  (seeded ${workbench.demo.opportunities.length} opportunities in ${Math.round((Date.now() - started) / 1000)} s into ${SEED_DIR})`);
  } finally {
    await workbench.close();
  }
}

/**
 * One "Train on this site's outcomes" on an interactive page: from the click to the "Trained:" notice,
 * with the requests it made (the page's own reads before the click not counted).
 */
async function measureTraining(page: Page, prefix: string): Promise<BenchFigure[]> {
  let requests = 0;
  const onRequest = (request: { url(): string }): void => {
    if (isApi(request.url())) requests++;
  };
  page.on('request', onRequest);
  try {
    const started = Date.now();
    await page.getByRole('button', { name: TRAIN_LABEL }).click();
    await page.locator('.ms-MessageBar-innerText', { hasText: 'Trained:' }).waitFor({ timeout: 300_000 });
    const ms = Date.now() - started;
    return [
      { key: `${prefix}.train_ms`, value: ms, unit: 'ms', label: 'Train now in the page: click to the "Trained:" notice, reads, training and storing included (goal < 10,000)' },
      { key: `${prefix}.train_requests`, value: requests, unit: 'count', label: 'requests to SharePoint that training made (goal <= 40)' }
    ];
  } finally {
    page.off('request', onRequest);
  }
}

/**
 * Brings a kept seed made by an older version to the current list schema (the lists and columns added
 * since), as a site owner's "Set up" does: otherwise every app would open on the set-up prompt.
 */
export async function upgradeSite(siteUrl: string): Promise<void> {
  const { createNodeSp, createSharePointProvisioner } = await import('../src/adapters/sharepoint');
  const { setUpSite } = await import('../src/services');
  await setUpSite(createSharePointProvisioner(createNodeSp(siteUrl, { headers: { Authorization: 'Bearer user:owner' } })));
}

async function runScenario(browser: Browser, scenario: Scenario): Promise<BenchFigure[]> {
  const { startWorkbench } = await import('../workbench/server/app');
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-bench-page-'));
  cpSync(SEED_DIR, dataDir, { recursive: true });
  const workbench = await startWorkbench({ port: 0, dataDir });
  await upgradeSite(workbench.siteUrl);
  const url = `${workbench.url}?${scenario.query}`;
  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PROBE);
    // A signed-in user already holds the auth cookie the emulator reads (as SharePoint reads its own).
    const user = new URLSearchParams(scenario.query).get('user') ?? 'owner';
    await context.addCookies([{ name: 'vn_user', value: user, url: workbench.url }]);
    return context;
  };
  try {
    if (scenario.faults) workbench.faults.configure({ enabled: true, failureRate: 0.3, seed: 19 });
    // Untimed: warms the server (JIT, the emulator's caches), as a site in use has it.
    const warmup = await newContext();
    await measureLoad(await warmup.newPage(), url, scenario, false).catch(() => undefined);
    await warmup.close();
    const cold: LoadResult[] = [];
    const warm: LoadResult[] = [];
    let failed = 0;
    for (let i = 0; i < LOADS; i++) {
      const context = await newContext();
      try {
        const page = await context.newPage();
        cold.push(await measureLoad(page, url, scenario, false));
        warm.push(await measureLoad(page, url, scenario, true));
      } catch (error) {
        // A load that never becomes interactive (an app showing an error under faults) is counted, not timed.
        failed++;
        console.log(`  ${scenario.key}: load ${i + 1} did not become interactive (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      } finally {
        await context.close();
      }
    }
    const label = scenario.key.replace('_', ' ');
    const prefix = scenario.prefix ?? `page.${scenario.key}`;
    const figures: BenchFigure[] = [{ key: `${prefix}.failed_loads`, value: failed, unit: 'count', label: `${label}: loads (of ${LOADS}) that did not become interactive within ${LOAD_TIMEOUT_MS / 1000} s` }];
    if (cold.length === 0) return figures;
    console.log(`  ${scenario.key}: request log of the first cold load (${cold[0].log.length} requests)`);
    for (const line of [...cold[0].log].sort()) console.log(`    ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`);
    figures.push(...summarise(prefix, `${label} (cold)`, scenario, cold), ...summarise(`${prefix}.warm`, `${label} (warm)`, scenario, warm));
    if (scenario.train) {
      const context = await newContext();
      try {
        const page = await context.newPage();
        await measureLoad(page, url, scenario, false);
        figures.push(...(await measureTraining(page, prefix)));
      } finally {
        await context.close();
      }
    }
    return figures;
  } finally {
    await workbench.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  name: 'page',
  run: async (): Promise<readonly BenchFigure[]> => {
    const { launchChromium } = await import('../tests/e2e/browser');
    await ensureSeeded();
    const wanted = process.env.VN_BENCH_PAGE_SCENARIOS?.split(',');
    const browser = await launchChromium();
    const figures: BenchFigure[] = [];
    try {
      for (const scenario of SCENARIOS) {
        if (wanted && !wanted.includes(scenario.key)) continue;
        const own = await runScenario(browser, scenario).catch((error: unknown): BenchFigure[] => {
          console.log(`  ${scenario.key} failed: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        });
        // Printed as each scenario ends, so that a long run shows its figures as it goes.
        for (const f of own) console.log(`  = ${f.key} ${f.value} ${f.unit}`);
        figures.push(...own);
      }
    } finally {
      await browser.close();
    }
    return figures;
  }
};
