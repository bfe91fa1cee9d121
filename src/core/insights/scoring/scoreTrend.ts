import { scorePoints } from './scoreGrade';

/** Where a score went since the previous analysis that changed it. */
export type ScoreTrend = 'improving' | 'steady' | 'declining' | 'not-enough-history';

/** Points (0-100) a score must rise or fall by to count as improving or declining; smaller moves are steady. */
export const SCORE_TREND_THRESHOLD: number = 5;

/**
 * The trend of a score against the previous one, both win probabilities in [0, 1], compared in the
 * whole points people read: up by {@link SCORE_TREND_THRESHOLD} or more is improving, down by as much
 * declining, anything between steady.
 *
 * Edge cases: no current or no previous score -> `not-enough-history`.
 */
export function scoreTrend(score: number | undefined, previous: number | undefined): ScoreTrend {
  if (score === undefined || previous === undefined) return 'not-enough-history';
  const change = scorePoints(score) - scorePoints(previous);
  if (change >= SCORE_TREND_THRESHOLD) return 'improving';
  if (change <= -SCORE_TREND_THRESHOLD) return 'declining';
  return 'steady';
}
