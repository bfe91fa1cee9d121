import { groupByOpportunity } from '../../../../src/core/insights/behaviour/groupByOpportunity';
import { stageFairBehaviour, stageFairMoment, stageFairReadings } from '../../../../src/core/insights/behaviour/stageFairReading';
import { day, deals, smallBlueprint } from '../../../fixtures/insights/smallOrg';

// W: discover 0, prove 4, close 15, closed 30. L: discover 0, prove 4, closed 12, with a Close
// entry at the closing instant (day 12), which is part of the outcome and does not count.
// N: no stage entry at all. O: still open.
const org = deals([
  { id: 'W', status: 'won', exchanges: [['t1', 1], ['t3', 5], ['t4', 20]], stages: [['discover', 0], ['prove', 4], ['close', 15]], closedDay: 30 },
  { id: 'L', status: 'no-decision', exchanges: [['t1', 1], ['t3', 8]], stages: [['discover', 0], ['prove', 4], ['close', 12]], closedDay: 12 },
  { id: 'N', status: 'lost', exchanges: [['t1', 1]], stages: [], closedDay: 9 },
  { id: 'O', status: 'open', exchanges: [['t1', 1]], stages: [['discover', 0]] }
]);
const readings = stageFairReadings(org.opportunities, groupByOpportunity(org.interactions), smallBlueprint, day(100));

describe('stageFairReadings', () => {
  it('reads closed deals at their close and at their last stage entry before it', () => {
    expect(readings.map((r) => [r.opportunity.id, r.won, r.closedAt, r.furthestOrder, r.lastEntryAt])).toEqual([
      ['W', true, day(30), 3, day(15)],
      ['L', false, day(12), 2, day(4)],
      ['N', false, day(9), 0, day(9)]
    ]);
    expect(readings[0].atLastEntry.exchanges.map((e) => e.transactionId)).toEqual(['t1', 't3']);
    expect(readings[0].atClose.exchanges.map((e) => e.transactionId)).toEqual(['t1', 't3', 't4']);
  });

  it('leaves out deals closed after now', () => {
    expect(stageFairReadings(org.opportunities, groupByOpportunity(org.interactions), smallBlueprint, day(20)).map((r) => r.opportunity.id)).toEqual(['L', 'N']);
  });
});

describe('stageFairMoment', () => {
  it('reads a deal that went beyond the stage at its last entry, one that ended there at its close', () => {
    const [w, l, n] = readings;
    expect([1, 2, 3].map((order) => stageFairMoment(w, order))).toEqual([day(15), day(15), day(30)]);
    expect([1, 2, 3].map((order) => stageFairMoment(l, order))).toEqual([day(4), day(12), undefined]);
    expect([0, 1].map((order) => stageFairMoment(n, order))).toEqual([day(9), undefined]);
  });

  it('hands back the behaviour read at that moment', () => {
    expect(stageFairBehaviour(readings[1], 2)?.exchanges.map((e) => e.transactionId)).toEqual(['t1', 't3']);
    expect(stageFairBehaviour(readings[1], 1)?.exchanges.map((e) => e.transactionId)).toEqual(['t1']);
    expect(stageFairBehaviour(readings[1], 3)).toBeUndefined();
  });
});
