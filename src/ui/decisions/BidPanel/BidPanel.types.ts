import type { Interaction } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import type { BidView } from '../model/decisionsView';

export interface IBidPanelProps {
  readonly locale: string;
  /** Epoch ms now (tests and the workbench pass a fixed clock). */
  readonly clock: () => number;
}

export interface IDealBidAdviceProps {
  /** An open deal, with its stored score when it has one. */
  readonly record: OpportunityRecord;
  /** The deal's interactions so far (the drill-down has read them). */
  readonly interactions: readonly Interaction[];
  readonly locale: string;
  /** Epoch ms: only deals closed by then count as past pursuits. */
  readonly now: number;
}

export interface IBidAdviceCardProps {
  readonly view: BidView;
  /** What the advice is for, in words (the deal's name, or the account of a new pursuit). */
  readonly subject: string;
  readonly locale: string;
}
