import { learnStageBaselines } from '../../../../src/core/insights/scoring/stageBaselines';

describe('learnStageBaselines', () => {
  // Two features [exchanges done, role involved]; the role follows the exchange count at "late".
  const rows = [
    [0, 0], // early, lost
    [2, 1], // early, won
    [4, 0], // late, lost
    [6, 1], // late, won
    [1, 1] // read before any stage: no baseline
  ];
  const outcomes = [false, true, 0, 1, true];
  const stages = ['early', 'early', 'late', 'late', undefined];

  it('gives per-stage means, won-minus-lost associations and correlation flags', () => {
    expect(learnStageBaselines(rows, outcomes, stages)).toEqual([
      // two rows per stage: any two distinct points are perfectly correlated (r = 1)
      { stageId: 'early', rows: 2, means: [1, 0.5], associations: [2, 1], correlated: [true, true] },
      { stageId: 'late', rows: 2, means: [5, 0.5], associations: [2, 1], correlated: [true, true] }
    ]);
  });

  it('leaves associations at 0 for a stage with one outcome only and uses the threshold given', () => {
    const three = [[0, 1], [1, 0], [2, 1]];
    // centred x [-1, 0, 1], y [1/3, -2/3, 1/3]: dot 0, so r = 0
    expect(learnStageBaselines(three, [1, 1, 1], ['s', 's', 's'], { correlationThreshold: 0.1 })).toEqual([
      { stageId: 's', rows: 3, means: [1, 2 / 3], associations: [0, 0], correlated: [false, false] }
    ]);
  });

  it('gives no baselines without rows', () => {
    expect(learnStageBaselines([], [], [])).toEqual([]);
  });
});
