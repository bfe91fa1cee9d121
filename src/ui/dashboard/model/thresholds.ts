/** The monitoring thresholds a dashboard is configured with (web part properties): plain numbers, no secrets. */

export type DeviationSeverity = 'low' | 'medium' | 'high';

export interface DashboardThresholds {
  /** Whole days an exchange may pass its deadline before it shows as late (or, not happened, as missing). */
  readonly lateToleranceDays: number;
  /** Deviations below this severity are left out of the heatmap and the drill-down's deviation list. */
  readonly minSeverity: DeviationSeverity;
}

/** No tolerance and every severity: what the dashboard shows without configuration. */
export const DEFAULT_THRESHOLDS: DashboardThresholds = { lateToleranceDays: 0, minSeverity: 'low' };

const RANK: Readonly<Record<DeviationSeverity, number>> = { low: 0, medium: 1, high: 2 };

/** True when `severity` is at least `min` (low < medium < high). */
export function meetsSeverity(severity: DeviationSeverity, min: DeviationSeverity): boolean {
  return RANK[severity] >= RANK[min];
}

/**
 * Thresholds from loosely typed web part properties. Property bags come from page JSON that an older
 * version (or a hand edit) may have written, so: days are floored and clamped to 0..365 (anything not
 * a finite number is 0), and an unknown severity is `low` (show everything rather than hide silently).
 */
export function normaliseThresholds(input: { readonly lateToleranceDays?: unknown; readonly minSeverity?: unknown } | undefined): DashboardThresholds {
  const days = typeof input?.lateToleranceDays === 'number' && Number.isFinite(input.lateToleranceDays) ? Math.min(365, Math.max(0, Math.floor(input.lateToleranceDays))) : 0;
  const severity = input?.minSeverity;
  const minSeverity: DeviationSeverity = severity === 'medium' || severity === 'high' ? severity : 'low';
  return { lateToleranceDays: days, minSeverity };
}
