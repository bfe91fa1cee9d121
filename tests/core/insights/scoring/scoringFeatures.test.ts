import { caseBehaviour } from '../../../../src/core/insights/behaviour/caseBehaviour';
import { scoringFeatureNames, scoringFeatureVector, type ScoringFeatureSpec } from '../../../../src/core/insights/scoring/scoringFeatures';
import { day, fiveAndFive, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const spec: ScoringFeatureSpec = {
  transactionIds: ['t1', 't3'],
  roleIds: ['eb'],
  orderPairs: [['t3', 't2']],
  stageMedianDays: [['close', 4], ['prove', 9]],
  conformanceStages: ['prove'],
  includeAmount: true
};

describe('scoringFeatureVector', () => {
  it('names features in vector order', () => {
    expect(scoringFeatureNames(spec)).toEqual([
      'stage.progress', 'required.share', 'velocity.log_ratio', 'recency.log_days', 'activity.log_count', 'amount.log',
      'exchange:t1', 'exchange:t3', 'role:eb', 'order:t3>t2', 'conformance:prove'
    ]);
  });

  it('reads a won deal at close', () => {
    const w1 = fiveAndFive.opportunities[0];
    const behaviour = caseBehaviour(w1, fiveAndFive.interactions, smallBlueprint, day(30));
    const vector = scoringFeatureVector(spec, behaviour, w1, smallBlueprint, new Map([['W1', new Map([['prove', 0.8]])]]));
    // stage 3 of 3; t1..t4 done; 15 days in close vs median 4; last exchange day 20; 5 exchanges; amount 10,000
    expect(vector).toEqual([1, 1, Math.log(16 / 5), Math.log(11), Math.log(6), Math.log(10_001), 1, 1, 1, 1, 0.8]);
  });

  it('reads a lost deal part way', () => {
    const l2 = fiveAndFive.opportunities[6];
    const behaviour = caseBehaviour(l2, fiveAndFive.interactions, smallBlueprint, day(12));
    const vector = scoringFeatureVector({ ...spec, includeAmount: false }, behaviour, l2, smallBlueprint);
    // prove reached (2 of 3); required t1, t2, t3 due, t1 and t2 done; 8 days in prove vs 9; last exchange day 10
    expect(vector).toEqual([2 / 3, 2 / 3, Math.log(9 / 10), Math.log(3), Math.log(4), 1, 0, 0, 0, 0]);
  });
});

describe('scoringFeatureNames without restating features', () => {
  it('leaves out activity and role features when asked', () => {
    const spec: ScoringFeatureSpec = {
      transactionIds: ['t1'],
      roleIds: ['ae', 'eb'],
      orderPairs: [],
      stageMedianDays: [],
      conformanceStages: [],
      includeAmount: false,
      includeVelocity: false,
      includeActivity: false,
      includeRoles: false
    };
    expect(scoringFeatureNames(spec)).toEqual(['stage.progress', 'required.share', 'recency.log_days', 'exchange:t1']);
  });
});
