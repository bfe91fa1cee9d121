/**
 * Who plays which customer role on an account: the people seen on the account's deals (interactions
 * and the Participants list) with the roles recorded for them, and the Participants entries that a
 * new assignment writes. Pure functions over plain data.
 */
import type { Blueprint, Role, Interaction } from '../../core/model';
import type { OpportunityRecord, Participant } from '../../services';

export interface AccountPerson {
  /** Lower-cased email or UPN: emails compare case-insensitively across sources. */
  readonly email: string;
  readonly displayName?: string;
  /** Role ids recorded in the Participants list for this person on the account, sorted. */
  readonly roles: readonly string[];
}

/** The blueprint's customer-side roles, in blueprint order: the only roles a customer contact can map to. */
export function customerRoles(blueprint: Blueprint): Role[] {
  return blueprint.roles.filter((r) => r.side === 'customer');
}

/** Accounts of the site's opportunities, sorted, each once. */
export function accountsOf(records: readonly OpportunityRecord[]): string[] {
  return [...new Set(records.map((r) => r.opportunity.account))].sort((a, b) => a.localeCompare(b));
}

/**
 * The customer-side people of one account, sorted by email: everyone the Participants list records
 * on the account (account-wide or on one of its deals) and everyone who exchanged with the account's
 * deals in `interactions`, minus the site's own sellers. A seller is an opportunity owner or anyone
 * seen in an internal or partner role, so a colleague on an email thread is not offered as the
 * customer's champion.
 *
 * Edge cases: participants without an email are skipped; a person with no recorded role has `roles: []`.
 */
export function accountPeople(
  account: string,
  records: readonly OpportunityRecord[],
  participants: readonly Participant[],
  interactions: readonly Interaction[],
  blueprint: Blueprint
): AccountPerson[] {
  const side = new Map(blueprint.roles.map((r) => [r.id, r.side]));
  const sellers = new Set(records.map((r) => r.opportunity.owner.toLowerCase()));
  const deals = new Set(records.filter((r) => r.opportunity.account === account).map((r) => r.opportunity.id));
  const people = new Map<string, { displayName?: string; roles: Set<string> }>();
  const person = (email: string): { displayName?: string; roles: Set<string> } => {
    const key = email.toLowerCase();
    const found = people.get(key) ?? { roles: new Set<string>() };
    people.set(key, found);
    return found;
  };
  for (const i of interactions) {
    const ends: [string | undefined, string | undefined][] = [[i.fromParticipant, i.fromRole], [i.toParticipant, i.toRole]];
    for (const [email, role] of ends) {
      if (!email) continue;
      const roleSide = role === undefined ? undefined : side.get(role);
      if (roleSide === 'internal' || roleSide === 'partner') sellers.add(email.toLowerCase());
      else if (deals.has(i.opportunityId)) person(email);
    }
  }
  for (const p of participants) {
    if (!p.email || (p.account !== account && !(p.opportunityId !== undefined && deals.has(p.opportunityId)))) continue;
    const found = person(p.email);
    found.roles.add(p.role);
    if (p.displayName && !found.displayName) found.displayName = p.displayName;
  }
  return [...people.entries()]
    .filter(([email]) => !sellers.has(email))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([email, p]) => ({ email, ...(p.displayName ? { displayName: p.displayName } : {}), roles: [...p.roles].sort() }));
}

/**
 * The Participants entries that record `role` for each chosen person: one per open deal of the account,
 * because recognition reads roles per open opportunity. Closed deals are left alone (their analysis is history).
 *
 * Edge cases: an account without open deals gives no entries (there is nothing to recognise yet);
 * assignments whose role the person already has are dropped.
 */
export function roleEntries(account: string, records: readonly OpportunityRecord[], people: readonly AccountPerson[], assignments: ReadonlyMap<string, string>): Participant[] {
  const open = records.filter((r) => r.opportunity.account === account && r.opportunity.status === 'open').map((r) => r.opportunity.id).sort();
  const entries: Participant[] = [];
  for (const p of people) {
    const role = assignments.get(p.email);
    if (role === undefined || p.roles.includes(role)) continue;
    for (const opportunityId of open) entries.push({ email: p.email, ...(p.displayName ? { displayName: p.displayName } : {}), role, account, opportunityId });
  }
  return entries;
}
