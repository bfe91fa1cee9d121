import type { Blueprint } from '../../../src/core/model/blueprint';
import { clearPageCache, createPageCache, createSharePointStores, pageCacheFor, type PageCache } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import type { DataStores, SiteProvisioner } from '../../../src/services';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';
import { setUpSite } from '../../../src/services/provisioning';
import { opportunity } from './fixtures';
import { startDataLayerServer, type DataLayerServer } from './harness';

const blueprint: Blueprint = {
  id: 'enterprise',
  name: 'Enterprise sale',
  version: 1,
  status: 'draft',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'eb', name: 'Economic buyer', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }],
  transactions: [{ id: 'T01', sequence: 1, from: 'ae', to: 'eb', deliverable: 'Business case', kind: 'tangible', stage: 'qualify', required: true, precededBy: [], minCount: 1, due: { days: 7 } }]
};

describe('the page cache', () => {
  it('shares a read in flight and for its life, then reads again', async () => {
    let clock = 1_000;
    const cache = createPageCache({ ttlMs: 30_000, now: () => clock });
    let reads = 0;
    const read = async (): Promise<number> => ++reads;
    expect(await Promise.all([cache.shared('a', read), cache.shared('a', read)])).toEqual([1, 1]);
    clock += 29_999;
    expect(await cache.shared('a', read)).toBe(1);
    clock += 1;
    expect(await cache.shared('a', read)).toBe(2);
    expect(reads).toBe(2);
  });

  it('never keeps a failed read, and forgets by key prefix', async () => {
    const cache = createPageCache();
    await expect(cache.shared('x:1', async () => Promise.reject(new Error('503')))).rejects.toThrow('503');
    expect(await cache.shared('x:1', async () => 'second')).toBe('second');
    await cache.shared('y:1', async () => 'kept');
    cache.invalidate('x:');
    expect(await cache.shared('x:1', async () => 'third')).toBe('third');
    expect(await cache.shared('y:1', async () => 'not read')).toBe('kept');
    cache.invalidate();
    expect(await cache.shared('y:1', async () => 'read again')).toBe('read again');
  });

  it('is one cache per site for the whole page, whatever bundle asks, until cleared', async () => {
    const site = 'https://contoso.sharepoint.com/sites/PageCacheTest';
    expect(pageCacheFor(`${site}/`)).toBe(pageCacheFor(site.toLowerCase()));
    expect(pageCacheFor(site)).not.toBe(pageCacheFor(`${site}-other`));
    await pageCacheFor(site).shared('k', async () => 1);
    clearPageCache(site);
    expect(await pageCacheFor(site).shared('k', async () => 2)).toBe(2);
  });
});

/** What a web part does when it opens: the set-up gate's two reads, then its app's first reads. */
async function openWebPart(services: DataStores & { provisioner: SiteProvisioner }, app: 'dashboard' | 'designer' | 'process' | 'insights'): Promise<void> {
  await Promise.all([services.provisioner.inspect(), services.provisioner.canManageLists()]);
  if (app === 'dashboard') await Promise.all([services.opportunities.listAll(), services.blueprints.getPublished()]);
  if (app === 'designer') await Promise.all([services.blueprints.list(), services.blueprints.access('')]);
  if (app === 'process') await Promise.all([services.blueprints.list(), services.blueprints.access(''), services.opportunities.listAll(), services.participants.listAll()]);
  if (app === 'insights') await services.blueprints.getPublished();
}

describe('one page, one set of set-up reads (against the emulator)', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
    const owner = createSharePointStores(server.client());
    await setUpSite(createSharePointProvisioner(server.client()));
    await publishBlueprint(owner.blueprints, blueprint);
    await owner.opportunities.addMany([opportunity('opp-1'), opportunity('opp-2')]);
    server.seen.length = 0;
  }, 60_000);
  afterEach(async () => {
    await server.close();
  });

  /** One web part's composition root: its own client and stores, the page's cache. */
  const webPart = (cache: PageCache | undefined): DataStores & { provisioner: SiteProvisioner } => {
    const sp = server.client();
    return { ...createSharePointStores(sp, { pageCache: cache }), provisioner: createSharePointProvisioner(sp, { pageCache: cache }) };
  };
  const paths = (): string[] => server.seen.map((r) => decodeURIComponent(r.url).replace(/\?.*$/, '')).sort();

  it('the set-up check of an up-to-date site is two requests: the lists and the recorded schema version', async () => {
    const report = await createSharePointProvisioner(server.client()).inspect();
    expect(report.changes).toEqual([]);
    expect(paths()).toEqual(['/sites/sales/_api/web/lists', "/sites/sales/_api/web/lists/getByTitle('VNSettings')/items"]);
  });

  it('two web parts on one page read the set-up check, permissions, blueprint and opportunities once', async () => {
    const cache = createPageCache();
    await Promise.all([openWebPart(webPart(cache), 'dashboard'), openWebPart(webPart(cache), 'dashboard')]);
    expect(paths()).toEqual([
      "/sites/sales/_api/web/EffectiveBasePermissions",
      '/sites/sales/_api/web/lists',
      "/sites/sales/_api/web/lists/getByTitle('Blueprints')/items",
      "/sites/sales/_api/web/lists/getByTitle('Opportunities')/items",
      "/sites/sales/_api/web/lists/getByTitle('VNSettings')/items"
    ]);
  });

  it('without the page cache the same two web parts read everything twice', async () => {
    await Promise.all([openWebPart(webPart(undefined), 'dashboard'), openWebPart(webPart(undefined), 'dashboard')]);
    expect(server.seen.length).toBe(10);
  });

  it('four web parts (the SharePoint page) make 9 requests between them, the opportunity list read once', async () => {
    const cache = createPageCache();
    await Promise.all((['designer', 'process', 'dashboard', 'insights'] as const).map((app) => openWebPart(webPart(cache), app)));
    expect(paths().filter((p) => p.includes("'Opportunities'"))).toEqual(["/sites/sales/_api/web/lists/getByTitle('Opportunities')/items"]);
    expect(server.seen.length).toBe(9);
  });

  it('a write through any web part makes the next read go to SharePoint', async () => {
    const cache = createPageCache();
    const dashboard = webPart(cache);
    const importer = webPart(cache);
    expect((await dashboard.opportunities.listAll()).length).toBe(2);
    await importer.opportunities.addMany([opportunity('opp-3')]);
    server.seen.length = 0;
    expect((await dashboard.opportunities.listAll()).map((r) => r.opportunity.id).sort()).toEqual(['opp-1', 'opp-2', 'opp-3']);
    expect(server.seen.length).toBe(1);
  });

  it('a refused publish forgets the cached live version, so the page then reads the one someone else published', async () => {
    const cache = createPageCache();
    const mine = webPart(cache).blueprints;
    const live = await mine.getPublished('enterprise');
    expect(live?.blueprint.version).toBe(1);
    const draft = await mine.saveDraft({ ...blueprint, name: 'Mine' });
    // Someone else (another page) publishes v2 meanwhile.
    await publishBlueprint(createSharePointStores(server.client()).blueprints, { ...blueprint, name: 'Theirs' });
    await expect(mine.publish('enterprise', draft.etag, 1)).rejects.toBeInstanceOf(Error);
    expect((await mine.getPublished('enterprise'))?.blueprint.version).toBe(2);
  });
});
