import { PermissionDeniedError } from '../../../src/services';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { interactionToItem } from '../../../src/adapters/sharepoint/mappers/interactionMapper';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { setUpSite } from '../../../src/services/provisioning';
import { interactions, T0 } from './fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from './harness';

const blueprint: Blueprint = {
  id: 'enterprise',
  name: 'Enterprise sale',
  version: 1,
  status: 'draft',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'champion', name: 'Champion', side: 'customer' }
  ],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }],
  transactions: [{ id: 'T01', sequence: 1, from: 'ae', to: 'champion', deliverable: 'Discovery call', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 }]
};

describe('SharePoint repositories against the emulator', () => {
  let server: DataLayerServer;
  beforeAll(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a visitor write with PermissionDeniedError', async () => {
    const visitor = createSharePointStores(server.client('visitor'));
    await expect(visitor.blueprints.saveDraft({ ...blueprint, id: 'other' })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(visitor.syncState.save({ sourceKey: 'x' })).rejects.toMatchObject({ permission: 'AddListItems/EditListItems' });
  });

  it('records an alert once: a second record of the same dedupe key returns the stored one', async () => {
    const log = createSharePointStores(server.client()).alertLog;
    const alert = { dedupeKey: 'late:OPP-1:T07', opportunityId: 'OPP-1', rule: 'late', severity: 'warning' as const, channel: 'webhook', summary: 'Late', recordedAt: T0 };
    const first = await log.record(alert);
    expect(first.created).toBe(true);
    const sent = await log.markSent(first.record, 'msg-1', T0 + 1000);
    const second = await log.record({ ...alert, summary: 'Late again' });
    expect(second.created).toBe(false);
    expect(second.record).toEqual({ ...alert, itemId: first.record.itemId, status: 'sent', messageId: 'msg-1', sentAt: T0 + 1000, attempts: 1 });
    expect(sent.attempts).toBe(1);
    expect((await log.listByOpportunity('OPP-1')).length).toBe(1);
  });

  it('keeps a digest\'s deals and who acknowledged it, found by the digest\'s scope', async () => {
    const log = createSharePointStores(server.client()).alertLog;
    const digest = { dedupeKey: '@ann@x.example|due|digest|2026-10-31', opportunityId: '@ann@x.example', rule: 'due', severity: 'critical' as const, channel: 'mail', summary: 'Due: 3 actions', recordedAt: T0, dealIds: ['A1', 'A2'] };
    const { record } = await log.record(digest);
    const acknowledged = await log.acknowledge(record, 'ann@x.example', T0 + 5000);
    expect(acknowledged.acknowledgedAt).toBe(T0 + 5000);
    expect(await log.listByOpportunity('@ann@x.example')).toEqual([{ ...digest, itemId: record.itemId, status: 'pending', attempts: 0, acknowledgedBy: 'ann@x.example', acknowledgedAt: T0 + 5000 }]);
    // Snoozed for a day: found by the indexed snooze date until then, not after.
    await log.snooze(acknowledged, 'ann@x.example', T0 + 6000, T0 + 86_400_000);
    expect((await log.listSnoozed(T0 + 7000)).map((r) => [r.dedupeKey, r.snoozedUntil])).toEqual([[digest.dedupeKey, T0 + 86_400_000]]);
    expect(await log.listSnoozed(T0 + 86_400_001)).toEqual([]);
  });

  it('finds the organisation\'s and every team\'s digest in one request, and no one else\'s', async () => {
    const log = createSharePointStores(server.client()).alertLog;
    const scoped = (scope: string): { dedupeKey: string; opportunityId: string; rule: string; severity: 'critical'; channel: string; summary: string; recordedAt: number } => ({ dedupeKey: `${scope}|due|digest|2026-10-31`, opportunityId: scope, rule: 'due', severity: 'critical', channel: 'mail', summary: scope, recordedAt: T0 });
    for (const scope of ['*', 'team:north', 'team:south', '@ann@x.example', 'OPP-9']) await log.record(scoped(scope));
    server.seen.length = 0;
    expect((await log.listTeamDigests()).map((r) => r.opportunityId).sort()).toEqual(['*', 'team:north', 'team:south']);
    expect(server.seen.length).toBe(1);
  });

  it('creates, then replaces a sync state by source key', async () => {
    const store = createSharePointStores(server.client()).syncState;
    await store.save({ sourceKey: 'graph:mail', deltaToken: 'd1', lastRunAt: T0 });
    await store.save({ sourceKey: 'graph:mail', deltaToken: 'd2', lastRunAt: T0 + 60_000, lastError: 'throttled' });
    expect(await store.get('graph:mail')).toEqual({ sourceKey: 'graph:mail', deltaToken: 'd2', lastRunAt: T0 + 60_000, lastError: 'throttled' });
    expect(await store.get('nope')).toBeUndefined();
  });

  it('reads one opportunity past the 5,000-item threshold through the indexed filter, paging', async () => {
    // Seeded straight into the store for speed: 6,200 items, 5,100 of them for one opportunity.
    const rows = interactions(6200, 1, 'big').map((i, n) => interactionToItem(n < 5100 ? i : { ...i, opportunityId: 'opp-small' }));
    server.emu.sharePoint.seedItems('Interactions', rows);
    server.seen.length = 0;
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const big = await stores.interactions.listByOpportunity('opp-0');
    expect(big.length).toBe(5100);
    expect(new Set(big.map((i) => i.sourceKey)).size).toBe(5100);
    expect(server.seen.length).toBe(2);
    const byIds = await stores.interactions.listByOpportunities(['opp-small', 'opp-0', 'none']);
    expect([byIds.get('opp-small')?.length, byIds.get('opp-0')?.length, byIds.get('none')?.length]).toEqual([1100, 5100, 0]);
  }, 60_000);
});
