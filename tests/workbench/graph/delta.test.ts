import type { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { failure, graphClient, removeDir, SEED, startEmulator } from './harness';
import type { RunningEmulator } from './harness';

let running: RunningEmulator;
let client: Client;

beforeEach(async () => {
  running = await startEmulator();
  running.emulator.seed(SEED);
  client = graphClient(running.origin);
});

afterEach(async () => {
  await running.close();
  removeDir(running.dataDir);
});

interface Round {
  readonly pages: unknown[][];
  readonly deltaLink: string;
}

/** Follows nextLinks to the deltaLink, as a sync adapter does. */
async function syncRound(first: Promise<Record<string, unknown>>, pageSize: number): Promise<Round> {
  const pages: unknown[][] = [];
  let page = await first;
  pages.push(page.value as unknown[]);
  while (typeof page['@odata.nextLink'] === 'string') {
    page = (await client.api(page['@odata.nextLink']).header('Prefer', `odata.maxpagesize=${pageSize}`).get()) as Record<string, unknown>;
    pages.push(page.value as unknown[]);
  }
  return { pages, deltaLink: page['@odata.deltaLink'] as string };
}

const october = { startDateTime: '2026-10-01T00:00:00Z', endDateTime: '2026-10-31T00:00:00Z' };

function ids(pages: unknown[][]): string[][] {
  return pages.map((page) => page.map((item) => (item as { id: string }).id));
}

describe('calendarView delta', () => {
  it('syncs fully, then returns only changes, then 410 after expiry, then resyncs fully', async () => {
    const initial = await syncRound(client.api('/me/calendarView/delta').query(october).header('Prefer', 'odata.maxpagesize=3').get(), 3);
    expect(ids(initial.pages)).toEqual([['ev1', 'ev2', 'ev3'], ['ev4', 'ev5']]);

    running.emulator.seed({
      events: [
        { ownerId: 'u-ada', resource: { ...(SEED.events ?? [])[1].resource, subject: 'Solution demo (moved)' } },
        { ownerId: 'u-ada', resource: { id: 'ev7', subject: 'Executive alignment', start: { dateTime: '2026-10-20T10:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-10-20T11:00:00.0000000', timeZone: 'UTC' } } }
      ],
      deletedIds: ['ev3']
    });
    const changes = await client.api(initial.deltaLink).get();
    expect(changes.value).toEqual([
      { id: 'ev2', subject: 'Solution demo (moved)', start: { dateTime: '2026-10-02T10:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-10-02T11:00:00.0000000', timeZone: 'UTC' }, attendees: [] },
      { id: 'ev7', subject: 'Executive alignment', start: { dateTime: '2026-10-20T10:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-10-20T11:00:00.0000000', timeZone: 'UTC' } },
      { '@odata.type': '#microsoft.graph.event', id: 'ev3', '@removed': { reason: 'deleted' } }
    ]);
    expect(changes['@odata.nextLink']).toBeUndefined();

    const quiet = await client.api(changes['@odata.deltaLink']).get();
    expect(quiet.value).toEqual([]);

    running.emulator.expireDeltaTokens();
    const gone = await failure(client.api(quiet['@odata.deltaLink']).get());
    expect([gone.statusCode, gone.code, gone.message]).toEqual([410, 'syncStateNotFound', 'The sync state generation is not found. The delta token is expired and data must be synchronized again.']);

    const resync = await syncRound(client.api('/me/calendarView/delta').query(october).get(), 10);
    expect(ids(resync.pages)).toEqual([['ev1', 'ev4', 'ev5', 'ev2', 'ev7']]);
  });

  it('expires tokens older than the configured age (one hour here)', async () => {
    const round = await syncRound(client.api('/me/calendarView/delta').query(october).get(), 10);
    running.clock.now += 60 * 60 * 1000;
    expect((await client.api(round.deltaLink).get()).value).toEqual([]);
    running.clock.now += 1;
    const gone = await failure(client.api(round.deltaLink).get());
    expect([gone.statusCode, gone.code]).toEqual([410, 'syncStateNotFound']);
  });

  it('records events created, patched and deleted through the API as changes', async () => {
    const round = await syncRound(client.api('/me/calendarView/delta').query(october).get(), 10);
    const created = await client.api('/me/events').post({ subject: 'Close plan review', start: { dateTime: '2026-10-21T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-10-21T10:00:00', timeZone: 'UTC' } });
    expect(created.id).toBe('emulator-event-18');
    await client.api(`/me/events/${created.id as string}`).patch({ subject: 'Mutual close plan review' });
    await client.api('/me/events/ev1').delete();
    const changes = await client.api(round.deltaLink).get();
    expect(changes.value.map((item: { id: string; subject?: string }) => [item.id, item.subject ?? 'removed'])).toEqual([
      ['emulator-event-18', 'Mutual close plan review'],
      ['ev1', 'removed']
    ]);
  });
});

describe('list item delta', () => {
  it('returns items with fields, then changes and deletions, and 410 resyncRequired after expiry', async () => {
    const first = await client.api('/sites/site-1/lists/list-1/items/delta').get();
    expect(first.value).toEqual([
      { id: '2', fields: { Name: 'Gadget', Color: 'Red', Quantity: 503 } },
      { id: '4', fields: { Name: 'Widget', Color: 'Blue', Quantity: 2357 } },
      { id: '7', fields: { Name: 'Gizmo', Color: 'Green', Quantity: 92 } }
    ]);
    running.emulator.seed({ listItems: [{ siteId: 'site-1', listId: 'list-1', resource: { id: '4', fields: { Name: 'Widget', Color: 'Blue', Quantity: 2300 } } }], deletedIds: ['7'] });
    const second = await client.api(first['@odata.deltaLink']).get();
    expect(second.value).toEqual([
      { id: '4', fields: { Name: 'Widget', Color: 'Blue', Quantity: 2300 } },
      { id: '7', deleted: { state: 'deleted' } }
    ]);
    running.emulator.expireDeltaTokens();
    const gone = await failure(client.api(second['@odata.deltaLink']).get());
    expect([gone.statusCode, gone.code]).toEqual([410, 'resyncRequired']);
  });

  it('re-seeding identical data creates no changes', async () => {
    const first = await client.api('/sites/site-1/lists/list-1/items/delta').get();
    running.emulator.seed(SEED);
    expect((await client.api(first['@odata.deltaLink']).get()).value).toEqual([]);
  });
});
