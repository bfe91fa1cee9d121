/** @jest-environment node */
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';
import { importRecords } from '../../../src/services/importData';
import { trainSiteModel } from '../../../src/services/insights/trainModel';
import { putModelInUseAndRescore } from '../../../src/services/insights/useModel';
import { setUpSite } from '../../../src/services/provisioning';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../../adapters/sharepoint/harness';
import { insightsBlueprint, siteHistory } from './siteHistory';

jest.setTimeout(120_000);
const DAY = 86_400_000;

describe('putting a model in use from the page', () => {
  let server: DataLayerServer;
  afterEach(async () => server.close());

  it('re-scores every open deal with it at once, with progress, and leaves closed deals alone', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, insightsBlueprint);
    const history = siteHistory();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });
    await trainSiteModel(stores, { now: history.now, minPerClass: 5, use: true });
    // A second model, stored but not in use (the page's candidate), trained on fewer deals.
    const candidate = await trainSiteModel(stores, { now: history.now + DAY, minPerClass: 100 });
    expect(candidate.record.label).toBe('blueprint-distance (24 won / 24 lost)');

    const progress: [number, number][] = [];
    const at = history.now + 2 * DAY;
    const result = await putModelInUseAndRescore(stores, candidate.record.modelId, { now: at, chunk: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect([result.record.modelId, result.record.status, result.rescored]).toEqual([candidate.record.modelId, 'in-use', 2]);
    expect(progress).toEqual([[0, 2], [1, 2], [2, 2]]);
    const records = await stores.opportunities.listAll();
    const open = records.filter((r) => r.opportunity.status === 'open').map((r) => [r.opportunity.id, r.snapshot?.analysedAt, r.snapshot?.scoreModel]);
    expect(open).toEqual([['D48', at, 'blueprint-distance (24 won / 24 lost)'], ['D49', at, 'blueprint-distance (24 won / 24 lost)']]);
    expect(records.filter((r) => r.opportunity.status !== 'open' && r.snapshot?.analysedAt === at)).toEqual([]);
    await expect(putModelInUseAndRescore(stores, 'opportunity-unknown', { now: at })).rejects.toThrow('No stored model "opportunity-unknown".');
  });
});
