import type { Blueprint, Role, Interaction } from '../../../core/model';
import type { Participant } from '../../../services';
import { withTransactionRoles } from './exchangeTimeline';

/** A customer-side person seen in a deal's interactions who holds no role at the account yet. */
export interface UnmappedPerson {
  /** Address as first seen, lower-cased. */
  readonly email: string;
  /** Interactions the person took part in. */
  readonly interactions: number;
  /** The customer role the interactions put them in most often; otherwise the first uncovered customer role. */
  readonly suggestedRole: Role | undefined;
}

export interface EngagementSuggestions {
  readonly people: readonly UnmappedPerson[];
  /** Customer roles of the blueprint no participant holds at the account, in blueprint order. */
  readonly uncoveredRoles: readonly Role[];
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Who else to engage on a deal: the customer-side people in its meetings and mail (interaction
 * participants) who hold no role at the account, and the customer roles nobody covers there.
 * A person is on the customer side when an interaction puts them in a customer role (recorded, or
 * the recognised transaction's), or when their mail domain is not the deal owner's.
 *
 * People in order of interactions (most first), then address. Pure; inputs are not modified.
 */
export function engagementSuggestions(blueprint: Blueprint, ownerEmail: string, interactions: readonly Interaction[], participants: readonly Participant[]): EngagementSuggestions {
  const customerRoles = blueprint.roles.filter((r) => r.side === 'customer');
  const customer = new Set(customerRoles.map((r) => r.id));
  const mapped = new Set(participants.map((p) => p.email.toLowerCase()));
  const covered = new Set(participants.map((p) => p.role));
  const uncoveredRoles = customerRoles.filter((r) => !covered.has(r.id));
  const internalDomain = domainOf(ownerEmail);
  const seen = new Map<string, { count: number; roles: Map<string, number> }>();
  const note = (address: string | undefined, roleId: string | undefined): void => {
    if (!address || !address.includes('@')) return;
    const email = address.toLowerCase();
    const inCustomerRole = roleId !== undefined && customer.has(roleId);
    if (!inCustomerRole && domainOf(email) === internalDomain) return;
    const entry = seen.get(email) ?? { count: 0, roles: new Map<string, number>() };
    entry.count += 1;
    if (inCustomerRole) entry.roles.set(roleId, (entry.roles.get(roleId) ?? 0) + 1);
    seen.set(email, entry);
  };
  for (const i of withTransactionRoles(blueprint, interactions)) {
    note(i.fromParticipant, i.fromRole);
    note(i.toParticipant, i.toRole);
  }
  const people: UnmappedPerson[] = [];
  seen.forEach((entry, email) => {
    if (mapped.has(email)) return;
    const best = [...entry.roles.entries()].sort((a, b) => b[1] - a[1] || customerRoles.findIndex((r) => r.id === a[0]) - customerRoles.findIndex((r) => r.id === b[0]))[0];
    const suggestedRole = best ? customerRoles.find((r) => r.id === best[0]) : uncoveredRoles[0];
    people.push({ email, interactions: entry.count, suggestedRole });
  });
  people.sort((a, b) => b.interactions - a.interactions || (a.email < b.email ? -1 : 1));
  return { people, uncoveredRoles };
}
