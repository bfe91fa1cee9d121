import type { Participant } from '../../../services';
import { listTitle, ParticipantFields as F } from '../schema';
import { contextOf, orNull, readText, requireText, type SpItem } from './fieldValues';

export const PARTICIPANT_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/**
 * The unique key of a participant: one person in one role on one opportunity (or, without an
 * opportunity, on the account). Lower-cased because emails compare case-insensitively.
 */
export function participantKey(participant: Participant): string {
  const scope = participant.opportunityId !== undefined ? `opp:${participant.opportunityId}` : `acct:${participant.account}`;
  return `${scope}|${participant.email}|${participant.role}`.toLowerCase();
}

export function participantToItem(participant: Participant): Record<string, unknown> {
  return {
    Title: (participant.displayName ?? participant.email).slice(0, 255),
    [F.participantKey]: participantKey(participant),
    [F.email]: participant.email,
    [F.role]: participant.role,
    [F.account]: participant.account,
    [F.opportunityId]: orNull(participant.opportunityId)
  };
}

/** @throws StoredDataError for a missing email, role or account */
export function itemToParticipant(item: SpItem): Participant {
  const ctx = contextOf(listTitle('participants'), item);
  const email = requireText(item, F.email, ctx);
  const title = readText(item, 'Title', ctx);
  const opportunityId = readText(item, F.opportunityId, ctx);
  return {
    email,
    ...(title !== undefined && title !== email ? { displayName: title } : {}),
    role: requireText(item, F.role, ctx),
    account: requireText(item, F.account, ctx),
    ...(opportunityId !== undefined ? { opportunityId } : {})
  };
}
