import type { TrainingProgress } from '../../../services';

export interface ITrainingBarProps {
  readonly locale: string;
  /** Present while training runs. */
  readonly progress?: TrainingProgress;
  /** Closed deals expected, for the bar; unknown before the first training. */
  readonly expectedDeals?: number;
  readonly onTrain: () => void;
  readonly onCancel: () => void;
}
