import {
  scorerContributions,
  scorerProbabilities,
  scorerProbability,
  trainLogisticScorer
} from '../../../../src/core/insights/scoring/logisticScorer';
import { InsufficientDataError } from '../../../../src/core/insights/errors';

const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
const outcomes = [1, 0, 0, 0, 1, 1, 1, 0];

describe('trainLogisticScorer', () => {
  // Standardised x = ±1; without penalty the weight is ln 3 and the intercept 0.
  const scorer = trainLogisticScorer(rows, outcomes, { lambda: 0, holdOutShare: 0 });

  it('trains uncalibrated when nothing is held out', () => {
    expect(scorer.calibration.method).toBe('none');
    expect(scorer.trainedRows).toBe(8);
    expect(scorer.fit.weights[0]).toBeCloseTo(Math.log(3), 8);
    expect(scorerProbability(scorer, [1])).toBeCloseTo(0.75, 8);
    expect(Array.from(scorerProbabilities(scorer, [[0], [1]])).map((p) => +p.toFixed(8))).toEqual([0.25, 0.75]);
  });

  it('gives contributions in points against the average deal', () => {
    // 100·(σ(0 + ln 3·(+1)) - σ(0)) = 100·(0.75 - 0.5) = 25
    expect(scorerContributions(scorer, [1])[0]).toBeCloseTo(25, 6);
    expect(scorerContributions(scorer, [0])[0]).toBeCloseTo(-25, 6);
  });

  it('skips Platt scaling when the held-out tail lacks a class', () => {
    const tailLosses = trainLogisticScorer([...rows, [0], [0]], [...outcomes, 0, 0], { holdOutShare: 0.2 });
    expect(tailLosses.calibration.method).toBe('none');
    expect(tailLosses.trainedRows).toBe(10);
  });

  it('holds out the last rows for Platt scaling when both classes are there', () => {
    const many = Array.from({ length: 50 }, (_, i) => [i % 2]);
    const won = many.map(([x], i) => (x === 1 ? i % 5 !== 0 : i % 5 === 0));
    const calibrated = trainLogisticScorer(many, won, { holdOutShare: 0.4 });
    expect(calibrated.calibration.method).toBe('platt');
    expect(calibrated.trainedRows).toBe(30);
  });

  it('needs both classes', () => {
    expect(() => trainLogisticScorer([[1], [2]], [1, 1])).toThrow(InsufficientDataError);
  });
});
