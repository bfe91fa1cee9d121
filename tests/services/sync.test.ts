import { syncHistory, SYNC_SUMMARY_KEY } from '../../src/services/sync';
import { loadSyncStatus } from '../../src/services/syncStatus';
import { START, syncSeed } from '../adapters/graph/harness';
import { historyOf, startSyncWorld, type SyncWorld } from './syncHarness';

let world: SyncWorld;
beforeEach(async () => {
  world = await startSyncWorld();
});
afterEach(async () => {
  await world.close();
});

const EXPECTED_KEYS = ['graph:calendar:ical-e-disc', 'graph:list:orders/1', 'graph:mail:<bc-1@seller.example>', 'graph:planner:t-done'];

describe('syncHistory against the SharePoint and Graph emulators', () => {
  it('recognises, imports, analyses; a 410 resync afterwards adds only the new meeting', async () => {
    world.graph.graph.seed(syncSeed(2));
    const history = historyOf(world, 2);
    const first = await syncHistory(world.stores, history, START);
    // Ann's discovery (T1), the business case seen in two mailboxes (T2, once), the order (T3), the plan (T4), seller 1's follow-up (T1).
    expect(first.recognised).toBe(5);
    expect(first.interactions).toEqual({ accepted: 5, alreadyStored: 0, failed: 0, failures: [] });
    expect(first.unmatchedByReason).toEqual({ 'no-customer-contact': 1, 'several-accounts': 0, 'no-open-opportunity': 1, 'several-open-opportunities': 0, 'no-recognition-rule': 0, 'incomplete-task': 1 });
    expect(first.unmatched.map((u) => [u.sourceKey, u.reason])).toEqual([
      ['graph:calendar:ical-e-lunch', 'no-customer-contact'],
      ['graph:calendar:ical-e-globex', 'no-open-opportunity'],
      ['graph:planner:t-open', 'incomplete-task']
    ]);
    expect(first.touchedOpportunityIds).toEqual(['OPP-1']);
    expect(first.analysis.analysed).toBe(1);
    expect(first.failedSources).toEqual([]);
    expect(world.storedSourceKeys()).toEqual([...EXPECTED_KEYS, 'graph:calendar:ical-e-s1'].sort());
    expect((await world.stores.syncState.get(SYNC_SUMMARY_KEY))?.lastError).toBe('3 unmatched item(s) to review: no-customer-contact 1, no-open-opportunity 1, incomplete-task 1');
    // The run as the dashboard shows it: one request, what it brought in, the unmatched items grouped.
    const status = await loadSyncStatus(world.stores.syncState);
    expect([status?.ranAt, status?.sources.length, status?.recognised, status?.stored, status?.alreadyStored, status?.failed, status?.unmatched, status?.unmatchedByReason]).toEqual([START, 8, 5, 5, 0, 0, 3, { 'no-customer-contact': 1, 'no-open-opportunity': 1, 'incomplete-task': 1 }]);
    expect(status?.groups.map((g) => [g.kind, g.reason, g.count])).toEqual([['plannerTask', 'incomplete-task', 1], ['meeting', 'no-open-opportunity', 1], ['meeting', 'no-customer-contact', 1]]);
    const annCalendar = await world.stores.syncState.get('graph:calendar:ann@seller.example');
    expect([annCalendar?.lastRunAt, annCalendar?.lastSuccessAt, annCalendar?.lastError, typeof annCalendar?.deltaToken]).toEqual([START, START, undefined, 'string']);

    world.graph.graph.seed({
      events: [{ ownerId: 'u-0', resource: { id: 'e-new', iCalUId: 'ical-e-new', subject: 'Mutual plan workshop', start: { dateTime: '2026-10-21T10:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-10-21T11:00:00.0000000', timeZone: 'UTC' }, organizer: { emailAddress: { address: 'ann@seller.example' } }, attendees: [{ emailAddress: { address: 'carl@acme.example' } }] } }]
    });
    world.graph.graph.expireDeltaTokens();
    const second = await syncHistory(world.stores, history, START + 60_000);
    expect(second.sources.filter((s) => s.resynced).map((s) => s.sourceKey)).toEqual([
      'graph:calendar:ann@seller.example',
      'graph:mail:sentitems:ann@seller.example',
      'graph:mail:inbox:ann@seller.example',
      'graph:calendar:seller1@seller.example',
      'graph:mail:sentitems:seller1@seller.example',
      'graph:mail:inbox:seller1@seller.example',
      'graph:list:site-1/orders'
    ]);
    expect(second.recognised).toBe(6);
    expect(second.interactions).toEqual({ accepted: 1, alreadyStored: 5, failed: 0, failures: [] });
    expect(world.storedSourceKeys()).toEqual([...EXPECTED_KEYS, 'graph:calendar:ical-e-s1', 'graph:calendar:ical-e-new'].sort());

    const third = await syncHistory(world.stores, history, START + 120_000);
    // Delta sources report nothing new; only the Planner plan (no delta in v1.0) is read in full again.
    expect([third.recognised, third.interactions.accepted, third.interactions.alreadyStored, third.touchedOpportunityIds]).toEqual([1, 0, 1, []]);
  });

  it('loses and duplicates nothing with 30% injected 429/503 faults on Graph and SharePoint', async () => {
    world.graph.graph.seed(syncSeed(30));
    world.graph.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, paths: ['/graph/'], seed: 7 });
    world.sp.emu.faults.configure({ enabled: true, failureRate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, paths: ['/sites/'], seed: 5 });
    const history = historyOf(world, 30);
    const report = await syncHistory(world.stores, history, START);
    world.graph.faults.configure({ enabled: false });
    world.sp.emu.faults.configure({ enabled: false });
    const injected = world.graph.seen.length;
    expect(report.failedSources).toEqual([]);
    const expected = [...EXPECTED_KEYS, ...Array.from({ length: 29 }, (_, i) => `graph:calendar:ical-e-s${i + 1}`)].sort();
    expect(world.storedSourceKeys()).toEqual(expected);
    expect(report.interactions.failed).toBe(0);
    expect(report.interactions.accepted + report.interactions.alreadyStored).toBe(33);
    // 90 delta collections, a plan and a list: 5 POSTs without faults; the throttled ones were sent again.
    expect(injected).toBeGreaterThan(6);
  }, 60_000);
});
