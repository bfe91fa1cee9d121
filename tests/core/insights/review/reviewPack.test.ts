import type { Deviation } from '../../../../src/core/conformance';
import { reviewPack } from '../../../../src/core/insights/review/reviewPack';
import type { ScoringModel } from '../../../../src/core/insights/scoring/scoringModel';
import { day, deal, smallBlueprint } from '../../../fixtures/insights/smallOrg';

// Lost on day 20 in prove. t1 twice on time (due day 5), the reference call (optional, no deadline),
// a lunch the blueprint does not know, the demo late (due day 14 = prove entry + 10), no business case;
// a pricing mail after the close is not part of the deal's story.
const { opportunity, interactions } = deal({
  id: 'R',
  status: 'lost',
  exchanges: [['t1', 1], ['t1', 2], ['t5', 8], ['Lunch', 9], ['t2', 16], ['Pricing', 25]],
  stages: [['discover', 0], ['prove', 4]],
  closedDay: 20
});
const model: ScoringModel = { model: 'blueprint-distance', trainedOn: { won: 1, lost: 1 } };
const deviation: Deviation = { kind: 'missing-exchange', severity: 'high', stageId: 'prove', transactionId: 't3', traceEvents: [], interactions: [], message: 'No business case' };

describe('reviewPack', () => {
  const pack = reviewPack(opportunity, interactions, smallBlueprint, { now: day(30), model, deviations: [deviation] });

  it('sets each blueprint transaction against what happened', () => {
    expect(pack?.outcome).toBe('lost');
    expect(pack?.closedAt).toBe(day(20));
    expect(pack?.timeline.map((t) => [t.transactionId, t.status, t.expectedBy, t.doneAt, t.count])).toEqual([
      ['t1', 'done', day(5), day(1), 2],
      ['t2', 'late', day(14), day(16), 1],
      ['t3', 'missing', undefined, undefined, 0],
      ['t4', 'not-reached', undefined, undefined, 0],
      ['t5', 'done', undefined, day(8), 1]
    ]);
  });

  it('lists unexpected exchanges up to the close and passes deviations through', () => {
    expect(pack?.unexpected).toEqual([{ activity: 'Lunch', at: day(9), fromRole: undefined, toRole: undefined }]);
    expect(pack?.deviations).toEqual([deviation]);
  });

  it('scores the deal as of each stage entry', () => {
    // discover (day 0): t1 due, not yet done -> 0; prove (day 4): t1 of t1, t2, t3 -> 1/3
    expect(pack?.scoreHistory.map((h) => [h.stageId, h.at, h.score.asOf, h.score.probability])).toEqual([
      ['discover', day(0), day(0), 0],
      ['prove', day(4), day(4), 1 / 3]
    ]);
  });

  it('has nothing to review for an open deal', () => {
    expect(reviewPack({ ...opportunity, status: 'open', closedAt: undefined }, interactions, smallBlueprint, { now: day(30), model, deviations: [] })).toBeUndefined();
  });
});
