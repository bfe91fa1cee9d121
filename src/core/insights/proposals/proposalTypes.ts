import type { ContingencyTable } from '../statistics/contingencyTable';

/** Add an exchange seen in wins that the blueprint lacks (as an optional transaction). */
export interface AddExchangeProposal {
  readonly kind: 'add-exchange';
  /** Stable key: `activity:<label>` or `pair:<from>><to>`. */
  readonly id: string;
  /** The deliverable to name it by: the activity label (for a role pair, its most common label). */
  readonly deliverable: string;
  readonly from: string;
  readonly to: string;
  /** The stage won deals were most often in when it first happened. */
  readonly stageId: string;
  readonly table: ContingencyTable;
  readonly lift: number;
  readonly evidence: string;
}

/** A blueprint exchange that makes no difference to the win rate: make it optional, or remove it if already optional. */
export interface NoDifferenceProposal {
  readonly kind: 'make-optional' | 'remove';
  /** `optional:<tx>` or `remove:<tx>`. */
  readonly id: string;
  readonly transactionId: string;
  readonly table: ContingencyTable;
  readonly lift: number;
  readonly evidence: string;
}

export type BlueprintProposal = AddExchangeProposal | NoDifferenceProposal;
