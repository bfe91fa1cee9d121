import type { DealReview } from '../../../services';

export interface IReviewPanelProps {
  readonly locale: string;
  /** Epoch ms now (tests and the workbench pass a fixed clock). */
  readonly clock: () => number;
}

export interface IReviewPackViewProps {
  readonly review: DealReview;
  readonly locale: string;
}
