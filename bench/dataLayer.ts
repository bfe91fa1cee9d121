/**
 * The SharePoint data layer over real HTTP against the workbench emulator: how many requests an
 * import and the dashboard cost, and whether a throttled import loses or duplicates anything.
 * Requests are counted at the server.
 *
 * Keys:
 *   data_layer.import_10k.requests          HTTP requests to import 10,000 interactions into a set-up site (goal <= 110)
 *   data_layer.import_10k.ms                wall time of that import, ms
 *   data_layer.dashboard_1500.requests      HTTP requests of loadDashboard over 1,500 opportunities (goal <= 10)
 *   data_layer.dashboard_1500.ms            wall time of that load, ms
 *   data_layer.reimport_1500.requests       HTTP requests to import 1,500 stored opportunities again from a CRM
 *                                           export in which 150 changed status and entered a stage
 *   data_layer.reimport_1500.updated        opportunities the re-import updated (expected 150)
 *   data_layer.reimport_1500.unchanged      opportunities it left alone (expected 1,350)
 *   data_layer.reimport_1500.ms             wall time of the re-import, ms
 *   data_layer.faulty_import_10k.lost       source keys missing after importing 10,000 interactions with 30% of
 *                                           requests answered 429/503 (goal 0)
 *   data_layer.faulty_import_10k.duplicated items stored beyond one per source key (goal 0)
 *   data_layer.faulty_import_10k.requests   HTTP requests including the refused ones
 *   data_layer.faulty_import_10k.ms         wall time, ms (the emulator sends Retry-After: 0, so this is the
 *                                           cost of the extra round trips, not of waiting)
 *   data_layer.postcommit_import_10k.lost   source keys missing after importing 10,000 interactions with 30% of
 *                                           requests faulted, half of them after the write was applied (the answer
 *                                           dropped, held past the timeout, or a gateway's 502/503/504) (goal 0)
 *   data_layer.postcommit_import_10k.duplicated  items stored beyond one per source key (goal 0)
 *   data_layer.postcommit_import_10k.requests    HTTP requests including the faulted ones
 *   data_layer.postcommit_import_10k.ms     wall time, ms (answers held past the timeout included)
 *   alerts.postcommit_1000.*                exactly-once alerts under the same faults: bench/alertsPostCommit.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createNodeSp, createSharePointProvisioner, createSharePointStores, opportunityToItem } from '../src/adapters/sharepoint';
import type { Interaction, Opportunity } from '../src/core/model';
import { loadDashboard, importRecords, setUpSite } from '../src/services';
import { createFaultInjector, mixedFaults, type FaultInjector } from '../workbench/server/faults';
import { createSharePointEmulator, type SharePointEmulator } from '../workbench/server/sharepoint';
import { alertsPostCommitCase } from './alertsPostCommit';
import type { BenchFigure, BenchSuite } from './harness';

interface Site {
  readonly url: string;
  readonly emulator: SharePointEmulator;
  readonly faults: FaultInjector;
  /** Requests the server saw since the last {@link Site.resetRequests}. */
  readonly requests: number;
  resetRequests(): void;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-bench-sp-'));
  const faults = createFaultInjector();
  const emulator = createSharePointEmulator({ dataDir, partFault: faults.partFault });
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    (async () => {
      if (await faults.handle(req, res, url)) return;
      if (!(await emulator.handle(req, res, url))) res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  const site: Site = {
    url: '',
    emulator,
    faults,
    get requests() {
      return requests;
    },
    resetRequests: () => {
      requests = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (site as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${emulator.sitePath}`;
  const sp = createNodeSp(site.url, { headers: { Authorization: 'Bearer user:owner' } });
  await setUpSite(createSharePointProvisioner(sp));
  site.resetRequests();
  return site;
}

function syntheticInteractions(count: number, prefix: string): Interaction[] {
  const t0 = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({ opportunityId: `OPP-${i % 1500}`, timestamp: t0 + i * 60_000, activity: `T0${(i % 9) + 1}`, source: 'bench', sourceKey: `${prefix}-${i}` }));
}

function opportunities(count: number): Opportunity[] {
  const t0 = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({ id: `OPP-${i}`, account: `Account ${i % 300}`, owner: 'adelev@contoso.onmicrosoft.com', amount: 10_000 + i, status: 'open', createdAt: t0, stageHistory: [{ stageId: 'qualify', enteredAt: t0 }] }));
}

function storedKeys(site: Site): string[] {
  const list = site.emulator.store.lists().find((l) => l.title === 'Interactions');
  return site.emulator.store.items(list?.id ?? '').map((item) => String(item.values.VNSourceKey));
}

const figure = (key: string, value: number, unit: string, label: string): BenchFigure => ({ key, value, unit, label });

/** `clean`: no faults; `faulty`: 30% answered 429/503 before the emulator; `postcommit`: 30% mixed, half after the write. */
async function importCase(faults: 'clean' | 'faulty' | 'postcommit'): Promise<BenchFigure[]> {
  const site = await startSite();
  try {
    if (faults === 'faulty') site.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, paths: ['/sites/'], seed: 11 });
    if (faults === 'postcommit') site.faults.configure(mixedFaults(['/sites/'], 12));
    const stores = createSharePointStores(createNodeSp(site.url, { headers: { Authorization: 'Bearer user:owner' } }));
    const input = syntheticInteractions(10_000, faults[0]);
    const start = performance.now();
    await importRecords(stores, { interactions: input });
    const ms = performance.now() - start;
    site.faults.configure({ enabled: false });
    const name = { clean: 'import_10k', faulty: 'faulty_import_10k', postcommit: 'postcommit_import_10k' }[faults];
    const figures = [figure(`data_layer.${name}.requests`, site.requests, 'requests', 'HTTP requests to import 10,000 interactions'), figure(`data_layer.${name}.ms`, Math.round(ms), 'ms', 'wall time of the import')];
    if (faults !== 'clean') {
      const keys = storedKeys(site);
      const distinct = new Set(keys);
      const lost = input.filter((i) => !distinct.has(i.sourceKey)).length;
      const how = faults === 'faulty' ? 'a 30% 429/503 import' : 'an import with 30% mixed pre- and post-commit faults';
      figures.push(figure(`data_layer.${name}.lost`, lost, 'items', `interactions missing after ${how}`));
      figures.push(figure(`data_layer.${name}.duplicated`, keys.length - distinct.size, 'items', 'interactions stored twice'));
    }
    return figures;
  } finally {
    await site.close();
  }
}

async function dashboardCase(): Promise<BenchFigure[]> {
  const site = await startSite();
  try {
    site.emulator.seedItems('Opportunities', opportunities(1500).map(opportunityToItem));
    const stores = createSharePointStores(createNodeSp(site.url, { headers: { Authorization: 'Bearer user:owner' } }));
    site.resetRequests();
    const start = performance.now();
    const records = await loadDashboard(stores);
    const ms = performance.now() - start;
    if (records.length !== 1500) throw new Error(`The dashboard read ${records.length} opportunities instead of 1,500.`);
    return [figure('data_layer.dashboard_1500.requests', site.requests, 'requests', 'HTTP requests to load 1,500 opportunities with snapshots'), figure('data_layer.dashboard_1500.ms', Math.round(ms), 'ms', 'wall time of the load')];
  } finally {
    await site.close();
  }
}

async function reimportCase(): Promise<BenchFigure[]> {
  const site = await startSite();
  try {
    const stores = createSharePointStores(createNodeSp(site.url, { headers: { Authorization: 'Bearer user:owner' } }));
    const first = opportunities(1500);
    await importRecords(stores, { opportunities: first });
    const wonAt = Date.UTC(2024, 2, 1);
    // Every tenth deal was won: a new status, a closing date and a stage entry.
    const export2 = first.map((o, i): Opportunity => (i % 10 === 0 ? { ...o, status: 'won', closedAt: wonAt, stageHistory: [...o.stageHistory, { stageId: 'close', enteredAt: wonAt }] } : o));
    site.resetRequests();
    const start = performance.now();
    const report = await importRecords(stores, { opportunities: export2 });
    const ms = performance.now() - start;
    return [
      figure('data_layer.reimport_1500.requests', site.requests, 'requests', 'HTTP requests to re-import 1,500 opportunities, 150 of them changed'),
      figure('data_layer.reimport_1500.updated', report.opportunities.updated, 'count', 'opportunities updated (expected 150)'),
      figure('data_layer.reimport_1500.unchanged', report.opportunities.alreadyStored, 'count', 'opportunities left alone (expected 1,350)'),
      figure('data_layer.reimport_1500.ms', Math.round(ms), 'ms', 'wall time of the re-import')
    ];
  } finally {
    await site.close();
  }
}

export const suite: BenchSuite = {
  name: 'data_layer',
  run: async () => [
    ...(await importCase('clean')),
    ...(await dashboardCase()),
    ...(await reimportCase()),
    ...(await importCase('faulty')),
    ...(await importCase('postcommit')),
    ...(await alertsPostCommitCase())
  ]
};
