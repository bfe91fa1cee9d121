import { SCORE_GRADE_CUTS, scoreGrade, scorePoints } from '../../../../src/core/insights/scoring/scoreGrade';
import { SCORE_TREND_THRESHOLD, scoreTrend } from '../../../../src/core/insights/scoring/scoreTrend';
import { leadGrade } from '../../../../src/services/decisions/leadScores';

describe('score grade', () => {
  it('grades points A from 75, B from 50, C from 25, D below, at each cut point', () => {
    expect(SCORE_GRADE_CUTS).toEqual({ A: 75, B: 50, C: 25 });
    expect([100, 75, 74, 50, 49, 25, 24, 0].map(scoreGrade)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('grades the rounded points people read: 0.745 reads 75 and is an A', () => {
    expect([0.745, 0.744, 0.5, 0.004].map(scorePoints)).toEqual([75, 74, 50, 0]);
    expect(scoreGrade(scorePoints(0.745))).toBe('A');
  });

  it('is the one grade the lead scores use', () => {
    expect([100, 75, 74, 50, 49, 25, 24, 0].map(leadGrade)).toEqual([100, 75, 74, 50, 49, 25, 24, 0].map(scoreGrade));
  });
});

describe('score trend', () => {
  it('is improving from 5 points up, declining from 5 points down, steady between', () => {
    expect(SCORE_TREND_THRESHOLD).toBe(5);
    expect([
      scoreTrend(0.75, 0.7),
      scoreTrend(0.74, 0.7),
      scoreTrend(0.7, 0.7),
      scoreTrend(0.66, 0.7),
      scoreTrend(0.65, 0.7),
      scoreTrend(0.1, 0.9)
    ]).toEqual(['improving', 'steady', 'steady', 'steady', 'declining', 'declining']);
  });

  it('compares whole points: 0.704 after 0.655 reads 70 after 66, steady', () => {
    expect(scoreTrend(0.704, 0.655)).toBe('steady');
    expect(scoreTrend(0.705, 0.655)).toBe('improving');
  });

  it('says not enough history without a previous or a current score', () => {
    expect([scoreTrend(0.5, undefined), scoreTrend(undefined, 0.5), scoreTrend(undefined, undefined)]).toEqual(['not-enough-history', 'not-enough-history', 'not-enough-history']);
  });
});
