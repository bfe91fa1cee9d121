/** Port: who plays which role of the blueprint on each opportunity. */
import type { WriteReport } from './writeReport';

/** A person in a role on an account or opportunity. */
export interface Participant {
  /** Email or UPN; the key that matches interactions' participants. */
  readonly email: string;
  readonly displayName?: string;
  /** Blueprint role id. */
  readonly role: string;
  readonly account: string;
  /** Absent for account-wide roles. */
  readonly opportunityId?: string;
}

export interface ParticipantStore {
  /** Adds participants keyed by email, role and opportunity (or account); duplicates count as already stored. */
  addMany(participants: readonly Participant[]): Promise<WriteReport>;
  listByOpportunity(opportunityId: string): Promise<Participant[]>;
  /** Every participant, paged in item-id order (safe past the 5,000-item list view threshold); one request per page. */
  listAll(): Promise<Participant[]>;
}
