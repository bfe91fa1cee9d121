import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import type { AnalysisSnapshot } from '../../../src/services/ports';
import { setUpSite } from '../../../src/services/provisioning';
import { opportunity, T0 } from './fixtures';
import { noSleep, startDataLayerServer, writes, type DataLayerServer } from './harness';

const DAY = 86_400_000;

const snapshot: AnalysisSnapshot = {
  fitness: 0.75,
  deviations: { violated: 1, pending: 2, satisfied: 3, deviationCount: 1, top: [{ kind: 'missing-exchange', severity: 'high', transactionId: 'T01', message: 'No discovery call' }] },
  analysedAt: T0 + DAY,
  blueprintId: 'enterprise',
  blueprintVersion: 2
};

describe('OpportunityStore.upsertMany against the emulator', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
  });
  afterEach(async () => {
    await server.close();
  });

  it('adds new deals, updates changed ones without touching their snapshot, and writes nothing for identical ones', async () => {
    const store = createSharePointStores(server.client(), { sleep: noSleep }).opportunities;
    await store.addMany([opportunity('A'), opportunity('B'), opportunity('C', { status: 'lost', closedAt: T0 + 5 * DAY })]);
    const [a] = await store.getMany(['A']);
    await store.saveSnapshots([{ itemId: a.itemId, snapshot }]);

    server.seen.length = 0;
    const report = await store.upsertMany([
      // A: won, and a stage entered; its history in the export is partial (only the new entry).
      opportunity('A', { status: 'won', closedAt: T0 + 9 * DAY, stageHistory: [{ stageId: 'close', enteredAt: T0 + 8 * DAY }] }),
      opportunity('B'),
      // C reopened: closedAt goes. D twice: the last row wins.
      opportunity('C', { stageHistory: [] }),
      opportunity('D', { amount: 1 }),
      opportunity('D', { amount: 2, team: 'North' })
    ]);
    expect(report).toEqual({ accepted: 1, acceptedIds: ['D'], updated: 2, updatedIds: ['A', 'C'], alreadyStored: 1, failed: 0, failures: [] });
    // One batch of reads, one batch of adds, one batch of updates.
    expect(writes(server.seen).length).toBe(3);

    const stored = await store.listAll();
    expect(stored.map((r) => r.opportunity.id).sort()).toEqual(['A', 'B', 'C', 'D']);
    const [newA, b, c, d] = await store.getMany(['A', 'B', 'C', 'D']);
    expect(newA).toEqual({
      opportunity: { ...opportunity('A'), status: 'won', closedAt: T0 + 9 * DAY, stageHistory: [{ stageId: 'qualify', enteredAt: T0 }, { stageId: 'close', enteredAt: T0 + 8 * DAY }] },
      stage: 'close',
      snapshot,
      itemId: a.itemId
    });
    expect(b.opportunity).toEqual(opportunity('B'));
    expect(c.opportunity).toEqual(opportunity('C'));
    expect(c.stage).toBe('qualify');
    expect(d.opportunity).toEqual(opportunity('D', { amount: 2, team: 'North' }));

    const again = await store.upsertMany([opportunity('A', { status: 'won', closedAt: T0 + 9 * DAY, stageHistory: [] }), opportunity('D', { amount: 2, team: 'North' })]);
    expect(again).toEqual({ accepted: 0, acceptedIds: [], updated: 0, updatedIds: [], alreadyStored: 2, failed: 0, failures: [] });
  });

  it('sees a deal whose dates carry milliseconds as unchanged once stored (SharePoint keeps whole seconds)', async () => {
    const store = createSharePointStores(server.client(), { sleep: noSleep }).opportunities;
    const precise = opportunity('M', { createdAt: T0 + 87, status: 'won', closedAt: T0 + DAY + 230 });
    expect((await store.upsertMany([precise])).acceptedIds).toEqual(['M']);
    expect((await store.getMany(['M']))[0].opportunity).toEqual({ ...precise, createdAt: T0, closedAt: T0 + DAY });
    expect(await store.upsertMany([precise])).toEqual({ accepted: 0, acceptedIds: [], updated: 0, updatedIds: [], alreadyStored: 1, failed: 0, failures: [] });
  });

  it('ends with every record correct and none duplicated under throttling, outages and dropped connections', async () => {
    const store = createSharePointStores(server.client(), { sleep: noSleep, batchSize: 10 }).opportunities;
    const initial = Array.from({ length: 30 }, (_, i) => opportunity(`opp-${i}`));
    await store.addMany(initial);
    const [first] = await store.getMany(['opp-0']);
    await store.saveSnapshots([{ itemId: first.itemId, snapshot }]);

    server.seen.length = 0;
    server.emu.faults.configure({ enabled: true, failureRate: 0.3, dropRate: 0.1, retryAfterSeconds: 0, paths: ['/sites/'], seed: 7 });
    // Even ids win with a new stage; 30..39 are new; odd ids are unchanged.
    const imported = [
      ...initial.map((o, i) => (i % 2 === 0 ? { ...o, status: 'won' as const, closedAt: T0 + 3 * DAY, stageHistory: [{ stageId: 'close', enteredAt: T0 + 2 * DAY }] } : o)),
      ...Array.from({ length: 10 }, (_, i) => opportunity(`opp-${30 + i}`, { amount: 1000 * i }))
    ];
    const report = await store.upsertMany(imported);
    server.emu.faults.configure({ enabled: false });
    // Without faults: 4 batches of reads, 1 of adds, 2 of updates; more means faults were retried.
    expect(writes(server.seen).length).toBeGreaterThan(7);

    expect(report.failed).toBe(0);
    // A lost answer to an add makes its replay a refused duplicate: new either way, counted as stored.
    expect(report.accepted + report.alreadyStored + report.updated).toBe(40);
    expect(report.updated).toBe(15);
    const stored = await store.listAll();
    expect(stored.length).toBe(40);
    const byId = new Map(stored.map((r) => [r.opportunity.id, r]));
    for (let i = 0; i < 40; i++) {
      const record = byId.get(`opp-${i}`);
      if (i >= 30) expect(record?.opportunity).toEqual(opportunity(`opp-${i}`, { amount: 1000 * (i - 30) }));
      else if (i % 2 === 1) expect(record?.opportunity).toEqual(opportunity(`opp-${i}`));
      else expect([record?.opportunity.status, record?.opportunity.closedAt, record?.stage, record?.opportunity.stageHistory.length]).toEqual(['won', T0 + 3 * DAY, 'close', 2]);
    }
    expect(byId.get('opp-0')?.snapshot).toEqual(snapshot);

    const again = await store.upsertMany(imported);
    expect(again).toEqual({ accepted: 0, acceptedIds: [], updated: 0, updatedIds: [], alreadyStored: 40, failed: 0, failures: [] });
  }, 60_000);
});
