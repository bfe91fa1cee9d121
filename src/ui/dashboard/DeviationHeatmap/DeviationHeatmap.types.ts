import type { Stage } from '../../../core/model';
import type { DeviationHeatmap, HeatmapGrouping } from '../model/heatmap';

export interface IDeviationHeatmapProps {
  readonly heatmap: DeviationHeatmap;
  readonly stages: readonly Stage[];
  readonly grouping: HeatmapGrouping;
  readonly onGroupingChange: (grouping: HeatmapGrouping) => void;
  readonly locale: string;
}
