import { trainScoringModel } from '../../../../src/core/insights/scoring/trainScoringModel';
import { scoreOpportunity } from '../../../../src/core/insights/scoring/scoreOpportunity';
import { day, deal, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

describe('trainScoringModel', () => {
  it('falls back to blueprint distance below 40 won and 40 lost deals', () => {
    expect(trainScoringModel(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100) })).toEqual({
      model: 'blueprint-distance',
      trainedOn: { won: 5, lost: 5 }
    });
  });

  it('trains the logistic model when the threshold is met, with pattern features from the history', () => {
    const model = trainScoringModel(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100), minPerClass: 5 });
    if (model.model !== 'logistic') throw new Error('expected the logistic model');
    expect(model.trainedOn).toEqual({ won: 5, lost: 5 });
    // order patterns with support >= 5% and >= 3 deals, best Fisher p first (see successPatterns.test)
    expect(model.spec.orderPairs).toEqual([['t1', 't4'], ['t2', 't4'], ['t3', 't2'], ['t3', 't4'], ['t1', 't3'], ['t1', 't5'], ['t5', 't2']]);
    // prove: won deals stay 11 days (4 -> 15), lost deals 21 (4 -> close at 25): median (11 + 21) / 2
    expect(model.spec.stageMedianDays).toEqual([['close', 15], ['discover', 4], ['prove', 16]]);
    expect(model.featureNames).toHaveLength(6 + 5 + 4 + 7);
    // 10 deals: the 2 held out hold no lost deal, so everything trains the regression, uncalibrated
    expect(model.scorer.calibration.method).toBe('none');
    expect(model.scorer.trainedRows).toBe(10);
    const won = scoreOpportunity(model, fiveAndFive.opportunities[0], fiveAndFive.interactions, smallBlueprint, { now: day(100) });
    const lost = scoreOpportunity(model, fiveAndFive.opportunities[5], fiveAndFive.interactions, smallBlueprint, { now: day(100) });
    expect(won.model).toBe('logistic');
    expect(won.probability).toBeGreaterThan(lost.probability);
  });
});

describe('scoreOpportunity with blueprint distance', () => {
  it('scores an open deal with readable reasons', () => {
    const { opportunity, interactions } = deal({ id: 'X', status: 'open', exchanges: [['t1', 1], ['t5', 6]], stages: [['discover', 0], ['prove', 4]] });
    const score = scoreOpportunity({ model: 'blueprint-distance', trainedOn: { won: 5, lost: 5 } }, opportunity, interactions, smallBlueprint, { now: day(9) });
    expect(score).toEqual({
      opportunityId: 'X',
      model: 'blueprint-distance',
      asOf: day(9),
      probability: 1 / 3,
      score: 33,
      contributions: [
        { feature: 'exchange:t2', label: 'no "Demo" (Sales engineer → Champion)', value: 0, points: -100 / 3 },
        { feature: 'exchange:t3', label: 'no "Business case" (Account executive → Economic buyer)', value: 0, points: -100 / 3 }
      ]
    });
  });
});
