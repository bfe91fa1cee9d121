import type { FunnelReport } from '../../../core/insights';
import type { Stage } from '../../../core/model';

export interface IFunnelChartProps {
  readonly report: FunnelReport;
  readonly stages: readonly Stage[];
  /** Sellers the ideal shape was learnt from (0: no ideal). */
  readonly idealSellers: number;
  /** The benchmark's sample and rule, for the caption; without them the caption names the sellers only. */
  readonly idealSample?: { readonly closedDeals: number; readonly rankedSellers: number; readonly minClosed: number };
  /** Closed deals of the seller whose funnel this is, when she has too few to read much into (personal app). */
  readonly tooFewDeals?: { readonly closed: number; readonly minClosed: number };
  readonly locale: string;
}
