/**
 * Success patterns filtered by team, closing period and deal size on the page, after training.
 *
 * Why this shape: patterns are computed at training from every closed deal and its interactions
 * (about 60,000 on a large site); recomputing them on the page would read all of that (dozens of
 * requests), far beyond the page's budget of about 8. Instead training stores, with each pattern, its
 * won/lost table split by cell (team × period × size band, see actionablePatterns), in the model's
 * one item. A filter sums the tables of the chosen cells and recomputes the statistics from them,
 * exactly as successPatterns would on those deals: no request at all, and the same figures.
 * The candidate patterns are those found on all closed deals; a pattern no longer shown by enough of
 * the filtered deals is left out, with the same thresholds as the training.
 */
import { describePattern, evidenceLevel, fisherExactTest, oddsRatio, support, winRates, type ContingencyTable } from '../../core/insights';
import type { PatternSummary, StoredPattern } from './modelRegistry';

/** Which closed deals the patterns compare; every field absent means all. */
export interface PatternSegmentFilter {
  /** A team name; `''` for deals without a team. */
  readonly team?: string;
  /** Closed within the last 6, 12 or 24 months of the training time. */
  readonly closedWithinMonths?: 6 | 12 | 24;
  /** Index of the size band (see PATTERN_SIZE_BANDS). */
  readonly band?: number;
}

/** Same thresholds as successPatterns' defaults: shown by at least 3 compared deals and 10 % of them. */
const MIN_CASES = 3;
const MIN_SUPPORT = 0.1;
const LAST_PERIOD: Readonly<Record<6 | 12 | 24, number>> = { 6: 0, 12: 1, 24: 2 };

const isAll = (filter: PatternSegmentFilter): boolean => filter.team === undefined && filter.closedWithinMonths === undefined && filter.band === undefined;

/** True when the summary can be filtered (trained with the segment cells). */
export function canFilterPatterns(summary: PatternSummary): boolean {
  return summary.segments !== undefined && summary.patterns.every((p) => p.cells !== undefined);
}

/** The teams the summary's deals belong to, sorted (`''` for deals without a team comes first). */
export function patternTeams(summary: PatternSummary): string[] {
  return [...new Set((summary.segments?.cells ?? []).map((c) => c.team))].sort((a, b) => a.localeCompare(b));
}

function recount(pattern: StoredPattern, chosen: readonly number[]): StoredPattern | undefined {
  const cells = pattern.cells ?? [];
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const i of chosen) {
    a += cells[4 * i] ?? 0;
    b += cells[4 * i + 1] ?? 0;
    c += cells[4 * i + 2] ?? 0;
    d += cells[4 * i + 3] ?? 0;
  }
  const table: ContingencyTable = { a, b, c, d };
  if (a + b < MIN_CASES || support(table) < MIN_SUPPORT || c + d === 0) return undefined;
  const estimate = oddsRatio(table);
  const pValue = fisherExactTest(table);
  const evidence = evidenceLevel(pValue, estimate, a + c, b + d);
  const rates = winRates(table);
  const rest: StoredPattern = { ...pattern };
  delete (rest as { winRateWith?: number }).winRateWith;
  delete (rest as { winRateWithout?: number }).winRateWithout;
  return {
    ...rest,
    table,
    support: support(table),
    ...(rates.withFeature !== undefined ? { winRateWith: rates.withFeature } : {}),
    ...(rates.withoutFeature !== undefined ? { winRateWithout: rates.withoutFeature } : {}),
    oddsRatio: estimate,
    pValue,
    evidence,
    direction: estimate.oddsRatio > 1 ? 'helps' : estimate.oddsRatio < 1 ? 'hurts' : 'neutral',
    sentence: describePattern(pattern.label, table, estimate, pValue, evidence, pattern.stageName)
  };
}

/**
 * The patterns among the closed deals that pass `filter`, ranked as successPatterns ranks (smallest
 * p first, then the largest |ln odds ratio|, then feature id), with `won` and `lost` counting those
 * deals. Pure. A summary without segment cells (trained before the filters) or an empty filter is
 * returned as it is.
 */
export function filterPatternSummary(summary: PatternSummary, filter: PatternSegmentFilter): PatternSummary {
  const segments = summary.segments;
  if (isAll(filter) || segments === undefined || !canFilterPatterns(summary)) return summary;
  const lastPeriod = filter.closedWithinMonths === undefined ? 3 : LAST_PERIOD[filter.closedWithinMonths];
  const chosen = segments.cells.flatMap((cell, i) =>
    (filter.team === undefined || cell.team === filter.team) && cell.period <= lastPeriod && (filter.band === undefined || cell.band === filter.band) ? [i] : []
  );
  const won = chosen.reduce((n, i) => n + (segments.outcomes[i]?.[0] ?? 0), 0);
  const lost = chosen.reduce((n, i) => n + (segments.outcomes[i]?.[1] ?? 0), 0);
  const patterns = summary.patterns.flatMap((p) => recount(p, chosen) ?? []);
  patterns.sort(
    (x, y) =>
      x.pValue - y.pValue ||
      Math.abs(Math.log(y.oddsRatio.oddsRatio)) - Math.abs(Math.log(x.oddsRatio.oddsRatio)) ||
      (x.featureId < y.featureId ? -1 : x.featureId > y.featureId ? 1 : 0)
  );
  return { ...summary, won, lost, patterns, found: patterns.length };
}
