import type { Interaction, Opportunity } from '../../../../src/core/model/interaction';
import { exchangeTimeline, roleCoverage, withTransactionRoles } from '../../../../src/ui/dashboard/model/exchangeTimeline';
import { blueprint, DAY } from './records';

const opportunity: Opportunity = { id: 'o', account: 'A', owner: 'ann', amount: 1, status: 'open', createdAt: 0, stageHistory: [{ stageId: 's1', enteredAt: 10 * DAY }] };
const at = (activity: string, day: number, extra: Partial<Interaction> = {}): Interaction => ({
  opportunityId: 'o', timestamp: day * DAY, activity, transactionId: activity, source: 'test', sourceKey: `${activity}-${day}`, ...extra
});

describe('exchangeTimeline', () => {
  it('reads deadlines from stage entry and from the preceding exchange, and marks late, done, missing and upcoming', () => {
    const interactions = [at('t1', 16, { fromRole: 'ae', toRole: 'eb', fromParticipant: 'ann', toParticipant: 'Eve' }), at('t1', 17, { fromRole: 'ae', toRole: 'eb', fromParticipant: 'ann', toParticipant: 'eve' })];
    const rows = exchangeTimeline(blueprint, opportunity, interactions, 30 * DAY);
    expect(rows.map((r) => [r.transaction.id, r.expectedBy, r.actualAt, r.count, r.status])).toEqual([
      ['t1', 15 * DAY, 16 * DAY, 2, 'late'],
      ['t2', 18 * DAY, undefined, 0, 'missing'],
      ['t3', undefined, undefined, 0, 'upcoming']
    ]);
    expect(exchangeTimeline(blueprint, opportunity, interactions, 17 * DAY).map((r) => r.status)).toEqual(['late', 'upcoming', 'upcoming']);
  });

  it('counts a required exchange as missing once the deal moved past its stage, even without a deadline passed', () => {
    const moved = { ...opportunity, stageHistory: [...opportunity.stageHistory, { stageId: 's2', enteredAt: 11 * DAY }] };
    expect(exchangeTimeline(blueprint, moved, [at('t1', 11)], 12 * DAY).map((r) => r.status)).toEqual(['done', 'missing', 'upcoming']);
  });

  it('shows nothing upcoming on a closed deal: what never happened is missing (required, stage reached) or not made', () => {
    const lost = { ...opportunity, status: 'no-decision' as const, closedAt: 12 * DAY };
    // Closed in s1 before t1's deadline (day 15): t1 and t2 are required in the stage it closed in, t3 is optional in s2.
    expect(exchangeTimeline(blueprint, lost, [], 12 * DAY).map((r) => r.status)).toEqual(['missing', 'missing', 'not-made']);
    expect(exchangeTimeline(blueprint, lost, [at('t1', 11)], 12 * DAY).map((r) => r.status)).toEqual(['done', 'missing', 'not-made']);
  });
});

describe('roleCoverage', () => {
  it('counts interactions and distinct people (any case) per blueprint role', () => {
    const interactions = [at('t1', 1, { fromRole: 'ae', toRole: 'eb', fromParticipant: 'ann', toParticipant: 'Eve' }), at('t2', 2, { fromRole: 'eb', toRole: 'ae', fromParticipant: 'eve', toParticipant: 'bob' })];
    expect(roleCoverage(blueprint, interactions)).toEqual([
      { roleId: 'ae', roleName: 'Account executive', side: 'internal', interactions: 2, people: 2 },
      { roleId: 'eb', roleName: 'Economic buyer', side: 'customer', interactions: 2, people: 1 }
    ]);
  });
});

describe('interactions imported from a file (the activity is the transaction id; no transactionId, no roles)', () => {
  const fromFile = (activity: string, day: number, extra: Partial<Interaction> = {}): Interaction => ({ opportunityId: 'o', timestamp: day * DAY, activity, source: 'csv', sourceKey: `${activity}-${day}`, ...extra });

  it('places them on the timeline as the conformance check does; an unknown activity places nothing', () => {
    const rows = exchangeTimeline(blueprint, opportunity, [fromFile('t1', 12), fromFile('t1', 13), fromFile('Lunch', 13)], 14 * DAY);
    expect(rows.map((r) => [r.transaction.id, r.actualAt, r.count, r.status])).toEqual([
      ['t1', 12 * DAY, 2, 'done'],
      ['t2', undefined, 0, 'upcoming'],
      ['t3', undefined, 0, 'upcoming']
    ]);
  });

  it('credits the roles of the recognised transaction; recorded roles still win', () => {
    const interactions = [fromFile('t1', 1, { fromParticipant: 'ann', toParticipant: 'eve' }), fromFile('t2', 2, { fromParticipant: 'Eve', toParticipant: 'ann' }), fromFile('t1', 3, { fromRole: 'eb', toRole: 'ae', fromParticipant: 'max', toParticipant: 'bob' }), fromFile('Lunch', 4, { fromParticipant: 'zoe' })];
    expect(roleCoverage(blueprint, interactions)).toEqual([
      { roleId: 'ae', roleName: 'Account executive', side: 'internal', interactions: 3, people: 2 },
      { roleId: 'eb', roleName: 'Economic buyer', side: 'customer', interactions: 3, people: 2 }
    ]);
  });
});

describe('withTransactionRoles', () => {
  it('fills transaction and roles from a recognised activity, keeps recorded values and leaves the rest alone', () => {
    const plain: Interaction = { opportunityId: 'o', timestamp: DAY, activity: 't2', source: 'csv', sourceKey: 'a' };
    const recorded: Interaction = { ...plain, activity: 't1', fromRole: 'eb', sourceKey: 'b' };
    const unknown: Interaction = { ...plain, activity: 'Lunch', sourceKey: 'c' };
    const result = withTransactionRoles(blueprint, [plain, recorded, unknown]);
    expect(result.map((i) => [i.transactionId, i.fromRole, i.toRole])).toEqual([['t2', 'eb', 'ae'], ['t1', 'eb', 'eb'], [undefined, undefined, undefined]]);
    expect(result[2]).toBe(unknown);
    expect(plain.transactionId).toBeUndefined();
  });
});
