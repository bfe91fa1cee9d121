import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { schemaV3 } from '../../../src/adapters/sharepoint/schema';
import { importRecords } from '../../../src/services/importData';
import { trainSiteModel } from '../../../src/services/insights/trainModel';
import { setUpSite } from '../../../src/services/provisioning';
import { insightsBlueprint, siteHistory } from '../../services/insights/siteHistory';
import { noSleep, startDataLayerServer, type DataLayerServer } from './harness';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';

const DAY = 86_400_000;

describe('the ScoringModels list as the model registry, against the emulator', () => {
  let server: DataLayerServer;
  afterEach(async () => {
    await server.close();
  });

  it('answers "no model" on a site set up before schema version 4, and refuses to use an unknown model', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client(), { schema: schemaV3() }));
    const models = createSharePointStores(server.client()).models;
    expect(await models.getInUse()).toBeUndefined();
    expect(await models.recent(3)).toEqual([]);
    expect(await models.get('opportunity-1')).toBeUndefined();
    await setUpSite(createSharePointProvisioner(server.client()));
    await expect(models.use('opportunity-1')).rejects.toThrow('No stored model "opportunity-1".');
  });

  it('lets site owners and members of the named group train; other members and visitors read only; nobody trains before the list exists', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client(), { schema: schemaV3() }));
    const as = (user: 'owner' | 'member' | 'visitor', group?: string) => createSharePointStores(server.client(user)).models.access(group);
    const before = await as('owner');
    await setUpSite(createSharePointProvisioner(server.client()));
    expect([before, await as('owner'), await as('member'), await as('member', 'sales members'), await as('member', 'Sales Managers'), await as('visitor', 'Sales Visitors'), await as('visitor')]).toEqual([
      { canTrain: false },
      { canTrain: true },
      { canTrain: false },
      { canTrain: true },
      { canTrain: false },
      { canTrain: false },
      { canTrain: false }
    ]);
  });

  it('never marks a half-written model current under 30 % injected faults (throttling, then dropped connections)', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, insightsBlueprint);
    const history = siteHistory();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });
    const first = await trainSiteModel(stores, { now: history.now, minPerClass: 5, use: true });

    // Throttled answers (429/503) are retried, writes included: training completes and switches.
    server.emu.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 1, paths: ['/sites/'], seed: 11 });
    const second = await trainSiteModel(stores, { now: history.now + DAY, minPerClass: 5, pageSize: 10, use: true });
    server.emu.faults.configure({ enabled: false });
    expect((await stores.models.recent(10)).map((m) => `${m.modelId}:${m.status}`)).toEqual([`${second.record.modelId}:in-use`, `${first.record.modelId}:stored`]);

    // Dropped connections: a write is never replayed blind, so some runs fail; whichever model is in
    // use afterwards is complete, and a failed run leaves the previous one in use.
    const outcomes: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      server.emu.faults.configure({ enabled: true, failureRate: 0, dropRate: 0.3, paths: ['/sites/'], seed });
      const before = await createSharePointStores(server.client()).models.getInUse().catch(() => undefined);
      const result = await trainSiteModel(stores, { now: history.now + (2 + seed) * DAY, minPerClass: 5, pageSize: 10, use: true }).then(
        (r) => r.record.modelId,
        () => 'failed'
      );
      server.emu.faults.configure({ enabled: false });
      const inUse = await stores.models.getInUse();
      expect(inUse?.model.model).toBe('logistic');
      expect(inUse?.evaluation?.test).toEqual({ won: 6, lost: 6 });
      if (result === 'failed') expect(inUse?.modelId === before?.modelId || inUse?.trainedAt === history.now + (2 + seed) * DAY).toBe(true);
      else expect(inUse?.modelId).toBe(result);
      outcomes.push(result === 'failed' ? 'failed' : 'in use');
    }
    expect(outcomes).toEqual(['in use', 'failed', 'in use', 'in use', 'failed', 'in use']);
  }, 120_000);
});
