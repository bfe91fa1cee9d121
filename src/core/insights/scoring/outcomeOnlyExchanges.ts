import type { Blueprint } from '../../model';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';

/** One closed deal as read at its close. */
export interface ClosedBehaviour {
  readonly behaviour: CaseBehaviour;
  readonly won: boolean;
  /** Blueprint stage ids the deal entered before it closed. */
  readonly stagesEntered: ReadonlySet<string>;
}

/**
 * Blueprint exchanges that only exist after a win (purchase order, signature, onboarding): learning
 * from them would teach the model the outcome itself. An exchange is outcome-only when at least
 * `minCases` lost deals entered its stage and NONE of them did it, while at least `minCases` won deals
 * did. Requiring lost deals that reached the stage keeps an exchange that lost deals simply never got
 * to (a proposal in a stage they never entered) from being mistaken for one. Sorted by sequence.
 * @param minCases default 3
 */
export function outcomeOnlyExchanges(closed: readonly ClosedBehaviour[], blueprint: Blueprint, minCases: number = 3): string[] {
  const result: string[] = [];
  for (const transaction of [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence)) {
    let lostReached = 0;
    let lostDid = 0;
    let wonDid = 0;
    for (const deal of closed) {
      const did = deal.behaviour.exchanges.some((e) => e.transactionId === transaction.id);
      if (deal.won) wonDid += did ? 1 : 0;
      else if (deal.stagesEntered.has(transaction.stage)) {
        lostReached++;
        lostDid += did ? 1 : 0;
      }
    }
    if (lostReached >= minCases && lostDid === 0 && wonDid >= minCases) result.push(transaction.id);
  }
  return result;
}
