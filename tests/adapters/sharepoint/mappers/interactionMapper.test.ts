import { StoredDataError } from '../../../../src/adapters/sharepoint';
import type { Interaction } from '../../../../src/core/model/interaction';
import { interactionToItem, itemToInteraction } from '../../../../src/adapters/sharepoint/mappers/interactionMapper';

const full: Interaction = {
  opportunityId: 'OPP-7',
  timestamp: Date.UTC(2024, 4, 1, 9, 30, 0),
  activity: 'T05',
  transactionId: 'T05',
  fromParticipant: 'adelev@contoso.com',
  toParticipant: 'cfo@fabrikam.com',
  fromRole: 'account-executive',
  toRole: 'economic-buyer',
  channel: 'meeting',
  source: 'graph:calendar',
  sourceKey: 'cal:AAMk1'
};

describe('interaction mapper', () => {
  it('writes every column under its VN name, dates as ISO 8601', () => {
    expect(interactionToItem(full)).toEqual({
      Title: 'T05',
      VNSourceKey: 'cal:AAMk1',
      VNOpportunityId: 'OPP-7',
      VNTimestamp: '2024-05-01T09:30:00.000Z',
      VNFromParticipant: 'adelev@contoso.com',
      VNToParticipant: 'cfo@fabrikam.com',
      VNFromRole: 'account-executive',
      VNToRole: 'economic-buyer',
      VNActivity: 'T05',
      VNTransactionId: 'T05',
      VNChannel: 'meeting',
      VNSource: 'graph:calendar'
    });
  });

  it('reads back what SharePoint returns (seconds precision, nulls for empty columns)', () => {
    const item = { ...interactionToItem(full), Id: 3, VNTimestamp: '2024-05-01T09:30:00Z' };
    expect(itemToInteraction(item)).toEqual(full);
    const minimal = { Id: 4, VNSourceKey: 'csv:1', VNOpportunityId: 'OPP-1', VNTimestamp: '2024-05-01T00:00:00Z', VNActivity: 'Demo', VNSource: 'csv', VNChannel: null, VNFromRole: null, VNTransactionId: '' };
    expect(itemToInteraction(minimal)).toEqual({ opportunityId: 'OPP-1', timestamp: Date.UTC(2024, 4, 1), activity: 'Demo', source: 'csv', sourceKey: 'csv:1' });
  });

  it('refuses an unknown channel and a missing key with the item and column named', () => {
    const bad = { Id: 9, VNSourceKey: 'k', VNOpportunityId: 'O', VNTimestamp: '2024-05-01T00:00:00Z', VNActivity: 'A', VNSource: 's', VNChannel: 'fax' };
    expect(() => itemToInteraction(bad)).toThrow(new StoredDataError('Interactions', 9, 'VNChannel', '"fax" is not one of meeting, mail, call, task, document, workflow, other'));
    expect(() => itemToInteraction({ ...bad, VNChannel: null, VNSourceKey: null })).toThrow('Interactions item 9, column VNSourceKey: is empty but required');
    expect(() => itemToInteraction({ ...bad, VNChannel: null, VNTimestamp: 'yesterday' })).toThrow('column VNTimestamp: expected an ISO 8601 date, found "yesterday"');
  });
});
