import type { Interaction } from '../../model';

/**
 * Interactions grouped by opportunity id, each group in input order. Analyses that look at many
 * opportunities group once instead of filtering the whole list per opportunity.
 */
export function groupByOpportunity(interactions: readonly Interaction[]): ReadonlyMap<string, readonly Interaction[]> {
  const groups = new Map<string, Interaction[]>();
  for (const interaction of interactions) {
    const group = groups.get(interaction.opportunityId);
    if (group) group.push(interaction);
    else groups.set(interaction.opportunityId, [interaction]);
  }
  return groups;
}
