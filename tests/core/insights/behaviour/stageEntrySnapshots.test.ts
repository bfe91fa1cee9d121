import { stageEntrySnapshots } from '../../../../src/core/insights/behaviour/stageEntrySnapshots';
import type { Opportunity } from '../../../../src/core/model/interaction';
import { day, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const opportunity: Opportunity = {
  id: 'X',
  account: 'a',
  owner: 'pat',
  amount: 1,
  status: 'lost',
  createdAt: day(0),
  closedAt: day(20),
  stageHistory: [
    { stageId: 'discover', enteredAt: day(0) },
    { stageId: 'prove', enteredAt: day(5) },
    { stageId: 'discover', enteredAt: day(7) },
    { stageId: 'unknown', enteredAt: day(8) },
    { stageId: 'close', enteredAt: day(20) }
  ]
};

describe('stageEntrySnapshots', () => {
  it('keeps the first entry per blueprint stage strictly before the close', () => {
    expect(stageEntrySnapshots(opportunity, smallBlueprint, day(20))).toEqual([
      { stageId: 'discover', order: 1, at: day(0) },
      { stageId: 'prove', order: 2, at: day(5) }
    ]);
    expect(stageEntrySnapshots(opportunity, smallBlueprint, day(21)).map((s) => s.stageId)).toEqual(['discover', 'prove', 'close']);
    expect(stageEntrySnapshots(opportunity, smallBlueprint, day(0))).toEqual([]);
  });
});
