import { evaluateScoring } from '../../../../src/core/insights/evaluation/evaluateScoring';
import { formatEvaluation } from '../../../../src/core/insights/evaluation/formatEvaluation';
import { day, deals, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const full = [['discover', 0], ['prove', 4], ['close', 10]] as const;
const early = [['discover', 0], ['prove', 4]] as const;
// Train (closed day 20): 2 won that reached close, 2 lost that stopped in prove.
// Test (closed day 40): a won deal that did everything, a lost deal stuck in prove with t1 only,
// and a lost deal that reached close without the proposal.
// Snapshots (stage entries before close): TW and TL2 at days 0, 4, 10; TL1 at days 0, 4: 3 won, 5 lost.
const split = deals([
  { id: 'A1', status: 'won', exchanges: [['t1', 1], ['t2', 5], ['t3', 6], ['t4', 12]], stages: full, closedDay: 20 },
  { id: 'A2', status: 'won', exchanges: [['t1', 1], ['t2', 5], ['t3', 6], ['t4', 12]], stages: full, closedDay: 20 },
  { id: 'B1', status: 'lost', exchanges: [['t1', 1]], stages: early, closedDay: 20 },
  { id: 'B2', status: 'no-decision', exchanges: [['t1', 1], ['t2', 5]], stages: early, closedDay: 20 },
  { id: 'TW', status: 'won', exchanges: [['t1', 1], ['t2', 5], ['t3', 6], ['t4', 12]], stages: full, closedDay: 40 },
  { id: 'TL1', status: 'lost', exchanges: [['t1', 1]], stages: early, closedDay: 40 },
  { id: 'TL2', status: 'lost', exchanges: [['t1', 1], ['t2', 5], ['t3', 6]], stages: full, closedDay: 40 },
  { id: 'OPEN', status: 'open', exchanges: [['t1', 1]], stages: early }
]);

describe('evaluateScoring (stage-entry protocol)', () => {
  const evaluation = evaluateScoring(split.opportunities, split.interactions, smallBlueprint, { cutDate: day(30), now: day(50), binCount: 4 });

  it('splits by close date, uses the blueprint distance on thin history and counts snapshots', () => {
    expect(evaluation.protocol).toBe('stage-entry');
    expect(evaluation.model).toBe('blueprint-distance');
    expect(evaluation.train).toEqual({ won: 2, lost: 2 });
    expect(evaluation.test).toEqual({ won: 1, lost: 2 });
    expect(evaluation.snapshots).toEqual({ won: 3, lost: 5 });
  });

  it('scores the model at each entry, never at close: 0 at discover, 1/3 at prove, 3/4 at close', () => {
    // won {0, 1/3, 3/4} vs lost {0, 1/3, 0, 1/3, 3/4}: (1 + 3 + 4.5) / 15
    expect(evaluation.modelMetrics.auc).toBeCloseTo(8.5 / 15, 12);
    // won: 1 + 4/9 + 1/16; lost: 1/9 + 1/9 + 9/16; over 8
    expect(evaluation.modelMetrics.brier).toBeCloseTo(55 / 192, 12);
    // p = 0 for a won deal is clipped to 1e-15
    expect(evaluation.modelMetrics.logLoss).toBeCloseTo(-(Math.log(1e-15) + Math.log(1 / 3) + Math.log(3 / 4) + 2 * Math.log(2 / 3) + Math.log(1 / 4)) / 8, 9);
    expect(evaluation.modelMetrics.calibration.map((b) => b.count)).toEqual([3, 3, 0, 2]);
  });

  it('scores the baseline at the same snapshots: win rate of training deals that entered the stage', () => {
    // discover 2/4, prove 2/4, close 2/2
    expect(evaluation.baselineMetrics.auc).toBeCloseTo(8.5 / 15, 12);
    expect(evaluation.baselineMetrics.brier).toBeCloseTo(5 / 16, 12);
    expect(evaluation.baselineMetrics.calibration.map((b) => b.count)).toEqual([0, 0, 6, 2]);
  });

  it('reports each stage, where the baseline is constant', () => {
    expect(evaluation.byStage.map((x) => [x.stageId, x.won, x.lost, x.modelMetrics.auc, x.baselineMetrics.auc])).toEqual([
      ['discover', 1, 2, 0.5, 0.5],
      ['prove', 1, 2, 0.5, 0.5],
      ['close', 1, 1, 0.5, 0.5]
    ]);
    expect(evaluation.byStage[1].modelMetrics.brier).toBeCloseTo(2 / 9, 12);
    expect(evaluation.byStage[2].baselineMetrics.brier).toBe(0.5);
  });

  it('prints a table', () => {
    expect(formatEvaluation(evaluation)).toBe(
      [
        'Scoring evaluation: trained on deals closed before 2024-01-31, tested on deals closed 2024-01-31..2024-02-20',
        'Model in use: blueprint-distance (train 2 won / 2 lost; test 1 won / 2 lost)',
        'Each test deal scored at its entry into each stage it reached before closing (8 snapshots: 3 of won deals, 5 of lost)',
        '',
        '  metric    model     baseline (stage only)',
        '  AUC       0.567     0.567',
        '  Brier     0.286     0.313',
        '  log loss  4.765     4.837',
        '',
        'By stage entered:',
        '  stage         won   lost  AUC     Brier   baseline Brier',
        '  discover      1     2     0.500   0.333   0.250',
        '  prove         1     2     0.500   0.222   0.250',
        '  close         1     1     0.500   0.313   0.500',
        '',
        'Calibration, model:',
        '  bin        n      predicted  observed',
        '  0.00-0.25  3      0.000      0.333',
        '  0.25-0.50  3      0.333      0.333',
        '  0.75-1.00  2      0.750      0.500',
        '',
        'Calibration, baseline:',
        '  bin        n      predicted  observed',
        '  0.50-0.75  6      0.500      0.333',
        '  0.75-1.00  2      1.000      0.500'
      ].join('\n')
    );
  });
});
