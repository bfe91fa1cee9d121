/**
 * Actual versus blueprint: which planned exchanges never happened (dead links) and which observed
 * exchanges were never planned.
 */
import type { Exchange, ValueNetwork } from './valueNetwork';

export interface NetworkComparison {
  /** Blueprint exchanges with no observed counterpart, in blueprint order. */
  readonly deadLinks: readonly Exchange[];
  /** Observed exchanges between two roles the blueprint never connects in that direction. */
  readonly unplanned: readonly Exchange[];
}

/**
 * A blueprint exchange is observed when the actual network has an exchange with count > 0 and the same
 * transaction id; a blueprint exchange without transaction id matches on sending role, receiving role
 * and label. An observed exchange is unplanned when the blueprint has no exchange at all from its
 * sending to its receiving role (self-exchanges are ignored on both sides).
 */
export function compareNetworks(blueprint: ValueNetwork, actual: ValueNetwork): NetworkComparison {
  const observedTransactions = new Set<string>();
  const observedLabels = new Set<string>();
  for (const e of actual.exchanges) {
    if (e.count <= 0) continue;
    if (e.transactionId !== undefined) observedTransactions.add(e.transactionId);
    observedLabels.add(`${e.source}\u0000${e.target}\u0000${e.label}`);
  }
  const plannedPairs = new Set(blueprint.exchanges.map((e) => `${e.source}\u0000${e.target}`));
  return {
    deadLinks: blueprint.exchanges.filter((e) =>
      e.source !== e.target && (e.transactionId !== undefined ? !observedTransactions.has(e.transactionId) : !observedLabels.has(`${e.source}\u0000${e.target}\u0000${e.label}`))
    ),
    unplanned: actual.exchanges.filter((e) => e.count > 0 && e.source !== e.target && !plannedPairs.has(`${e.source}\u0000${e.target}`))
  };
}
