import { StoredDataError } from '../../../../src/adapters/sharepoint';
import type { Blueprint } from '../../../../src/core/model/blueprint';
import { blueprintItemKey, draftToItem, itemToStoredBlueprint, parseSource, versionToItem } from '../../../../src/adapters/sharepoint/mappers/blueprintMapper';
import { itemToAlertRecord, newAlertToItem } from '../../../../src/adapters/sharepoint/mappers/alertLogMapper';
import { participantKey, participantToItem, itemToParticipant } from '../../../../src/adapters/sharepoint/mappers/participantMapper';
import { itemToSyncState, syncStateToItem } from '../../../../src/adapters/sharepoint/mappers/syncStateMapper';

const blueprint: Blueprint = {
  id: 'bp-1',
  name: 'Enterprise sale',
  version: 2,
  status: 'draft',
  roles: [{ id: 'ae', name: 'Account executive', side: 'internal' }],
  stages: [{ id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }],
  transactions: []
};

describe('blueprint mapper', () => {
  it('stores a draft under the blueprint\'s draft key as the version it will become, and reads it back with who saved it', () => {
    const item = draftToItem(blueprint, 3);
    const draft = { ...blueprint, status: 'draft' as const, version: 4 };
    expect(item).toEqual({
      Title: 'Enterprise sale',
      VNBlueprintId: 'bp-1#draft',
      VNBlueprint: 'bp-1',
      VNStatus: 'draft',
      VNVersion: 4,
      VNBasedOn: 3,
      VNSource: null,
      VNBlueprintJson: JSON.stringify({ format: 'valuenetworks.blueprint', formatVersion: 1, blueprint: draft })
    });
    expect(itemToStoredBlueprint({ Id: 4, 'odata.etag': '"3"', Modified: '2024-05-01T10:00:00Z', Editor: { Title: 'Alex Wilber' }, ...item })).toEqual({
      blueprint: draft,
      etag: '"3"',
      itemId: 4,
      modifiedAt: Date.UTC(2024, 4, 1, 10),
      modifiedBy: 'Alex Wilber',
      basedOnVersion: 3
    });
  });

  it('stores a published version once under its own key, with where it came from', () => {
    const item = versionToItem(blueprint, 5, { kind: 'rollback', version: 2 });
    expect([item.VNBlueprintId, item.VNBlueprint, item.VNStatus, item.VNVersion, item.VNBasedOn, item.VNSource]).toEqual(['bp-1#v5', 'bp-1', 'published', 5, null, 'rollback:2']);
    expect(itemToStoredBlueprint({ Id: 9, ...item })).toEqual({ blueprint: { ...blueprint, status: 'published', version: 5 }, etag: '*', itemId: 9, modifiedAt: 0, restoredFrom: 2 });
    expect([blueprintItemKey('bp-1', 'draft'), blueprintItemKey('bp-1', 12)]).toEqual(['bp-1#draft', 'bp-1#v12']);
    expect([parseSource('draft:17'), parseSource('rollback:3'), parseSource('migrated'), parseSource('other'), parseSource(undefined)]).toEqual([
      { kind: 'draft', draftItemId: 17 },
      { kind: 'rollback', version: 3 },
      { kind: 'migrated' },
      undefined,
      undefined
    ]);
  });

  it('lets the status and version columns win over the JSON copy', () => {
    const item = { Id: 4, ...draftToItem(blueprint, 1), VNStatus: 'published', VNVersion: 7 };
    expect([itemToStoredBlueprint(item).blueprint.status, itemToStoredBlueprint(item).blueprint.version]).toEqual(['published', 7]);
  });

  it('refuses a document that is not a blueprint, and an oversized one', () => {
    expect(() => itemToStoredBlueprint({ Id: 1, VNBlueprintJson: '{"format":"other"}' })).toThrow(new StoredDataError('Blueprints', 1, 'VNBlueprintJson', 'expected a ValueNetworks blueprint document'));
    expect(() => itemToStoredBlueprint({ Id: 1, VNBlueprintJson: null })).toThrow('Blueprints item 1, column VNBlueprintJson: is empty but required');
    const huge = { ...blueprint, description: 'x'.repeat(64_000) };
    expect(() => draftToItem(huge, undefined)).toThrow(RangeError);
  });
});

describe('participant, alert and sync state mappers', () => {
  it('keys participants by scope, email and role, lower-cased', () => {
    const p = { email: 'CFO@Fabrikam.com', displayName: 'Dana Cho', role: 'economic-buyer', account: 'Fabrikam', opportunityId: 'OPP-1' };
    expect(participantKey(p)).toBe('opp:opp-1|cfo@fabrikam.com|economic-buyer');
    expect(participantKey({ ...p, opportunityId: undefined })).toBe('acct:fabrikam|cfo@fabrikam.com|economic-buyer');
    expect(itemToParticipant({ Id: 1, ...participantToItem(p) })).toEqual(p);
  });

  it('records an alert as pending with no attempts and reads it back', () => {
    const alert = { dedupeKey: 'late:OPP-1:T07', opportunityId: 'OPP-1', rule: 'late', severity: 'warning' as const, channel: 'webhook', summary: 'Business case is late', recordedAt: Date.UTC(2024, 4, 1) };
    const item = newAlertToItem(alert);
    expect(item).toEqual({ Title: 'Business case is late', VNDedupeKey: 'late:OPP-1:T07', VNOpportunityId: 'OPP-1', VNRule: 'late', VNSeverity: 'warning', VNChannel: 'webhook', VNStatus: 'pending', VNRecordedAt: '2024-05-01T00:00:00.000Z', VNAttempts: 0 });
    expect(itemToAlertRecord({ Id: 8, ...item })).toEqual({ ...alert, itemId: 8, status: 'pending', attempts: 0 });
  });

  it('round-trips a sync state and clears absent columns', () => {
    const state = { sourceKey: 'graph:mail:adelev', deltaToken: 'abc', lastRunAt: Date.UTC(2024, 4, 1, 6) };
    const item = syncStateToItem(state);
    expect(item).toEqual({ Title: 'graph:mail:adelev', VNSourceKey: 'graph:mail:adelev', VNDeltaToken: 'abc', VNLastRunAt: '2024-05-01T06:00:00.000Z', VNLastSuccessAt: null, VNLastError: null, VNDetails: null });
    expect(itemToSyncState(item)).toEqual(state);
  });
});
