import { evaluateScoring } from '../../../../src/core/insights/evaluation/evaluateScoring';
import { formatEvaluation } from '../../../../src/core/insights/evaluation/formatEvaluation';
import { day, deals, smallBlueprint } from '../../../fixtures/insights/smallOrg';

const full = [['discover', 0], ['prove', 4], ['close', 10]] as const;
const early = [['discover', 0], ['prove', 4]] as const;
// Train (closed day 20): 2 won that reached close, 2 lost that stopped in prove.
// Test (closed day 40): a won deal that did everything, a lost deal stuck in prove with t1 only,
// and a lost deal that reached close without the proposal.
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

describe('evaluateScoring', () => {
  const evaluation = evaluateScoring(split.opportunities, split.interactions, smallBlueprint, { cutDate: day(30), now: day(50), binCount: 4 });

  it('splits by close date and uses the blueprint distance on thin history', () => {
    expect(evaluation.model).toBe('blueprint-distance');
    expect(evaluation.train).toEqual({ won: 2, lost: 2 });
    expect(evaluation.test).toEqual({ won: 1, lost: 2 });
  });

  it('scores the model: probabilities 1, 1/3, 3/4', () => {
    expect(evaluation.modelMetrics.auc).toBe(1);
    // ((1/3)^2 + (3/4)^2) / 3
    expect(evaluation.modelMetrics.brier).toBeCloseTo((1 / 9 + 9 / 16) / 3, 12);
    // -(ln 1 + ln(2/3) + ln(1/4)) / 3 (p = 1 is clipped to 1 - 1e-15)
    expect(evaluation.modelMetrics.logLoss).toBeCloseTo(-(Math.log(2 / 3) + Math.log(1 / 4)) / 3, 9);
    expect(evaluation.modelMetrics.calibration.map((b) => b.count)).toEqual([0, 1, 0, 2]);
  });

  it('scores the stage-only baseline: close -> 1, prove -> 0', () => {
    // won 1 vs lost {0, 1}: (1 + 0.5) / 2
    expect(evaluation.baselineMetrics.auc).toBe(0.75);
    expect(evaluation.baselineMetrics.brier).toBeCloseTo(1 / 3, 12);
    expect(evaluation.baselineMetrics.calibration.map((b) => b.count)).toEqual([1, 0, 0, 2]);
  });

  it('prints a table', () => {
    expect(formatEvaluation(evaluation)).toBe(
      [
        'Scoring evaluation: trained on deals closed before 2024-01-31, tested on deals closed 2024-01-31..2024-02-20',
        'Model in use: blueprint-distance (train 2 won / 2 lost; test 1 won / 2 lost)',
        '',
        '  metric    model     baseline (stage only)',
        '  AUC       1.000     0.750',
        '  Brier     0.225     0.333',
        '  log loss  0.597     11.513',
        '',
        'Calibration, model:',
        '  bin        n      predicted  observed',
        '  0.25-0.50  1      0.333      0.000',
        '  0.75-1.00  2      0.875      0.500',
        '',
        'Calibration, baseline:',
        '  bin        n      predicted  observed',
        '  0.00-0.25  1      0.000      0.000',
        '  0.75-1.00  2      1.000      0.500'
      ].join('\n')
    );
  });
});
