import type { Opportunity } from '../../src/core/model/interaction';
import { mergeOpportunity, unionStageHistory } from '../../src/services/opportunityMerge';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

const stored: Opportunity = {
  id: 'OPP-1',
  name: 'Fleet renewal',
  account: 'Contoso',
  owner: 'ann@seller.example',
  team: 'North',
  amount: 120000,
  currency: 'EUR',
  status: 'open',
  createdAt: T0,
  stageHistory: [
    { stageId: 'qualify', enteredAt: T0 },
    { stageId: 'develop', enteredAt: T0 + 10 * DAY }
  ]
};

describe('mergeOpportunity', () => {
  it('returns undefined when the import equals the stored record, also with the history in another order', () => {
    expect(mergeOpportunity(stored, { ...stored })).toBeUndefined();
    expect(mergeOpportunity(stored, { ...stored, stageHistory: [stored.stageHistory[1], stored.stageHistory[0]] })).toBeUndefined();
  });

  it('takes status, amount and closedAt from the import and keeps the stored history', () => {
    const won = mergeOpportunity(stored, { ...stored, status: 'won', amount: 130000, closedAt: T0 + 20 * DAY });
    expect(won).toEqual({ ...stored, status: 'won', amount: 130000, closedAt: T0 + 20 * DAY });
  });

  it('appends a new stage entry after the stored ones', () => {
    const merged = mergeOpportunity(stored, { ...stored, stageHistory: [...stored.stageHistory, { stageId: 'propose', enteredAt: T0 + 15 * DAY }] });
    expect(merged?.stageHistory).toEqual([
      { stageId: 'qualify', enteredAt: T0 },
      { stageId: 'develop', enteredAt: T0 + 10 * DAY },
      { stageId: 'propose', enteredAt: T0 + 15 * DAY }
    ]);
  });

  it('keeps old entries when a partial export holds only the latest stage, and only that changes nothing', () => {
    expect(mergeOpportunity(stored, { ...stored, stageHistory: [{ stageId: 'develop', enteredAt: T0 + 10 * DAY }] })).toBeUndefined();
    const merged = mergeOpportunity(stored, { ...stored, stageHistory: [{ stageId: 'propose', enteredAt: T0 + 12 * DAY }] });
    expect(merged?.stageHistory.map((e) => [e.stageId, (e.enteredAt - T0) / DAY])).toEqual([
      ['qualify', 0],
      ['develop', 10],
      ['propose', 12]
    ]);
  });

  it('removes optional fields the import leaves out: a reopened deal loses closedAt, team and name', () => {
    const closed: Opportunity = { ...stored, status: 'lost', closedAt: T0 + 30 * DAY };
    const reopened = mergeOpportunity(closed, { id: 'OPP-1', account: 'Contoso', owner: 'ann@seller.example', amount: 120000, currency: 'EUR', status: 'open', createdAt: T0, stageHistory: [] });
    expect(reopened).toEqual({ id: 'OPP-1', account: 'Contoso', owner: 'ann@seller.example', amount: 120000, currency: 'EUR', status: 'open', createdAt: T0, stageHistory: stored.stageHistory });
    expect(reopened !== undefined && 'closedAt' in reopened).toBe(false);
    expect(closed.closedAt).toBe(T0 + 30 * DAY);
  });

  it('does not change its inputs', () => {
    const imported: Opportunity = { ...stored, stageHistory: [{ stageId: 'propose', enteredAt: T0 + 15 * DAY }] };
    const before = JSON.stringify([stored, imported]);
    mergeOpportunity(stored, imported);
    expect(JSON.stringify([stored, imported])).toBe(before);
  });
});

describe('unionStageHistory', () => {
  it('orders by time; at equal times stored entries come first, then the imported order; exact duplicates once', () => {
    const union = unionStageHistory(
      [
        { stageId: 'b', enteredAt: 5 },
        { stageId: 'a', enteredAt: 5 }
      ],
      [
        { stageId: 'd', enteredAt: 5 },
        { stageId: 'a', enteredAt: 5 },
        { stageId: 'c', enteredAt: 5 },
        { stageId: 'z', enteredAt: 1 },
        { stageId: 'b', enteredAt: 7 }
      ]
    );
    expect(union.map((e) => `${e.stageId}@${e.enteredAt}`)).toEqual(['z@1', 'b@5', 'a@5', 'd@5', 'c@5', 'b@7']);
  });
});
