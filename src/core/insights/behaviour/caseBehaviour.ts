import type { Blueprint, Interaction, Opportunity } from '../../model';

/** A blueprint exchange observed in a case. */
export interface ObservedExchange {
  readonly transactionId: string;
  /** First observation, epoch ms. */
  readonly firstAt: number;
  readonly count: number;
}

/** An activity that matched no blueprint transaction. */
export interface UnrecognisedActivity {
  readonly activity: string;
  readonly firstAt: number;
}

/** What one opportunity did up to a moment: the facts every insight is computed from. */
export interface CaseBehaviour {
  readonly opportunityId: string;
  /** The moment the behaviour was read at (epoch ms); nothing later is counted. */
  readonly asOf: number;
  /** Blueprint exchanges done, in order of first occurrence (ties: input order). */
  readonly exchanges: readonly ObservedExchange[];
  /** Distinct roles involved as sender or receiver, sorted. */
  readonly roles: readonly string[];
  /** Distinct `from>to` role pairs seen, sorted. */
  readonly rolePairs: readonly string[];
  /** Activities that are not blueprint transactions, first occurrence each, in order. */
  readonly unrecognised: readonly UnrecognisedActivity[];
  /** Latest exchange at or before `asOf` (epoch ms), `undefined` when none. */
  readonly lastExchangeAt: number | undefined;
  /** Stage of the latest stage entry at or before `asOf`. */
  readonly currentStageId: string | undefined;
  readonly currentStageEnteredAt: number | undefined;
  /** Highest blueprint stage order entered at or before `asOf`; 0 when none. */
  readonly furthestStageOrder: number;
}

/**
 * Reads one opportunity's behaviour as of `asOf` (epoch ms). An interaction counts as the blueprint
 * transaction in `transactionId`, or in `activity` when that names a blueprint transaction.
 * Roles come from the interaction's `fromRole`/`toRole`, falling back to the recognised
 * transaction's roles when the record carries none (mail metadata rarely knows roles).
 * Interactions of other opportunities are ignored, so a caller may pass a shared list.
 */
export function caseBehaviour(
  opportunity: Opportunity,
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  asOf: number
): CaseBehaviour {
  const transactions = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const stageOrder = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const relevant = interactions
    .map((interaction, index) => ({ interaction, index }))
    .filter(({ interaction }) => interaction.opportunityId === opportunity.id && interaction.timestamp <= asOf)
    .sort((x, y) => x.interaction.timestamp - y.interaction.timestamp || x.index - y.index)
    .map(({ interaction }) => interaction);

  const exchanges = new Map<string, { firstAt: number; count: number }>();
  const unrecognised = new Map<string, number>();
  const roles = new Set<string>();
  const rolePairs = new Set<string>();
  let lastExchangeAt: number | undefined;
  for (const interaction of relevant) {
    const id = interaction.transactionId ?? (transactions.has(interaction.activity) ? interaction.activity : undefined);
    const transaction = id === undefined ? undefined : transactions.get(id);
    if (transaction) {
      const seen = exchanges.get(transaction.id);
      if (seen) exchanges.set(transaction.id, { firstAt: seen.firstAt, count: seen.count + 1 });
      else exchanges.set(transaction.id, { firstAt: interaction.timestamp, count: 1 });
    } else if (!unrecognised.has(interaction.activity)) {
      unrecognised.set(interaction.activity, interaction.timestamp);
    }
    const from = interaction.fromRole ?? transaction?.from;
    const to = interaction.toRole ?? transaction?.to;
    if (from !== undefined) roles.add(from);
    if (to !== undefined) roles.add(to);
    if (from !== undefined && to !== undefined) rolePairs.add(`${from}>${to}`);
    lastExchangeAt = interaction.timestamp;
  }

  const entries = opportunity.stageHistory.filter((e) => e.enteredAt <= asOf);
  let current: { stageId: string; enteredAt: number } | undefined;
  let furthest = 0;
  for (const entry of entries) {
    if (current === undefined || entry.enteredAt >= current.enteredAt) current = entry;
    furthest = Math.max(furthest, stageOrder.get(entry.stageId) ?? 0);
  }
  return {
    opportunityId: opportunity.id,
    asOf,
    exchanges: [...exchanges].map(([transactionId, seen]) => ({ transactionId, firstAt: seen.firstAt, count: seen.count })),
    roles: [...roles].sort(),
    rolePairs: [...rolePairs].sort(),
    unrecognised: [...unrecognised].map(([activity, firstAt]) => ({ activity, firstAt })),
    lastExchangeAt,
    currentStageId: current?.stageId,
    currentStageEnteredAt: current?.enteredAt,
    furthestStageOrder: furthest
  };
}
