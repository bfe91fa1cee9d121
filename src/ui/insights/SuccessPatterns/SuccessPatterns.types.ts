import type { PatternSummary } from '../../../services';
import type { PatternFilter } from '../model/insightsView';

export interface ISuccessPatternsProps {
  readonly summary: PatternSummary;
  readonly filter: PatternFilter;
  readonly onFilterChange: (filter: PatternFilter) => void;
  readonly locale: string;
  /** Rows shown at most (the strongest first), default 15. */
  readonly top?: number;
}
