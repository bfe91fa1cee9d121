import type { Blueprint } from '../../../src/core/model/blueprint';
import { createSharePointStores, schemaV3 } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { setUpSite } from '../../../src/services/provisioning';
import { startDataLayerServer, type DataLayerServer } from './harness';

const blueprint: Blueprint = {
  id: 'enterprise',
  name: 'Enterprise sale',
  version: 6,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'eb', name: 'Economic buyer', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }],
  transactions: [{ id: 'T01', sequence: 1, from: 'ae', to: 'eb', deliverable: 'Business case', kind: 'tangible', stage: 'qualify', required: true, precededBy: [], minCount: 1, due: { days: 7 } }]
};

/** The REST body schema version 3 wrote: one item per blueprint, keyed by the bare blueprint id. */
const v3Item = (b: Blueprint): Record<string, unknown> => ({
  Title: b.name,
  VNBlueprintId: b.id,
  VNStatus: b.status,
  VNVersion: b.version,
  VNBlueprintJson: JSON.stringify({ format: 'valuenetworks.blueprint', formatVersion: 1, blueprint: b })
});

describe('moving blueprints of schema version 3 to published versions and drafts', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('keeps the published blueprint live and its published history, and gives a pending draft back as the draft', async () => {
    const sp = server.client();
    await setUpSite(createSharePointProvisioner(sp, { schema: schemaV3() }));
    const items = sp.web.lists.getByTitle('Blueprints').items;
    // Version 3's life: published v6, changed in place (still "6"), then saved as a draft on top.
    const added = (await items.add(v3Item(blueprint))) as { Id?: number; data?: { Id: number } };
    const id = added.Id ?? added.data?.Id ?? 1;
    await items.getById(id).update(v3Item({ ...blueprint, transactions: blueprint.transactions.map((t) => ({ ...t, due: { days: 9 } })) }));
    await items.getById(id).update(v3Item({ ...blueprint, status: 'draft', version: 7, description: 'Work in progress' }));

    const report = await setUpSite(createSharePointProvisioner(sp));
    expect(report.changes).toContain('Moved 1 blueprint to published versions and drafts');
    const store = createSharePointStores(sp).blueprints;
    const live = await store.getPublished();
    // The last content published as 6 is what was live before the draft took it offline.
    expect([live?.blueprint.version, live?.blueprint.status, live?.blueprint.transactions[0].due?.days]).toEqual([6, 'published', 9]);
    const draft = await store.getDraft('enterprise');
    expect([draft?.blueprint.version, draft?.basedOnVersion, draft?.blueprint.description]).toEqual([7, 6, 'Work in progress']);
    expect((await store.history('enterprise')).map((v) => v.blueprint.version)).toEqual([6]);
    // Running set-up again changes nothing.
    expect((await setUpSite(createSharePointProvisioner(sp))).changes).toEqual([]);
    expect((await store.list()).length).toBe(1);
  });
});
