import type { DealReview } from '../../../services';

export interface IReviewPanelProps {
  readonly locale: string;
  /** Epoch ms now (tests and the workbench pass a fixed clock). */
  readonly clock: () => number;
}

export interface IReviewPackViewProps {
  readonly review: DealReview;
  readonly locale: string;
  /** When the pack was read (epoch ms) and by whom: printed with it, so a paper copy says how current it is. */
  readonly preparedAt: number;
  readonly preparedBy: string;
}
