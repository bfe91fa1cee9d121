import type { Blueprint, Transaction, Opportunity } from '../../model';
import type { CaseBehaviour } from '../behaviour/caseBehaviour';
import { DAY_MS } from '../behaviour/outcome';

/** How many timed exchanges a deal did late, as of its behaviour's `asOf`. */
export interface LatenessCount {
  /** Exchanges done whose due moment could be worked out. */
  readonly timed: number;
  /** Of those, the ones first done after their due moment. */
  readonly late: number;
}

/**
 * Counts exchanges done late. An exchange with a `due` rule falls due `days` after its anchor: the
 * LATER of its stage's first entry (at or before `asOf`) and the first occurrence of
 * `due.afterTransactionId` when it names one that was done, since nobody can be expected to act before
 * the stage starts or before what the exchange answers. Exchanges whose anchor is unknown (stage not
 * entered, predecessor not done) are not timed. Only what happened by `behaviour.asOf` counts.
 */
export function latenessCount(behaviour: CaseBehaviour, opportunity: Opportunity, blueprint: Blueprint): LatenessCount {
  const stageEntry = new Map<string, number>();
  for (const entry of opportunity.stageHistory) {
    if (entry.enteredAt > behaviour.asOf) continue;
    const seen = stageEntry.get(entry.stageId);
    if (seen === undefined || entry.enteredAt < seen) stageEntry.set(entry.stageId, entry.enteredAt);
  }
  const firstAt = new Map(behaviour.exchanges.map((e) => [e.transactionId, e.firstAt]));
  let timed = 0;
  let late = 0;
  for (const transaction of blueprint.transactions) {
    const doneAt = firstAt.get(transaction.id);
    if (doneAt === undefined) continue;
    const due = dueMomentOf(transaction, stageEntry, firstAt);
    if (due === undefined) continue;
    timed++;
    if (doneAt > due) late++;
  }
  return { timed, late };
}

/**
 * When a transaction falls due (epoch ms): `due.days` after the LATER of its stage's first entry and
 * the first occurrence of `due.afterTransactionId` (when it names one that was done); `undefined`
 * without a due rule or when neither anchor is known.
 * @param stageEntry stageId -> first entry (epoch ms)
 * @param firstAt transactionId -> first occurrence (epoch ms)
 */
export function dueMomentOf(
  transaction: Transaction,
  stageEntry: ReadonlyMap<string, number>,
  firstAt: ReadonlyMap<string, number>
): number | undefined {
  if (transaction.due === undefined) return undefined;
  const anchors: number[] = [];
  const entered = stageEntry.get(transaction.stage);
  if (entered !== undefined) anchors.push(entered);
  if (transaction.due.afterTransactionId !== undefined) {
    const after = firstAt.get(transaction.due.afterTransactionId);
    if (after !== undefined) anchors.push(after);
  }
  return anchors.length === 0 ? undefined : Math.max(...anchors) + transaction.due.days * DAY_MS;
}

/**
 * Distinct customer-side roles that took part in recognised blueprint exchanges (by the blueprint's
 * from/to of each exchange done). Unrecognised mail and calendar traffic is left out on purpose: a
 * newsletter reply reaches a contact without any value changing hands, so it is not multi-threading.
 */
export function customerRolesEngaged(behaviour: CaseBehaviour, blueprint: Blueprint): number {
  const customer = new Set(blueprint.roles.filter((r) => r.side === 'customer').map((r) => r.id));
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const engaged = new Set<string>();
  for (const exchange of behaviour.exchanges) {
    const t = byId.get(exchange.transactionId);
    if (t === undefined) continue;
    if (customer.has(t.from)) engaged.add(t.from);
    if (customer.has(t.to)) engaged.add(t.to);
  }
  return engaged.size;
}
