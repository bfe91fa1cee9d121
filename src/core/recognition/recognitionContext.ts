import type { Blueprint, OpportunityStatus, RoleAssignment } from '../model';

/** What recognition needs to know about an opportunity. */
export interface OpportunityRef {
  readonly id: string;
  readonly account: string;
  readonly status: OpportunityStatus;
}

/**
 * Everything recognition reads besides the item: the blueprint (with its technical part), who plays
 * which role on which account, and the opportunities items can belong to.
 */
export interface RecognitionContext {
  readonly blueprint: Blueprint;
  /**
   * People in roles. `account: '*'` means every account (internal staff such as the account executive
   * or sales engineer); emails compare case-insensitively.
   */
  readonly participants: readonly RoleAssignment[];
  readonly opportunities: readonly OpportunityRef[];
}

/** Wildcard account of internal roles. */
export const ANY_ACCOUNT = '*';
