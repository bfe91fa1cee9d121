import type { OpportunityRef } from './recognitionContext';

/** Opportunities looked up by id (for `[tag]`s) and the open ones by account, built once per run. */
export interface OpportunityIndex {
  /** By id; when two share an id the later one wins, as a `Map` built from the list does. */
  readonly byId: ReadonlyMap<string, OpportunityRef>;
  /** Open opportunities of each account, in input order; accounts without one are absent. */
  readonly openByAccount: ReadonlyMap<string, readonly OpportunityRef[]>;
}

/** Indexes `opportunities` by id and their open ones by account; the input is not changed. */
export function indexOpportunities(opportunities: readonly OpportunityRef[]): OpportunityIndex {
  const byId = new Map<string, OpportunityRef>();
  const openByAccount = new Map<string, OpportunityRef[]>();
  for (const opportunity of opportunities) {
    byId.set(opportunity.id, opportunity);
    if (opportunity.status !== 'open') continue;
    const open = openByAccount.get(opportunity.account);
    if (open === undefined) openByAccount.set(opportunity.account, [opportunity]);
    else open.push(opportunity);
  }
  return { byId, openByAccount };
}
