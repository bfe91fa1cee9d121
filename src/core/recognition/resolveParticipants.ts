import type { RoleAssignment } from '../model';
import { contactAccounts, indexRoleAssignments, rolesOnAccount, type RoleIndex } from './roleIndex';

/** One person of an item with the roles they play on the item's account. */
export interface ResolvedParticipant {
  readonly email: string;
  readonly roles: readonly string[];
}

/**
 * The accounts the people of an item belong to as customer-side contacts (assignments of a named
 * account, not `*`), sorted; emails compare case-insensitively. Empty when nobody is a known contact.
 * Indexes `assignments` on every call: for many items, index once and use `contactAccounts`.
 */
export function accountsOfPeople(emails: readonly string[], assignments: readonly RoleAssignment[]): string[] {
  return contactAccounts(indexRoleAssignments(assignments), emails);
}

/**
 * Maps each person to the roles they play on `account` in an indexed set of assignments: the
 * account's own roles plus the wildcard (`*`) ones. People in no role keep an empty list (they count
 * as unmapped participants). Emails are lower-cased; order of `emails` is kept; duplicates are removed.
 */
export function resolveIndexedParticipants(emails: readonly string[], account: string, index: RoleIndex): ResolvedParticipant[] {
  const seen = new Set<string>();
  const result: ResolvedParticipant[] = [];
  for (const raw of emails) {
    const email = raw.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    result.push({ email, roles: rolesOnAccount(index, email, account) });
  }
  return result;
}

/**
 * `resolveIndexedParticipants` over a plain list of assignments, indexed on every call: for many
 * items, index once with `indexRoleAssignments`.
 */
export function resolveParticipants(emails: readonly string[], account: string, assignments: readonly RoleAssignment[]): ResolvedParticipant[] {
  return resolveIndexedParticipants(emails, account, indexRoleAssignments(assignments));
}
