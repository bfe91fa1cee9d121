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

  it('trains the logistic model on stage-entry snapshots when the threshold is met', () => {
    const model = trainScoringModel(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100), minPerClass: 5 });
    if (model.model !== 'logistic') throw new Error('expected the logistic model');
    expect(model.trainedOn).toEqual({ won: 5, lost: 5 });
    // Pairs are read at each deal's last snapshot (won: close entry day 15, lost: prove entry day 4), so
    // t4 (day 20) is never in a pair and lost deals show only t1; the three pairs every won deal shows
    // (5 vs 0) tie on p and odds ratio and come by id. t5 pairs have 2 deals, under the 3-deal minimum.
    expect(model.spec.orderPairs).toEqual([['t1', 't2'], ['t1', 't3'], ['t3', 't2']]);
    // prove: won deals stay 11 days (4 -> 15), lost deals 21 (4 -> close at 25): median (11 + 21) / 2
    expect(model.spec.stageMedianDays).toEqual([['close', 15], ['discover', 4], ['prove', 16]]);
    expect(model.spec.transactionIds).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(model.spec.includeVelocity).toBe(false);
    expect(model.spec.includeDiscipline).toBe(true);
    expect(model.featureNames).toEqual([
      'stage.progress', 'required.share', 'recency.log_days', 'activity.log_count', 'amount.log', 'late.share', 'threading.customer_roles',
      'exchange:t1', 'exchange:t2', 'exchange:t3', 'exchange:t4', 'exchange:t5',
      'role:ae', 'role:se', 'role:champion', 'role:eb',
      'order:t1>t2', 'order:t1>t3', 'order:t3>t2'
    ]);
    // 25 rows (won: 3 entries each, lost: 2); the 5 held out are all won, so everything trains, uncalibrated
    expect(model.scorer.calibration.method).toBe('none');
    expect(model.scorer.trainedRows).toBe(25);
    // Reasons are measured per stage: every deal entered discover and prove, only the won ones close,
    // so close has no lost rows (associations 0); progress at prove is 2 of 3 stages for every row.
    const baselines = model.stageBaselines ?? [];
    expect(baselines.map((b) => [b.stageId, b.rows])).toEqual([['discover', 10], ['prove', 10], ['close', 5]]);
    expect(baselines[1].means[0]).toBeCloseTo(2 / 3, 12);
    expect(baselines[2].associations.every((a) => a === 0)).toBe(true);
    const won = scoreOpportunity(model, fiveAndFive.opportunities[0], fiveAndFive.interactions, smallBlueprint, { now: day(100), asOf: day(4) });
    const lost = scoreOpportunity(model, fiveAndFive.opportunities[5], fiveAndFive.interactions, smallBlueprint, { now: day(100), asOf: day(4) });
    expect(won.model).toBe('logistic');
    // At the prove entry (day 4) W1 and L1 have both done t1 only (day 1, on time): identical rows, same score.
    expect(won.probability).toBeCloseTo(lost.probability, 12);
  });

  it('reads each deal once at its close with snapshots "close" (kept for comparison)', () => {
    const model = trainScoringModel(fiveAndFive.opportunities, fiveAndFive.interactions, smallBlueprint, { now: day(100), minPerClass: 5, snapshots: 'close' });
    if (model.model !== 'logistic') throw new Error('expected the logistic model');
    expect(model.scorer.trainedRows).toBe(10);
    expect(model.featureNames.slice(0, 6)).toEqual(['stage.progress', 'required.share', 'velocity.log_ratio', 'recency.log_days', 'activity.log_count', 'amount.log']);
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
