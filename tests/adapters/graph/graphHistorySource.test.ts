import { clientBatchTransport, type BatchGet, type BatchTransport } from '../../../src/adapters/graph/graphBatch';
import { createGraphHistorySource, historyKeys } from '../../../src/adapters/graph/graphHistorySource';
import { graphClient } from '../../workbench/graph/harness';
import { sellerUpn, startGraphServer, syncSeed, type GraphServer } from './harness';

const WINDOW = { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 10, 30) };
const CONFIG = { calendarWindow: WINDOW, plannerPlanIds: ['p1'], workflowList: { siteId: 'site-1', listId: 'orders', title: 'Orders', opportunityField: 'OpportunityId' } };

let server: GraphServer;
beforeEach(async () => {
  server = await startGraphServer();
});
afterEach(async () => {
  await server.close();
});

function recording(inner: BatchTransport): { transport: BatchTransport; urls: string[] } {
  const urls: string[] = [];
  return { urls, transport: { post: (requests: readonly BatchGet[]) => (urls.push(...requests.map((r) => r.url)), inner.post(requests)) } };
}

describe('the Graph history source against the emulator', () => {
  it('reads 25 sellers (75 delta collections, a plan, a list) in 4 $batch POSTs plus 1 for Planner assignees', async () => {
    server.graph.seed(syncSeed(25));
    const sellers = Array.from({ length: 25 }, (_, i) => sellerUpn(i));
    const { transport, urls } = recording(clientBatchTransport(graphClient(server.origin)));
    const source = createGraphHistorySource(transport, { ...CONFIG, sellers });
    const reads = await source.read(new Map());
    expect(server.seen).toEqual(Array(5).fill('POST /graph/v1.0/$batch'));
    expect(source.lastPosts()).toBe(4);
    expect(reads.length).toBe(77);
    expect(reads.filter((r) => r.error !== undefined)).toEqual([]);
    // Metadata only: the $select of events and messages never names a body.
    expect(urls[0]).toBe(
      '/users/ann%40seller.example/calendarView/delta?startDateTime=2026-10-01T00%3A00%3A00.000Z&endDateTime=2026-11-30T00%3A00%3A00.000Z&$select=subject,start,end,attendees,organizer,iCalUId,categories'
    );
    expect(urls[1]).toBe('/users/ann%40seller.example/mailFolders/sentitems/messages/delta?$select=from,toRecipients,ccRecipients,sentDateTime,receivedDateTime,subject,internetMessageId,conversationId');
    expect(urls.some((u) => /body/i.test(u))).toBe(false);

    const ann = reads.find((r) => r.sourceKey === historyKeys.calendar('ann@seller.example'));
    expect(ann?.items.map((i) => [i.stableId, i.subject, i.from, i.to.join(' ')])).toEqual([
      ['ical-e-disc', 'Discovery', 'ann@seller.example', 'carl@acme.example'],
      ['ical-e-lunch', 'Lunch', 'ann@seller.example', 'stranger@else.example'],
      ['ical-e-globex', 'Intro', 'ann@seller.example', 'gus@globex.example']
    ]);
    const plan = reads.find((r) => r.sourceKey === 'graph:planner:p1');
    expect(plan?.items.map((i) => [i.stableId, i.from, i.completed, i.timestamp])).toEqual([
      ['t-done', 'ann@seller.example', true, Date.UTC(2026, 9, 8, 12)],
      ['t-open', 'ann@seller.example', false, Date.UTC(2026, 9, 9, 12)]
    ]);
    const list = reads.find((r) => r.sourceKey === 'graph:list:site-1/orders');
    expect(list?.items.map((i) => [i.stableId, i.subject, i.fields?.Status])).toEqual([['orders/1', '[OPP-1] Order 1', 'Signed']]);
    expect(typeof list?.deltaToken).toBe('string');
    expect(plan?.deltaToken).toBeUndefined();
  });

  it('after a 410 reads the expired source again in full and says so', async () => {
    server.graph.seed(syncSeed(1));
    const source = createGraphHistorySource(clientBatchTransport(graphClient(server.origin)), { calendarWindow: WINDOW, sellers: [sellerUpn(0)], mailFolders: ['sentitems'] });
    const first = await source.read(new Map());
    const tokens = new Map(first.map((r) => [r.sourceKey, r.deltaToken]));
    const quiet = await source.read(tokens);
    expect(quiet.map((r) => [r.sourceKey, r.items.length, r.resynced])).toEqual([
      ['graph:calendar:ann@seller.example', 0, false],
      ['graph:mail:sentitems:ann@seller.example', 0, false]
    ]);
    server.graph.expireDeltaTokens();
    const again = await source.read(new Map(quiet.map((r) => [r.sourceKey, r.deltaToken])));
    expect(again.map((r) => [r.sourceKey, r.items.length, r.resynced, r.error])).toEqual([
      ['graph:calendar:ann@seller.example', 3, true, undefined],
      ['graph:mail:sentitems:ann@seller.example', 1, true, undefined]
    ]);
  });
});
