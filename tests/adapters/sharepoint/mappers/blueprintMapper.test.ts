import { StoredDataError } from '../../../../src/core/errors';
import type { Blueprint } from '../../../../src/core/model/blueprint';
import { blueprintToItem, itemToStoredBlueprint, versionToBlueprintVersion } from '../../../../src/adapters/sharepoint/mappers/blueprintMapper';
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
  it('stores the blueprint in a versioned envelope and reads it back with its ETag', () => {
    const item = blueprintToItem(blueprint);
    expect(item).toEqual({
      Title: 'Enterprise sale',
      VNBlueprintId: 'bp-1',
      VNStatus: 'draft',
      VNVersion: 2,
      VNBlueprintJson: JSON.stringify({ format: 'valuenetworks.blueprint', formatVersion: 1, blueprint })
    });
    expect(itemToStoredBlueprint({ Id: 4, 'odata.etag': '"3"', Modified: '2024-05-01T10:00:00Z', ...item })).toEqual({ blueprint, etag: '"3"', itemId: 4, modifiedAt: Date.UTC(2024, 4, 1, 10) });
  });

  it('lets the status column win over the JSON copy, and reads versions', () => {
    const item = { Id: 4, ...blueprintToItem(blueprint), VNStatus: 'published' };
    expect(itemToStoredBlueprint(item).blueprint.status).toBe('published');
    expect(versionToBlueprintVersion({ ...item, VersionLabel: '2.0', IsCurrentVersion: true, Modified: '2024-05-02T00:00:00Z' })).toEqual({
      label: '2.0',
      isCurrent: true,
      modifiedAt: Date.UTC(2024, 4, 2),
      blueprint: { ...blueprint, status: 'published' }
    });
  });

  it('refuses a document that is not a blueprint, and an oversized one', () => {
    expect(() => itemToStoredBlueprint({ Id: 1, VNBlueprintJson: '{"format":"other"}' })).toThrow(new StoredDataError('Blueprints', 1, 'VNBlueprintJson', 'expected a ValueNetworks blueprint document'));
    expect(() => itemToStoredBlueprint({ Id: 1, VNBlueprintJson: null })).toThrow('Blueprints item 1, column VNBlueprintJson: is empty but required');
    const huge = { ...blueprint, description: 'x'.repeat(64_000) };
    expect(() => blueprintToItem(huge)).toThrow(RangeError);
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
    expect(item).toEqual({ Title: 'graph:mail:adelev', VNSourceKey: 'graph:mail:adelev', VNDeltaToken: 'abc', VNLastRunAt: '2024-05-01T06:00:00.000Z', VNLastSuccessAt: null, VNLastError: null });
    expect(itemToSyncState(item)).toEqual(state);
  });
});
