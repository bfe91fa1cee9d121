import type { Interaction, Opportunity } from '../../../../src/core/model/interaction';
import { exchangeTimeline, roleCoverage } from '../../../../src/ui/dashboard/model/exchangeTimeline';
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
