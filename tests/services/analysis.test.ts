import { createSharePointStores } from '../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import type { Blueprint } from '../../src/core/model/blueprint';
import type { Interaction } from '../../src/core/model/interaction';
import { analyseTouchedOpportunities, loadDashboard, loadOpportunityInteractions } from '../../src/services/analysis';
import { importRecords } from '../../src/services/importData';
import { setUpSite } from '../../src/services/provisioning';
import { opportunity, T0 } from '../adapters/sharepoint/fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../adapters/sharepoint/harness';
import { publishBlueprint } from '../../src/services/blueprintLifecycle';
import { scoreTrend } from '../../src/core/insights';

const HOUR = 3_600_000;

/** One stage; T01 then T02 required, T02 preceded by T01. */
const blueprint: Blueprint = {
  id: 'mini',
  name: 'Mini sale',
  version: 4,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'champion', name: 'Champion', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 1 } }],
  transactions: [
    { id: 'T01', sequence: 1, from: 'ae', to: 'champion', deliverable: 'Discovery call', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 },
    { id: 'T02', sequence: 2, from: 'champion', to: 'ae', deliverable: 'Pains', kind: 'intangible', stage: 'qualify', required: true, precededBy: ['T01'], minCount: 1 }
  ]
};

function exchange(opportunityId: string, transactionId: 'T01' | 'T02', hour: number, key: string): Interaction {
  const [fromRole, toRole] = transactionId === 'T01' ? ['ae', 'champion'] : ['champion', 'ae'];
  return { opportunityId, timestamp: T0 + hour * HOUR, activity: transactionId, transactionId, fromRole, toRole, fromParticipant: `${fromRole}@x.com`, toParticipant: `${toRole}@x.com`, source: 'csv', sourceKey: key };
}

describe('incremental analysis', () => {
  let server: DataLayerServer;
  beforeAll(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
  });
  afterAll(async () => {
    await server.close();
  });

  it('analyses only the touched opportunities and writes their snapshots back', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, blueprint);
    const imported = await importRecords(stores, {
      opportunities: [opportunity('A', { status: 'won', closedAt: T0 + 10 * HOUR }), opportunity('B'), opportunity('C')],
      interactions: [exchange('A', 'T01', 1, 'a1'), exchange('A', 'T02', 2, 'a2'), exchange('B', 'T02', 1, 'b1')]
    });
    const first = await analyseTouchedOpportunities(stores, [...imported.touchedOpportunityIds, 'ghost'], { now: T0 + 24 * HOUR });
    expect(first).toEqual({ analysed: 3, missing: ['ghost'], writes: { accepted: 3, alreadyStored: 0, failed: 0, failures: [] }, blueprint: { id: 'mini', version: 1 } });

    const byId = new Map((await loadDashboard(stores)).map((r) => [r.opportunity.id, r.snapshot]));
    // A: existence T01, existence T02 and precedence T01 -> T02 all hold.
    expect(byId.get('A')).toMatchObject({ fitness: 1, deviations: { violated: 0, pending: 0, satisfied: 3 }, analysedAt: T0 + 24 * HOUR, blueprintId: 'mini', blueprintVersion: 1 });
    // B (open): T01 still pending (left out), T02 exists (satisfied), precedence violated -> 1 of 2 binding.
    expect(byId.get('B')).toMatchObject({ fitness: 0.5, deviations: { violated: 1, pending: 1, satisfied: 1 } });
    expect(byId.get('B')?.deviations.top.map((d) => [d.kind, d.constraintId])).toContainEqual(['out-of-order', 'precededBy:T01:T02']);
    // C (open, nothing recorded): both existences pending, precedence never activated -> nothing binds.
    expect(byId.get('C')).toMatchObject({ fitness: 1, deviations: { violated: 0, pending: 2, satisfied: 1 } });
    expect(byId.get('A')?.score).toBeUndefined();

    // A later import touches only B: A and C keep their snapshot time.
    const later = await importRecords(stores, { interactions: [exchange('B', 'T01', 3, 'b2'), exchange('A', 'T01', 1, 'a1')] });
    expect(later.touchedOpportunityIds).toEqual(['B', 'A']);
    server.seen.length = 0;
    await analyseTouchedOpportunities(stores, ['B'], { now: T0 + 48 * HOUR });
    // published blueprint, model in use (none), opportunity, interactions, snapshot write: five requests.
    expect(server.seen.length).toBe(5);
    const after = new Map((await loadDashboard(stores)).map((r) => [r.opportunity.id, r.snapshot?.analysedAt]));
    expect([after.get('A'), after.get('B'), after.get('C')]).toEqual([T0 + 24 * HOUR, T0 + 48 * HOUR, T0 + 24 * HOUR]);

    const drill = await loadOpportunityInteractions(stores, 'B');
    expect(drill.map((i) => i.sourceKey)).toEqual(['b1', 'b2']);
  });

  it('analyses nothing without a published blueprint or without ids', async () => {
    const stores = createSharePointStores(server.client());
    expect(await analyseTouchedOpportunities(stores, [], { now: T0 })).toEqual({ analysed: 0, missing: [], writes: { accepted: 0, alreadyStored: 0, failed: 0, failures: [] } });
  });

  it('keeps the score before the last change: the same analysis stored twice leaves the trend as it was', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await publishBlueprint(stores.blueprints, { ...blueprint, id: 'trend' });
    await importRecords(stores, { opportunities: [opportunity('D')] });
    const scoringModel = { model: 'blueprint-distance', trainedOn: { won: 0, lost: 0 } } as const;
    const snapshotOfD = async (): Promise<[number | undefined, number | undefined, number | undefined]> => {
      const d = (await stores.opportunities.getMany(['D']))[0]?.snapshot;
      return [d?.score, d?.previousScore, d?.previousScoredAt];
    };
    await analyseTouchedOpportunities(stores, ['D'], { now: T0 + 24 * HOUR, scoringModel });
    await analyseTouchedOpportunities(stores, ['D'], { now: T0 + 25 * HOUR, scoringModel });
    const twice = await snapshotOfD();
    await importRecords(stores, { interactions: [exchange('D', 'T01', 26, 'd1'), exchange('D', 'T02', 27, 'd2')] });
    await analyseTouchedOpportunities(stores, ['D'], { now: T0 + 28 * HOUR, scoringModel });
    const changed = await snapshotOfD();
    // Stored again (a retried batch, a re-run import): the previous score stays the one before the change.
    await analyseTouchedOpportunities(stores, ['D'], { now: T0 + 29 * HOUR, scoringModel });
    const again = await snapshotOfD();
    expect([twice, changed, again]).toEqual([
      // Nothing done yet: 0 of the two required exchanges.
      [0, undefined, undefined],
      [1, 0, T0 + 25 * HOUR],
      [1, 0, T0 + 25 * HOUR]
    ]);
    expect(scoreTrend(again[0], again[1])).toBe('improving');
  });
});
