/** Where an observed exchange was recorded. */
export type InteractionChannel = 'meeting' | 'mail' | 'call' | 'task' | 'document' | 'workflow' | 'other';

/**
 * One observed exchange in an opportunity. Times are epoch milliseconds (UTC): core never parses dates
 * and never reads the clock.
 */
export interface Interaction {
  readonly opportunityId: string;
  readonly timestamp: number;
  /** The blueprint transaction id when the exchange was recognised, otherwise the raw activity label. */
  readonly activity: string;
  /** Set when `activity` is a blueprint transaction id. */
  readonly transactionId?: string;
  readonly fromParticipant?: string;
  readonly toParticipant?: string;
  readonly fromRole?: string;
  readonly toRole?: string;
  readonly channel?: InteractionChannel;
  /** The system it came from, e.g. `csv`, `xes`, `graph:calendar`. */
  readonly source: string;
  /** Stable per source record, so that importing the same record twice stores it once. */
  readonly sourceKey: string;
}

export type OpportunityStatus = 'open' | 'won' | 'lost' | 'no-decision';

/** Entry into a stage; the stage history is ordered by `enteredAt`. */
export interface StageEntry {
  readonly stageId: string;
  readonly enteredAt: number;
}

export interface Opportunity {
  readonly id: string;
  readonly name?: string;
  readonly account: string;
  /** The seller who owns the deal (UPN or display name). */
  readonly owner: string;
  readonly team?: string;
  readonly amount: number;
  readonly currency?: string;
  readonly status: OpportunityStatus;
  readonly createdAt: number;
  readonly closedAt?: number;
  readonly stageHistory: readonly StageEntry[];
}

/** True for won, lost and no-decision: nothing can happen in such a case any more. */
export function isClosed(opportunity: Pick<Opportunity, 'status'>): boolean {
  return opportunity.status !== 'open';
}
