import type { Blueprint, Transaction, Interaction, Opportunity } from '../../../core/model';

const DAY_MS = 86_400_000;

/**
 * - `done`: happened, on time or without a deadline;
 * - `late`: happened after its deadline;
 * - `missing`: required, not happened, and its deadline passed or the deal left (or closed in) its stage;
 * - `upcoming`: not happened yet and still possible in time (open deals only);
 * - `not-made`: not happened on a closed deal, and not missing (optional, or in a stage it never reached).
 */
export type ExchangeStatus = 'done' | 'late' | 'missing' | 'upcoming' | 'not-made';

export interface TimelineRow {
  readonly transaction: Transaction;
  /** Epoch ms of the deadline from the due rule, when it can be computed. */
  readonly expectedBy: number | undefined;
  /** Epoch ms of the first matching interaction. */
  readonly actualAt: number | undefined;
  /** Matching interactions. */
  readonly count: number;
  readonly status: ExchangeStatus;
}

function firstEntry(opportunity: Opportunity, stageId: string): number | undefined {
  let first: number | undefined;
  for (const e of opportunity.stageHistory) if (e.stageId === stageId && (first === undefined || e.enteredAt < first)) first = e.enteredAt;
  return first;
}

/**
 * Expected exchanges (the blueprint's transactions in sequence order) against the actual ones (the
 * opportunity's interactions carrying that transaction id). The deadline is `due.days` days after the
 * first entry into the transaction's stage, or after the first occurrence of `due.afterTransactionId`.
 * A deal has left a stage when it entered a stage of higher order, or is closed.
 *
 * @param now epoch ms: decides which deadlines have passed
 * @param lateToleranceDays whole days of grace after a deadline (default 0): an exchange within the grace
 *   is `done`, and a missing one is `upcoming` until the grace has passed. `expectedBy` stays the deadline.
 */
export function exchangeTimeline(blueprint: Blueprint, opportunity: Opportunity, interactions: readonly Interaction[], now: number, lateToleranceDays: number = 0): TimelineRow[] {
  const grace = lateToleranceDays * DAY_MS;
  const order = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const furthest = opportunity.stageHistory.reduce((m, e) => Math.max(m, e.enteredAt <= now ? order.get(e.stageId) ?? 0 : 0), 0);
  const first = new Map<string, { at: number; count: number }>();
  for (const i of interactions) {
    if (i.opportunityId !== opportunity.id) continue;
    // As the conformance check reads it: a file's activity may itself be the transaction id (CSV and XES
    // imports set no separate transactionId), and the timeline must agree with the deviations beside it.
    const id = i.transactionId ?? i.activity;
    const seen = first.get(id);
    first.set(id, { at: seen === undefined ? i.timestamp : Math.min(seen.at, i.timestamp), count: (seen?.count ?? 0) + 1 });
  }
  return [...blueprint.transactions]
    .sort((a, b) => a.sequence - b.sequence)
    .map((transaction) => {
      const actual = first.get(transaction.id);
      let expectedBy: number | undefined;
      if (transaction.due) {
        const anchor = transaction.due.afterTransactionId !== undefined ? first.get(transaction.due.afterTransactionId)?.at : firstEntry(opportunity, transaction.stage);
        if (anchor !== undefined) expectedBy = anchor + transaction.due.days * DAY_MS;
      }
      let status: ExchangeStatus;
      if (actual) status = expectedBy !== undefined && actual.at > expectedBy + grace ? 'late' : 'done';
      else {
        const stageOrder = order.get(transaction.stage) ?? 0;
        const stageOver = furthest > stageOrder || (opportunity.status !== 'open' && furthest >= stageOrder);
        const overdue = expectedBy !== undefined && expectedBy + grace < now;
        // Nothing is upcoming on a closed deal: the exchange can no longer happen.
        status = transaction.required && (stageOver || overdue) ? 'missing' : opportunity.status === 'open' ? 'upcoming' : 'not-made';
      }
      return { transaction, expectedBy, actualAt: actual?.at, count: actual?.count ?? 0, status };
    });
}

export interface RoleCoverage {
  readonly roleId: string;
  readonly roleName: string;
  readonly side: string;
  /** Interactions sent or received by the role. */
  readonly interactions: number;
  /** Distinct participants seen in the role. */
  readonly people: number;
}

/**
 * Which blueprint roles took part in the opportunity, and how many people in each: one person in a
 * customer role is single-threading, none is an uncovered role. Roles in blueprint order.
 */
export function roleCoverage(blueprint: Blueprint, interactions: readonly Interaction[]): RoleCoverage[] {
  // Recorded roles win; otherwise the roles of the recognised transaction, as the deviation check
  // reads them (uncovered-role and single-threading), so this table never contradicts the deviations.
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  return blueprint.roles.map((role) => {
    let count = 0;
    const people = new Set<string>();
    for (const i of interactions) {
      const transaction = byId.get(i.transactionId ?? i.activity);
      const from = (i.fromRole ?? transaction?.from) === role.id;
      const to = (i.toRole ?? transaction?.to) === role.id;
      if (!from && !to) continue;
      count += 1;
      if (from && i.fromParticipant) people.add(i.fromParticipant.toLowerCase());
      if (to && i.toParticipant) people.add(i.toParticipant.toLowerCase());
    }
    return { roleId: role.id, roleName: role.name, side: role.side, interactions: count, people: people.size };
  });
}

/**
 * The interactions with the transaction and roles the conformance check reads into them: an activity
 * that is a blueprint transaction id (CSV and XES imports) gets that `transactionId`, and missing
 * `fromRole`/`toRole` come from the transaction. Recorded values win; other interactions are returned
 * as they are. Pure; the input is not modified.
 */
export function withTransactionRoles(blueprint: Blueprint, interactions: readonly Interaction[]): Interaction[] {
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  return interactions.map((i) => {
    const transaction = byId.get(i.transactionId ?? i.activity);
    if (!transaction || (i.transactionId !== undefined && i.fromRole !== undefined && i.toRole !== undefined)) return i;
    return { ...i, transactionId: i.transactionId ?? transaction.id, fromRole: i.fromRole ?? transaction.from, toRole: i.toRole ?? transaction.to };
  });
}
