/**
 * A stored score as sellers read it in their CRMs: whole points, a grade A-D and the trend since
 * the previous analysis that changed it. Pure; the cut points and the threshold live in core.
 */
import { scoreGrade, scorePoints, scoreTrend, type ScoreGrade, type ScoreTrend } from '../../../core/insights';
import type { AnalysisSnapshot } from '../../../services';

export interface ScoreBadge {
  /** 0-100, as shown. */
  readonly points: number;
  readonly grade: ScoreGrade;
  readonly trend: ScoreTrend;
  /** Points gained (negative: lost) since the previous score; absent without one. */
  readonly change?: number;
  /** When the previous score was computed (epoch ms); absent without one. */
  readonly since?: number;
}

/** Arrows for the list's narrow column; the words go to screen readers and the drill-down. */
export const TREND_SYMBOLS: Readonly<Record<ScoreTrend, string>> = { improving: '↑', steady: '→', declining: '↓', 'not-enough-history': '·' };

/** The badge of a snapshot's score; `undefined` without a score. */
export function scoreBadge(snapshot: AnalysisSnapshot | undefined): ScoreBadge | undefined {
  if (snapshot?.score === undefined) return undefined;
  const points = scorePoints(snapshot.score);
  const previous = snapshot.previousScore;
  return {
    points,
    grade: scoreGrade(points),
    trend: scoreTrend(snapshot.score, previous),
    ...(previous !== undefined ? { change: points - scorePoints(previous) } : {}),
    ...(previous !== undefined && snapshot.previousScoredAt !== undefined ? { since: snapshot.previousScoredAt } : {})
  };
}
