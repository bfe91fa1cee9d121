import type { RoleAssignment } from '../model/technicalBlueprint';
import { ANY_ACCOUNT } from './recognitionContext';

/** One person of an item with the roles they play on the item's account. */
export interface ResolvedParticipant {
  readonly email: string;
  readonly roles: readonly string[];
}

/**
 * The accounts the people of an item belong to as customer-side contacts (assignments of a named
 * account, not `*`), sorted; emails compare case-insensitively. Empty when nobody is a known contact.
 */
export function accountsOfPeople(emails: readonly string[], assignments: readonly RoleAssignment[]): string[] {
  const wanted = new Set(emails.map((email) => email.toLowerCase()));
  const accounts = new Set<string>();
  for (const assignment of assignments) {
    if (assignment.account !== ANY_ACCOUNT && wanted.has(assignment.email.toLowerCase())) accounts.add(assignment.account);
  }
  return [...accounts].sort();
}

/**
 * Maps each person to the roles they play on `account`: the account's own assignments plus the
 * wildcard (`*`) ones. People in no role keep an empty list (they count as unmapped participants).
 * Order of `emails` is kept; duplicates are removed.
 */
export function resolveParticipants(emails: readonly string[], account: string, assignments: readonly RoleAssignment[]): ResolvedParticipant[] {
  const seen = new Set<string>();
  const result: ResolvedParticipant[] = [];
  for (const raw of emails) {
    const email = raw.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    const roles = assignments
      .filter((a) => a.email.toLowerCase() === email && (a.account === account || a.account === ANY_ACCOUNT))
      .map((a) => a.roleId);
    result.push({ email, roles: [...new Set(roles)] });
  }
  return result;
}
