import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import { importRecords } from '../../src/services/importData';
import { setUpSite } from '../../src/services/provisioning';
import { interactions, opportunity, T0 } from '../adapters/sharepoint/fixtures';
import { noSleep, startDataLayerServer, writes, type DataLayerServer } from '../adapters/sharepoint/harness';

function storedKeys(server: DataLayerServer): string[] {
  const list = server.emu.sharePoint.store.lists().find((l) => l.title === 'Interactions');
  return server.emu.sharePoint.store.items(list?.id ?? '').map((item) => String(item.values.VNSourceKey));
}

describe('importing through the SharePoint stores', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    server.seen.length = 0;
  });
  afterEach(async () => {
    await server.close();
  });

  it('imports 250 interactions in 3 batches, and a re-import stores nothing new', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const input = { opportunities: [opportunity('opp-0'), opportunity('opp-1')], interactions: interactions(250, 2) };
    const first = await importRecords(stores, input);
    expect(first.opportunities).toEqual({ accepted: 2, acceptedIds: ['opp-0', 'opp-1'], alreadyStored: 0, updated: 0, updatedIds: [], failed: 0, failures: [] });
    expect(first.interactions).toEqual({ accepted: 250, alreadyStored: 0, failed: 0, failures: [] });
    expect(first.touchedOpportunityIds).toEqual(['opp-0', 'opp-1']);
    // 1 batch reading the opportunities + 1 adding them + 3 batches of interactions (100, 100, 50).
    expect(writes(server.seen).map((r) => r.url)).toEqual(Array(5).fill('/sites/sales/_api/$batch'));

    const again = await importRecords(stores, input);
    expect(again.opportunities).toEqual({ accepted: 0, acceptedIds: [], alreadyStored: 2, updated: 0, updatedIds: [], failed: 0, failures: [] });
    expect(again.interactions).toEqual({ accepted: 0, alreadyStored: 250, failed: 0, failures: [] });
    expect(again.touchedOpportunityIds).toEqual([]);
    expect(storedKeys(server).length).toBe(250);

    // A CRM re-export: opp-1 won, opp-2 is new, opp-0 unchanged: only the first two are touched.
    const export2 = [opportunity('opp-0'), opportunity('opp-1', { status: 'won', closedAt: T0 + 60_000 }), opportunity('opp-2')];
    const third = await importRecords(stores, { opportunities: export2 });
    expect(third.opportunities).toEqual({ accepted: 1, acceptedIds: ['opp-2'], alreadyStored: 1, updated: 1, updatedIds: ['opp-1'], failed: 0, failures: [] });
    expect(third.touchedOpportunityIds).toEqual(['opp-2', 'opp-1']);
  });

  it('loses and duplicates nothing when 30% of requests are answered 429/503', async () => {
    server.emu.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 1, paths: ['/sites/'], seed: 7 });
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const input = interactions(10_000, 50);
    const report = await importRecords(stores, { interactions: input });
    server.emu.faults.configure({ enabled: false });
    const requests = server.seen.length;
    const keys = storedKeys(server);
    expect(report.interactions.failed).toBe(0);
    expect(report.interactions.accepted + report.interactions.alreadyStored).toBe(10_000);
    expect(keys.length).toBe(10_000);
    expect(new Set(keys).size).toBe(10_000);
    // Retried batches were sent again: more than the 100 batches of a clean run.
    expect(requests).toBeGreaterThan(100);
  }, 120_000);
});
