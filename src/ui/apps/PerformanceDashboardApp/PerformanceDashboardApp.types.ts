export interface IPerformanceDashboardAppProps {
  /**
   * Opportunity id whose drill-down opens first (a deep link). Without it, a Teams deep link's
   * `subEntityId` from the host context is used.
   */
  readonly opportunityId?: string;
  /** The clock (epoch ms), for tests; defaults to `Date.now`. Used only when no analysis time is known. */
  readonly clock?: () => number;
}
