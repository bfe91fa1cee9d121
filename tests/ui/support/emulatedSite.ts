import { createNodeSp, createSharePointProvisioner, createSharePointStores } from '../../../src/adapters/sharepoint';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { Interaction, Opportunity } from '../../../src/core/model/interaction';
import type { AnalysisSnapshot, DataStores } from '../../../src/services/ports';
import { setUpSite, type SiteProvisioner } from '../../../src/services/provisioning';
import { startEmulatorServer, type EmulatorServer } from '../../workbench/helpers';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';

export interface EmulatedSite {
  readonly emu: EmulatorServer;
  /** The product's SharePoint stores over HTTP against the emulator, as the site owner. */
  readonly stores: DataStores;
  readonly provisioner: SiteProvisioner;
  close(): Promise<void>;
}

export interface SiteContent {
  readonly blueprints?: readonly Blueprint[];
  readonly opportunities?: readonly Opportunity[];
  readonly interactions?: readonly Interaction[];
  /** Snapshots by opportunity id, written through `saveSnapshots` as the analysis would. */
  readonly snapshots?: Readonly<Record<string, AnalysisSnapshot>>;
}

/**
 * Starts the SharePoint emulator, sets the site up and stores `content` through the product's own
 * adapters, so the components under test read real lists over HTTP (no canned answers).
 */
export async function startEmulatedSite(content: SiteContent = {}): Promise<EmulatedSite> {
  const emu = await startEmulatorServer();
  const sp = createNodeSp(emu.siteUrl, { headers: { Authorization: 'Bearer user:owner' }, retry: { sleep: async () => undefined, random: () => 0.5 } });
  const provisioner = createSharePointProvisioner(sp);
  await setUpSite(provisioner);
  const stores = createSharePointStores(sp);
  for (const blueprint of content.blueprints ?? []) await publishBlueprint(stores.blueprints, blueprint);
  if (content.opportunities) await stores.opportunities.addMany(content.opportunities);
  if (content.interactions) await stores.interactions.addMany(content.interactions);
  const snapshots = content.snapshots ?? {};
  if (Object.keys(snapshots).length > 0) {
    const records = await stores.opportunities.getMany(Object.keys(snapshots));
    await stores.opportunities.saveSnapshots(records.map((r) => ({ itemId: r.itemId, snapshot: snapshots[r.opportunity.id] })));
  }
  return { emu, stores, provisioner, close: () => emu.close(true) };
}
