/**
 * Picks the interactions of an opportunity, a seller, a team or a period before a network is built.
 */
import type { Interaction, Opportunity } from '../model';

export interface InteractionSelection {
  /** Keep interactions of these opportunities only. */
  readonly opportunityIds?: readonly string[];
  /** Keep interactions of opportunities owned by this seller. */
  readonly owner?: string;
  /** Keep interactions of opportunities of this team. */
  readonly team?: string;
  /** Epoch milliseconds, inclusive. */
  readonly from?: number;
  /** Epoch milliseconds, exclusive, so consecutive periods never count an interaction twice. */
  readonly to?: number;
}

/**
 * The interactions matching every given criterion, in input order; an empty selection keeps all.
 * Owner and team are read from `opportunities`: when either is given, interactions of an opportunity
 * that is not in the list are dropped, since they cannot be attributed.
 */
export function selectInteractions(
  interactions: readonly Interaction[],
  opportunities: readonly Opportunity[],
  selection: InteractionSelection
): Interaction[] {
  const ids = selection.opportunityIds === undefined ? undefined : new Set(selection.opportunityIds);
  const needsOpportunity = selection.owner !== undefined || selection.team !== undefined;
  const attributed = new Set(
    opportunities
      .filter((o) => (selection.owner === undefined || o.owner === selection.owner) && (selection.team === undefined || o.team === selection.team))
      .map((o) => o.id)
  );
  return interactions.filter(
    (i) =>
      (ids === undefined || ids.has(i.opportunityId)) &&
      (!needsOpportunity || attributed.has(i.opportunityId)) &&
      (selection.from === undefined || i.timestamp >= selection.from) &&
      (selection.to === undefined || i.timestamp < selection.to)
  );
}
