import { parseMonitorConfig, MonitorConfigError } from '../../../cli/commands/monitorConfig';
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { loadDashboard } from '../../../src/services/analysis';
import { importRecords } from '../../../src/services/importData';
import { isRetrainDue, retrainIfDue } from '../../../src/services/insights/retrain';
import { setUpSite } from '../../../src/services/provisioning';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../../adapters/sharepoint/harness';
import { insightsBlueprint, siteHistory } from './siteHistory';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';

const DAY = 86_400_000;
const BASE = { siteUrl: 'http://127.0.0.1:4321/sites/sales', auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: 'a@b.example' } };

describe('scheduled retraining (the monitor\'s retrain.everyDays)', () => {
  let server: DataLayerServer;
  afterAll(async () => {
    await server?.close();
  });

  it('is due without a model, or once the model in use is everyDays old', () => {
    expect([isRetrainDue(undefined, 10 * DAY, 7), isRetrainDue(3 * DAY, 10 * DAY, 7), isRetrainDue(3 * DAY + 1, 10 * DAY, 7)]).toEqual([true, true, false]);
    expect(parseMonitorConfig({ ...BASE, retrain: { everyDays: 14 } }).retrain).toEqual({ everyDays: 14 });
    expect(parseMonitorConfig(BASE).retrain).toBeUndefined();
    expect(() => parseMonitorConfig({ ...BASE, retrain: { everyDays: 0 } })).toThrow(new MonitorConfigError('retrain.everyDays must be a positive number of days.'));
  });

  it('trains and re-scores the open deals when due, and reads only the model in use otherwise', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, insightsBlueprint);
    const history = siteHistory();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });

    const first = await retrainIfDue(stores, { now: history.now, everyDays: 7 });
    expect([first.trained?.label, first.trained?.status, first.trained?.trainedBy, first.rescored]).toEqual(['blueprint-distance (24 won / 24 lost)', 'in-use', 'monitor', 2]);
    const open = (await loadDashboard(stores)).filter((r) => r.opportunity.status === 'open');
    expect(open.map((r) => [r.opportunity.id, r.snapshot?.scoreModel])).toEqual([['D48', 'blueprint-distance (24 won / 24 lost)'], ['D49', 'blueprint-distance (24 won / 24 lost)']]);

    server.seen.length = 0;
    expect(await retrainIfDue(stores, { now: history.now + 6 * DAY, everyDays: 7 })).toEqual({ rescored: 0 });
    expect(server.seen.length).toBe(1);

    const later = await retrainIfDue(stores, { now: history.now + 7 * DAY, everyDays: 7 });
    expect([later.trained?.modelId, later.rescored]).toEqual(['opportunity-20240707T090000Z', 2]);
    expect((await stores.models.recent(5)).map((m) => `${m.modelId}:${m.status}`)).toEqual(['opportunity-20240707T090000Z:in-use', 'opportunity-20240630T090000Z:stored']);
  }, 60_000);
});
