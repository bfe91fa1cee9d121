import { PermissionDeniedError } from '../../../src/services';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { CURRENT_SCHEMA, schemaV1, schemaV2, schemaV3, schemaV4, schemaV5, SCHEMA_VERSION } from '../../../src/adapters/sharepoint/schema';
import { setUpSite } from '../../../src/services/provisioning';
import { startDataLayerServer, writes, type DataLayerServer } from './harness';

const modelColumns = [
  'VNModelId', 'VNModelStatus', 'VNTrainedAt', 'VNTrainedBy', 'VNBlueprintId', 'VNBlueprintVersion', 'VNWindowFrom', 'VNWindowTo', 'VNModelJson', 'VNEvaluationJson', 'VNPatternsJson'
].map((name) => `add column ScoringModels.${name}`);
/** What version 5 adds: the DealReviews list and its columns. */
const reviewList = ['create list DealReviews', ...['VNReviewDeal', 'VNReviewOutcome', 'VNReviewReason', 'VNReviewLessons', 'VNReviewedBy', 'VNReviewedAt'].map((name) => `add column DealReviews.${name}`)];

/** What version 6 adds: the Leads list and its columns. */
const leadList = ['create list Leads', ...['VNLeadId', 'VNLeadOutcome', 'VNLeadFeatures', 'VNLeadScore', 'VNLeadGrade', 'VNLeadReasons', 'VNLeadModel', 'VNLeadScoredAt', 'VNLeadImportedAt'].map((name) => `add column Leads.${name}`)];
/** What version 6 adds: the score's history on Opportunities. */
const scoreHistory = ['add column Opportunities.VNPreviousScore', 'add column Opportunities.VNPreviousScoredAt'];

// A set-up is one request per list and column against the emulator: on a loaded 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);

const alertColumns = [...['VNDealIds', 'VNAckBy', 'VNAckAt', 'VNSnoozedUntil'].map((name) => `add column AlertLog.${name}`), 'add column SyncState.VNDetails'];

describe('provisioning against the SharePoint emulator', () => {
  let server: DataLayerServer;
  beforeEach(async () => {
    server = await startDataLayerServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('sets up a fresh site, then a second run makes zero write requests', async () => {
    const sp = server.client();
    const first = await setUpSite(createSharePointProvisioner(sp));
    const fieldCount = CURRENT_SCHEMA.lists.reduce((n, l) => n + l.fields.length, 0);
    // 10 lists + every column + the schema version.
    expect(first.changes.length).toBe(10 + fieldCount + 1);
    expect(first.previousVersion).toBeUndefined();
    expect(first.appVersion).toBe(SCHEMA_VERSION);

    const meta = server.emu.sharePoint.store.lists();
    expect(meta.map((l) => l.title).sort()).toEqual(['AlertLog', 'Blueprints', 'DealReviews', 'Interactions', 'Leads', 'Opportunities', 'Participants', 'ScoringModels', 'SyncState', 'VNSettings']);
    expect(meta.find((l) => l.title === 'Blueprints')?.enableVersioning).toBe(true);
    const sourceKey = meta.find((l) => l.title === 'Interactions')?.fields.find((f) => f.internalName === 'VNSourceKey');
    expect(sourceKey).toMatchObject({ type: 'Text', indexed: true, enforceUniqueValues: true });
    const amount = meta.find((l) => l.title === 'Opportunities')?.fields.find((f) => f.internalName === 'VNAmount');
    expect(amount).toMatchObject({ type: 'Currency', indexed: false });
    const status = meta.find((l) => l.title === 'Opportunities')?.fields.find((f) => f.internalName === 'VNStatus');
    expect(status?.choices).toEqual(['open', 'won', 'lost', 'no-decision']);

    server.seen.length = 0;
    const second = await setUpSite(createSharePointProvisioner(sp));
    expect(second.changes).toEqual([]);
    expect(second.previousVersion).toBe(SCHEMA_VERSION);
    expect(writes(server.seen)).toEqual([]);
    expect(server.seen.length).toBe(1 + 1 + 10 + 1);
  });

  it('upgrades a site set up by version 1: adds the missing columns, the index and the ScoringModels, DealReviews and Leads lists, then records version 6', async () => {
    const sp = server.client();
    const v1 = await setUpSite(createSharePointProvisioner(sp, { schema: schemaV1() }));
    expect(v1.appVersion).toBe(1);
    const opportunities = (): readonly { internalName: string; indexed: boolean }[] => server.emu.sharePoint.store.lists().find((l) => l.title === 'Opportunities')?.fields ?? [];
    expect(opportunities().some((f) => f.internalName === 'VNScoreModel')).toBe(false);
    expect(opportunities().find((f) => f.internalName === 'VNAnalysedAt')?.indexed).toBe(false);

    const upgrade = await setUpSite(createSharePointProvisioner(sp));
    expect(upgrade.previousVersion).toBe(1);
    expect(upgrade.changes).toEqual([
      'add column Blueprints.VNBlueprint',
      'add column Blueprints.VNBasedOn',
      'add column Blueprints.VNSource',
      'add column Opportunities.VNScoreModel',
      'add column Opportunities.VNScoreReasons',
      'add column Opportunities.VNDeviationSummary',
      'index column Opportunities.VNAnalysedAt',
      ...scoreHistory,
      'add column AlertLog.VNAttempts',
      ...alertColumns,
      'create list ScoringModels',
      ...modelColumns,
      ...reviewList,
      ...leadList,
      'record schema version 6'
    ]);
    expect(opportunities().find((f) => f.internalName === 'VNAnalysedAt')?.indexed).toBe(true);

    // An older app on the upgraded site changes nothing.
    server.seen.length = 0;
    const old = await setUpSite(createSharePointProvisioner(sp, { schema: schemaV1() }));
    expect(old).toEqual({ previousVersion: 6, appVersion: 1, changes: [], siteIsNewer: true });
    expect(writes(server.seen)).toEqual([]);
  });

  it('upgrades a site set up by version 2: adds the score reasons, the blueprint life-cycle columns and the ScoringModels list, then a second run changes nothing', async () => {
    const sp = server.client();
    const v2 = await setUpSite(createSharePointProvisioner(sp, { schema: schemaV2() }));
    expect(v2.appVersion).toBe(2);
    const reasons = (): { type: string; indexed: boolean } | undefined => server.emu.sharePoint.store.lists().find((l) => l.title === 'Opportunities')?.fields.find((f) => f.internalName === 'VNScoreReasons');
    expect(reasons()).toBeUndefined();

    const upgrade = await setUpSite(createSharePointProvisioner(sp));
    expect(upgrade).toEqual({
      previousVersion: 2,
      appVersion: 6,
      changes: [
        'add column Blueprints.VNBlueprint',
        'add column Blueprints.VNBasedOn',
        'add column Blueprints.VNSource',
        'add column Opportunities.VNScoreReasons',
        ...scoreHistory,
        ...alertColumns,
        'create list ScoringModels',
        ...modelColumns,
        ...reviewList,
        ...leadList,
        'record schema version 6'
      ],
      siteIsNewer: false
    });
    expect(reasons()).toMatchObject({ type: 'Note', indexed: false });

    server.seen.length = 0;
    const again = await setUpSite(createSharePointProvisioner(sp));
    expect(again).toEqual({ previousVersion: 6, appVersion: 6, changes: [], siteIsNewer: false });
    expect(writes(server.seen)).toEqual([]);
  });

  it('upgrades a site set up by version 3: adds the blueprint life-cycle columns and the ScoringModels list with its indexed status and training time', async () => {
    const sp = server.client();
    await setUpSite(createSharePointProvisioner(sp, { schema: schemaV3() }));
    expect(server.emu.sharePoint.store.lists().some((l) => l.title === 'ScoringModels')).toBe(false);
    const upgrade = await setUpSite(createSharePointProvisioner(sp));
    expect(upgrade).toEqual({
      previousVersion: 3,
      appVersion: 6,
      changes: ['add column Blueprints.VNBlueprint', 'add column Blueprints.VNBasedOn', 'add column Blueprints.VNSource', ...scoreHistory, ...alertColumns, 'create list ScoringModels', ...modelColumns, ...reviewList, ...leadList, 'record schema version 6'],
      siteIsNewer: false
    });
    const fields = server.emu.sharePoint.store.lists().find((l) => l.title === 'ScoringModels')?.fields ?? [];
    expect(fields.filter((f) => f.indexed && f.internalName.startsWith('VN')).map((f) => f.internalName)).toEqual(['VNModelId', 'VNModelStatus', 'VNTrainedAt']);
  });

  it('upgrades a site set up by version 4: adds the AlertLog\'s deals and acknowledgement columns, the sync run\'s details and the DealReviews list only', async () => {
    const sp = server.client();
    await setUpSite(createSharePointProvisioner(sp, { schema: schemaV4() }));
    const upgrade = await setUpSite(createSharePointProvisioner(sp));
    expect(upgrade).toEqual({ previousVersion: 4, appVersion: 6, changes: [...scoreHistory, ...alertColumns, ...reviewList, ...leadList, 'record schema version 6'], siteIsNewer: false });
  });

  it('upgrades a site set up by version 5: adds the previous score to Opportunities and the Leads list with its unique lead id and indexed outcome and grade, then a second run changes nothing', async () => {
    const sp = server.client();
    await setUpSite(createSharePointProvisioner(sp, { schema: schemaV5() }));
    const history = (): readonly { internalName: string; type: string; indexed: boolean }[] =>
      (server.emu.sharePoint.store.lists().find((l) => l.title === 'Opportunities')?.fields ?? []).filter((f) => f.internalName.startsWith('VNPrevious'));
    expect([history(), server.emu.sharePoint.store.lists().some((l) => l.title === 'Leads')]).toEqual([[], false]);
    const upgrade = await setUpSite(createSharePointProvisioner(sp));
    expect(upgrade).toEqual({ previousVersion: 5, appVersion: 6, changes: [...scoreHistory, ...leadList, 'record schema version 6'], siteIsNewer: false });
    expect(history().map((f) => [f.internalName, f.type, f.indexed])).toEqual([['VNPreviousScore', 'Number', false], ['VNPreviousScoredAt', 'DateTime', false]]);
    const fields = server.emu.sharePoint.store.lists().find((l) => l.title === 'Leads')?.fields ?? [];
    expect(fields.filter((f) => f.indexed && f.internalName.startsWith('VN')).map((f) => f.internalName)).toEqual(['VNLeadId', 'VNLeadOutcome', 'VNLeadGrade']);
    expect(fields.find((f) => f.internalName === 'VNLeadId')).toMatchObject({ enforceUniqueValues: true });
    server.seen.length = 0;
    expect(await setUpSite(createSharePointProvisioner(sp))).toEqual({ previousVersion: 6, appVersion: 6, changes: [], siteIsNewer: false });
    expect(writes(server.seen)).toEqual([]);
  });

  it.each(['member', 'visitor'] as const)('refuses a %s with PermissionDeniedError before writing anything', async (user) => {
    const attempt = setUpSite(createSharePointProvisioner(server.client(user)));
    await expect(attempt).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(attempt).rejects.toMatchObject({ action: 'set-up-site', permission: 'ManageLists' });
    expect(writes(server.seen)).toEqual([]);
    expect(server.emu.sharePoint.store.lists()).toEqual([]);
  });
});
