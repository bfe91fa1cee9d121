import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';
import { DealNotFoundError, DealStillOpenError, loadDealReview } from '../../../src/services/decisions/dealReview';
import { importRecords } from '../../../src/services/importData';
import { setUpSite } from '../../../src/services/provisioning';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../../adapters/sharepoint/harness';
import { HOUR, insightsBlueprint, siteHistory } from '../insights/siteHistory';
import { T0 } from '../../adapters/sharepoint/fixtures';

describe('the won/lost review of a closed deal on the site', () => {
  let server: DataLayerServer;
  afterAll(async () => {
    await server?.close();
  });

  it('reads the deal, its interactions and the live blueprint; refuses an open deal and one deleted meanwhile', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, insightsBlueprint);
    const history = siteHistory();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });

    // D03: lost, did the discovery call and the pains, never the business case.
    const review = await loadDealReview(stores, 'D03', history.now);
    expect([review.pack.outcome, review.pack.closedAt - T0, review.model.model]).toEqual(['lost', (3 * 24 + 120) * HOUR, 'blueprint-distance']);
    expect(review.pack.timeline.map((t) => [t.deliverable, t.status, t.doneAt === undefined ? undefined : (t.doneAt - T0) / HOUR])).toEqual([
      ['Discovery call', 'done', 73],
      ['Pains', 'done', 74],
      ['Business case', 'missing', undefined]
    ]);
    expect(review.pack.scoreHistory.map((h) => [h.stageId, (h.at - T0) / HOUR, h.score.score])).toEqual([['qualify', 72, 0], ['propose', 96, 67]]);
    expect(review.pack.unexpected).toEqual([]);

    await expect(loadDealReview(stores, 'D48', history.now)).rejects.toThrow(new DealStillOpenError('Account D48'));
    await expect(loadDealReview(stores, 'D99', history.now)).rejects.toThrow(DealNotFoundError);
    await expect(loadDealReview(stores, 'D99', history.now)).rejects.toThrow('This deal is no longer on the site: it was deleted after the list was shown. Choose another deal.');
  }, 60_000);
});
