import type { FunnelReport } from '../../../core/insights';
import type { Blueprint } from '../../../core/model';
import type { BehaviourGapReport } from '../model/behaviourGaps';

export interface ISelfDiagnosisProps {
  /** The seller's own funnel against the benchmark. */
  readonly funnel: FunnelReport;
  readonly gaps: BehaviourGapReport;
  readonly blueprint: Blueprint;
  readonly locale: string;
  readonly onOpen: (opportunityId: string) => void;
}
