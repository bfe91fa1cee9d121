/** A score's grade, as sellers know them from their CRMs: A is the best quarter of the scale. */
export type ScoreGrade = 'A' | 'B' | 'C' | 'D';

/** Lowest points (0-100) of each grade: A from 75, B from 50, C from 25, D below. */
export const SCORE_GRADE_CUTS: Readonly<Record<'A' | 'B' | 'C', number>> = { A: 75, B: 50, C: 25 };

/**
 * The grade of a score in points (0-100): A from 75, B from 50, C from 25, D below (see
 * {@link SCORE_GRADE_CUTS}). Opportunity and lead scores share it. Pass the points people see
 * (rounded), so a deal shown as 75 is never graded B.
 */
export function scoreGrade(points: number): ScoreGrade {
  return points >= SCORE_GRADE_CUTS.A ? 'A' : points >= SCORE_GRADE_CUTS.B ? 'B' : points >= SCORE_GRADE_CUTS.C ? 'C' : 'D';
}

/** A win probability in [0, 1] as the whole points (0-100) people read. */
export function scorePoints(probability: number): number {
  return Math.round(100 * probability);
}
