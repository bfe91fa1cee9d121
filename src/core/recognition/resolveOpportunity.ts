import { indexOpportunities, type OpportunityIndex } from './opportunityIndex';
import type { OpportunityRef, RecognitionContext } from './recognitionContext';
import { contactAccounts, indexRoleAssignments, type RoleIndex } from './roleIndex';
import type { SourceItem } from './sourceItem';

/** Why an item could not be tied to one opportunity. */
export type OpportunityMiss = 'no-customer-contact' | 'several-accounts' | 'no-open-opportunity' | 'several-open-opportunities';

export type OpportunityResolution = { readonly kind: 'found'; readonly opportunity: OpportunityRef } | { readonly kind: 'missed'; readonly reason: OpportunityMiss };

const TAG = /\[([^\]\s]+)\]/g;

/**
 * The opportunity an item belongs to, with the opportunities and role assignments already indexed.
 * First a `[<opportunity id>]` tag in the subject that names a known opportunity (sellers tag meetings
 * and mails that way; the first known tag wins even for closed deals, as the seller said so).
 * Otherwise the customer contacts among the item's people must belong to exactly one account, and that
 * account must have exactly one open opportunity; anything else is a miss with its reason, never a guess.
 */
export function resolveIndexedOpportunity(item: SourceItem, opportunities: OpportunityIndex, roles: RoleIndex): OpportunityResolution {
  for (const match of item.subject.matchAll(TAG)) {
    const tagged = opportunities.byId.get(match[1]);
    if (tagged) return { kind: 'found', opportunity: tagged };
  }
  const people = item.from === undefined ? item.to : [item.from, ...item.to];
  const accounts = contactAccounts(roles, people);
  if (accounts.length === 0) return { kind: 'missed', reason: 'no-customer-contact' };
  if (accounts.length > 1) return { kind: 'missed', reason: 'several-accounts' };
  const open = opportunities.openByAccount.get(accounts[0]) ?? [];
  if (open.length === 0) return { kind: 'missed', reason: 'no-open-opportunity' };
  if (open.length > 1) return { kind: 'missed', reason: 'several-open-opportunities' };
  return { kind: 'found', opportunity: open[0] };
}

/**
 * `resolveIndexedOpportunity` over a plain context, indexing it on every call: for many items, index
 * once with `indexOpportunities` and `indexRoleAssignments`.
 */
export function resolveOpportunity(item: SourceItem, context: RecognitionContext): OpportunityResolution {
  return resolveIndexedOpportunity(item, indexOpportunities(context.opportunities), indexRoleAssignments(context.participants));
}
