import type { DeviationSeverity } from '../../dashboard/model/thresholds';

export interface IPerformanceDashboardAppProps {
  /**
   * Opportunity id whose drill-down opens first (a deep link). Without it, a Teams deep link's
   * `subEntityId` from the host context is used.
   */
  readonly opportunityId?: string;
  /** The clock (epoch ms), for tests; defaults to `Date.now`. Used only when no analysis time is known. */
  readonly clock?: () => number;
  /** The blueprint to compare with (web part property); default, or when the site lacks it: the published one. */
  readonly blueprintId?: string;
  /** Whole days of grace after a deadline before an exchange shows as late or missing (web part property); default 0. */
  readonly lateToleranceDays?: number;
  /** Deviations below this severity are left out of the heatmap and the drill-down (web part property); default `low`. */
  readonly minSeverity?: DeviationSeverity;
}
