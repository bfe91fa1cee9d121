import { clientBatchTransport } from '../../src/adapters/graph/graphBatch';
import { createGraphHistorySource } from '../../src/adapters/graph/graphHistorySource';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import type { DataStores } from '../../src/services/ports';
import { setUpSite } from '../../src/services/provisioning';
import { opportunity } from '../adapters/sharepoint/fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../adapters/sharepoint/harness';
import { sellerUpn, startGraphServer, type GraphServer } from '../adapters/graph/harness';
import { SMALL_TECHNICAL_BLUEPRINT } from '../fixtures/alerts/technicalBlueprint';
import { graphClient } from '../workbench/graph/harness';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';

/** The SharePoint and Graph emulators, a provisioned site with SMALL_TECHNICAL_BLUEPRINT published and two deals. */
export interface SyncWorld {
  readonly sp: DataLayerServer;
  readonly graph: GraphServer;
  readonly stores: DataStores;
  storedSourceKeys(): string[];
  close(): Promise<void>;
}

export const WINDOW = { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 10, 30) };

export async function startSyncWorld(): Promise<SyncWorld> {
  const sp = await startDataLayerServer();
  const graph = await startGraphServer();
  await setUpSite(createSharePointProvisioner(sp.client()));
  const stores = createSharePointStores(sp.client(), { sleep: noSleep });
  await publishBlueprint(stores.blueprints, SMALL_TECHNICAL_BLUEPRINT);
  await stores.opportunities.addMany([opportunity('OPP-1', { account: 'acme', owner: 'ann@seller.example' }), opportunity('OPP-2', { account: 'globex', owner: 'ann@seller.example', status: 'won' })]);
  return {
    sp,
    graph,
    stores,
    storedSourceKeys: () => {
      const list = sp.emu.sharePoint.store.lists().find((l) => l.title === 'Interactions');
      return sp.emu.sharePoint.store.items(list?.id ?? '').map((item) => String(item.values.VNSourceKey)).sort();
    },
    close: async () => {
      await graph.close();
      await sp.close();
    }
  };
}

/** The Graph history source over the real Graph client, for the first `sellers` sellers of the seed. */
export function historyOf(world: SyncWorld, sellers: number): ReturnType<typeof createGraphHistorySource> {
  return createGraphHistorySource(
    clientBatchTransport(graphClient(world.graph.origin)),
    {
      sellers: Array.from({ length: sellers }, (_, i) => sellerUpn(i)),
      calendarWindow: WINDOW,
      plannerPlanIds: ['p1'],
      workflowList: { siteId: 'site-1', listId: 'orders', title: 'Orders', opportunityField: 'OpportunityId' }
    },
    { sleep: async () => undefined }
  );
}
