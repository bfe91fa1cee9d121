import { createNodeSp } from '../../src/adapters/sharepoint/nodeClient';
import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import { importRecords } from '../../src/services/importData';
import { setUpSite } from '../../src/services/provisioning';
import { interactions, opportunity } from '../adapters/sharepoint/fixtures';
import { startSiteAndGraph, type SiteAndGraph } from '../workbench/siteAndGraph';
import { mixedFaults } from '../../workbench/server/faults';

const noSleep = async (): Promise<void> => undefined;

describe('imports under 30 % mixed pre- and post-commit faults, over real HTTP', () => {
  let env: SiteAndGraph;
  beforeEach(async () => {
    env = await startSiteAndGraph();
    await setUpSite(createSharePointProvisioner(createNodeSp(env.siteUrl, { headers: { Authorization: 'Bearer user:owner' } })));
    // Setting up the site fsyncs each list's creation: slow on a busy disk.
  }, 60_000);
  afterEach(async () => {
    await env.close();
  });

  // Batches of 20 rather than 100: five times the requests, so the seeded faults strike often.
  const stores = (): ReturnType<typeof createSharePointStores> =>
    createSharePointStores(createNodeSp(env.siteUrl, { headers: { Authorization: 'Bearer user:owner' }, retry: { sleep: noSleep, random: () => 0.5 } }), { sleep: noSleep, batchSize: 20 });
  const values = (title: string, field: string): string[] => {
    const list = env.sharePoint.store.lists().find((l) => l.title === title);
    return env.sharePoint.store.items(list?.id ?? '').map((item) => String(item.values[field]));
  };

  it('stores each of 3,000 interactions exactly once', async () => {
    env.faults.configure(mixedFaults(['/sites/'], 21));
    const before = env.requests();
    const input = interactions(3000, 40);
    const report = await importRecords(stores(), { interactions: input });
    const counts = env.faults.counts();
    env.faults.configure({ enabled: false });
    const requests = env.requests() - before;
    const keys = values('Interactions', 'VNSourceKey');
    // A replay refused as a duplicate after a lost answer is this import's own write: reported as accepted.
    expect(report.interactions).toEqual({ accepted: 3000, alreadyStored: 0, failed: 0, failures: [] });
    expect(report.touchedOpportunityIds.length).toBe(40);
    expect(keys.length).toBe(3000);
    expect(new Set(keys)).toEqual(new Set(input.map((i) => i.sourceKey)));
    // The seeded sequence lost this many answers after the write was applied, and refused this many before.
    expect(counts).toEqual({ preCommit: 31, postCommit: 37, batchParts: 198 });
    // 150 batches of 20, each faulted one sent again, and 10 more rounds' batches carrying the 198
    // parts refused inside answered batches.
    expect(requests).toBe(150 + 31 + 37 + 10);
  }, 120_000);

  it('stores each of 600 opportunities exactly once, and a re-import with changes updates each changed one', async () => {
    env.faults.configure(mixedFaults(['/sites/'], 22));
    const first = Array.from({ length: 600 }, (_, i) => opportunity(`opp-${i}`));
    const report = await importRecords(stores(), { opportunities: first });
    expect([report.opportunities.accepted, report.opportunities.alreadyStored, report.opportunities.failed]).toEqual([600, 0, 0]);
    expect(report.touchedOpportunityIds).toEqual(first.map((o) => o.id));
    const second = first.map((o, i) => (i % 3 === 0 ? { ...o, status: 'won' as const, closedAt: o.createdAt + 86_400_000 } : o));
    const again = await importRecords(stores(), { opportunities: second });
    env.faults.configure({ enabled: false });
    expect([again.opportunities.accepted, again.opportunities.updated, again.opportunities.alreadyStored, again.opportunities.failed]).toEqual([0, 200, 400, 0]);
    const ids = values('Opportunities', 'VNExternalId');
    expect(ids.length).toBe(600);
    expect(new Set(ids).size).toBe(600);
    expect(values('Opportunities', 'VNStatus').filter((s) => s === 'won').length).toBe(200);
  }, 120_000);
});
