import type { FunnelReport } from '../../../core/insights';
import type { Stage } from '../../../core/model/blueprint';

export interface IFunnelChartProps {
  readonly report: FunnelReport;
  readonly stages: readonly Stage[];
  /** Sellers the ideal shape was learnt from (0: no ideal). */
  readonly idealSellers: number;
  readonly locale: string;
}
