import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { createReviewStore } from '../../../src/adapters/sharepoint/reviewStore';
import { schemaV4 } from '../../../src/adapters/sharepoint/schema';
import { DEFAULT_REVIEW_REASONS } from '../../../src/services/decisions/reviewRecords';
import { setUpSite } from '../../../src/services/provisioning';
import { startDataLayerServer, writes, type DataLayerServer } from './harness';
import { T0 } from './fixtures';

describe('DealReviews list and the reason list over HTTP against the emulator', () => {
  let server: DataLayerServer;
  afterEach(async () => {
    await server?.close();
  });

  it('adds a version 4 site the DealReviews list with its unique deal id and indexed reason', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client(), { schema: schemaV4() }));
    const upgrade = await setUpSite(createSharePointProvisioner(server.client()));
    // Version 5 also adds the alert columns (AlertLog, SyncState), version 6 the score's history (Opportunities); the reviews list comes after them.
    const besidesAlerts = upgrade.changes.filter((c) => !c.startsWith('add column AlertLog.') && !c.startsWith('add column SyncState.') && !c.startsWith('add column Opportunities.'));
    expect([upgrade.previousVersion, upgrade.appVersion, besidesAlerts.slice(0, 1), upgrade.changes[upgrade.changes.length - 1]]).toEqual([4, 6, ['create list DealReviews'], 'record schema version 6']);
    const fields = server.emu.sharePoint.store.lists().find((l) => l.title === 'DealReviews')?.fields ?? [];
    expect(fields.filter((f) => f.indexed && f.internalName.startsWith('VN')).map((f) => f.internalName)).toEqual(['VNReviewDeal', 'VNReviewReason']);
  });

  it('stores one record per deal, replaces it on a second review, lists all and keeps the leader\'s reasons', async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const reviews = createReviewStore(server.client());
    expect(await reviews.reasons()).toEqual([...DEFAULT_REVIEW_REASONS]);
    await reviews.saveReasons(['Price', ' Competitor ', '', 'Price', 'Security review']);
    expect(await reviews.reasons()).toEqual(['Price', 'Competitor', 'Security review']);
    await reviews.saveReasons(['Price', 'Timing']);
    expect(await reviews.reasons()).toEqual(['Price', 'Timing']);

    const first = await reviews.save({ opportunityId: "OPP-1 'a'", dealName: 'Contoso pilot', outcome: 'lost', reason: 'Price', lessons: 'Business case came too late.', reviewedBy: 'Adele Vance', reviewedAt: T0 });
    await reviews.save({ opportunityId: 'OPP-2', dealName: 'Fabrikam rollout', outcome: 'won', reason: 'Relationship', lessons: '', reviewedBy: 'Adele Vance', reviewedAt: T0 + 1000 });
    server.seen.length = 0;
    const again = await reviews.save({ opportunityId: "OPP-1 'a'", dealName: 'Contoso pilot', outcome: 'lost', reason: 'Timing', lessons: 'Budget moved to next year.', reviewedBy: 'Priya Ito', reviewedAt: T0 + 2000 });
    expect(again.itemId).toBe(first.itemId);
    expect(writes(server.seen).length).toBe(1);
    expect((await reviews.listAll()).map((r) => [r.opportunityId, r.dealName, r.outcome, r.reason, r.lessons, r.reviewedBy, r.reviewedAt - T0])).toEqual([
      ["OPP-1 'a'", 'Contoso pilot', 'lost', 'Timing', 'Budget moved to next year.', 'Priya Ito', 2000],
      ['OPP-2', 'Fabrikam rollout', 'won', 'Relationship', '', 'Adele Vance', 1000]
    ]);
    expect(await reviews.get('OPP-3')).toBeUndefined();
  });
});
