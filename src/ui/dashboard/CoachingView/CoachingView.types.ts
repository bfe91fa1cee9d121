import type { SellerFunnel } from '../../../core/insights';
import type { Blueprint } from '../../../core/model';
import type { DealNeedingAttention } from '../model/dealsNeedingAttention';

export interface ICoachingViewProps {
  /** Every seller's funnel health (`sellerFunnels`), in the order to show. */
  readonly sellers: readonly SellerFunnel[];
  /** The ranked deals needing attention over every team; the view filters them by the chosen team. */
  readonly attention: readonly DealNeedingAttention[];
  readonly blueprint: Blueprint;
  /** Currency of the amounts, when the deals share one. */
  readonly currency: string | undefined;
  readonly locale: string;
  readonly onOpen: (opportunityId: string) => void;
}
