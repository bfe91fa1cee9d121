import type { RoleAssignment } from '../model';
import { ANY_ACCOUNT } from './recognitionContext';

/**
 * Role assignments looked up by person: lower-cased email -> account -> role ids (distinct, in
 * assignment order). The `*` key holds the every-account roles of internal staff. Built once per
 * recognition run so that each item costs a few map look-ups instead of a scan of every assignment.
 */
export type RoleIndex = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/**
 * Indexes `assignments` by lower-cased email, then account. Duplicate assignments collapse to one role
 * entry; the input is not changed. Empty input gives an empty index.
 */
export function indexRoleAssignments(assignments: readonly RoleAssignment[]): RoleIndex {
  const index = new Map<string, Map<string, string[]>>();
  for (const assignment of assignments) {
    const email = assignment.email.toLowerCase();
    let byAccount = index.get(email);
    if (byAccount === undefined) {
      byAccount = new Map<string, string[]>();
      index.set(email, byAccount);
    }
    const roles = byAccount.get(assignment.account);
    if (roles === undefined) byAccount.set(assignment.account, [assignment.roleId]);
    else if (!roles.includes(assignment.roleId)) roles.push(assignment.roleId);
  }
  return index;
}

/**
 * The roles one person plays on `account`: the account's own roles, then the every-account (`*`) ones,
 * without duplicates. `email` compares case-insensitively; an unknown person plays no role ([]).
 */
export function rolesOnAccount(index: RoleIndex, email: string, account: string): string[] {
  const byAccount = index.get(email.toLowerCase());
  if (byAccount === undefined) return [];
  const own = byAccount.get(account) ?? [];
  const everywhere = account === ANY_ACCOUNT ? [] : byAccount.get(ANY_ACCOUNT) ?? [];
  return everywhere.length === 0 ? [...own] : [...new Set([...own, ...everywhere])];
}

/**
 * The named accounts (not `*`) where any of `emails` is a customer-side contact, sorted; emails compare
 * case-insensitively. Empty when nobody is a known contact.
 */
export function contactAccounts(index: RoleIndex, emails: readonly string[]): string[] {
  const accounts = new Set<string>();
  for (const email of emails) {
    for (const account of index.get(email.toLowerCase())?.keys() ?? []) {
      if (account !== ANY_ACCOUNT) accounts.add(account);
    }
  }
  return [...accounts].sort();
}
