import { accountsOfPeople } from './resolveParticipants';
import type { OpportunityRef, RecognitionContext } from './recognitionContext';
import type { SourceItem } from './sourceItem';

/** Why an item could not be tied to one opportunity. */
export type OpportunityMiss = 'no-customer-contact' | 'several-accounts' | 'no-open-opportunity' | 'several-open-opportunities';

export type OpportunityResolution = { readonly kind: 'found'; readonly opportunity: OpportunityRef } | { readonly kind: 'missed'; readonly reason: OpportunityMiss };

/** `[OPP-123]` tags in a subject or title, in order. */
function tags(subject: string): string[] {
  return [...subject.matchAll(/\[([^\]\s]+)\]/g)].map((match) => match[1]);
}

/**
 * The opportunity an item belongs to. First a `[<opportunity id>]` tag in the subject that names a
 * known opportunity (sellers tag meetings and mails that way; the tag wins even for closed deals, as
 * the seller said so). Otherwise the customer contacts among the item's people must belong to exactly
 * one account, and that account must have exactly one open opportunity; anything else is a miss with
 * its reason, never a guess.
 */
export function resolveOpportunity(item: SourceItem, context: RecognitionContext): OpportunityResolution {
  const byId = new Map(context.opportunities.map((o) => [o.id, o]));
  for (const tag of tags(item.subject)) {
    const tagged = byId.get(tag);
    if (tagged) return { kind: 'found', opportunity: tagged };
  }
  const people = item.from === undefined ? item.to : [item.from, ...item.to];
  const accounts = accountsOfPeople(people, context.participants);
  if (accounts.length === 0) return { kind: 'missed', reason: 'no-customer-contact' };
  if (accounts.length > 1) return { kind: 'missed', reason: 'several-accounts' };
  const open = context.opportunities.filter((o) => o.account === accounts[0] && o.status === 'open');
  if (open.length === 0) return { kind: 'missed', reason: 'no-open-opportunity' };
  if (open.length > 1) return { kind: 'missed', reason: 'several-open-opportunities' };
  return { kind: 'found', opportunity: open[0] };
}
