/**
 * The value network (Verna Allee) as a directed multigraph of roles and the exchanges between them,
 * built either from a blueprint (what should flow) or from observed interactions (what did flow).
 */
import type { Blueprint, DeliverableKind, Role, Transaction, Interaction } from '../model';
import type { Graph } from './graph';

/** Observed exchanges that match no blueprint transaction have kind `unknown`. */
export type ExchangeKind = DeliverableKind | 'unknown';

/** One kind of exchange from one role to another, with how often it occurs. */
export interface Exchange {
  /** Sending role id. */
  readonly source: string;
  /** Receiving role id. */
  readonly target: string;
  readonly kind: ExchangeKind;
  /** The blueprint transaction, when known. */
  readonly transactionId?: string;
  /** The deliverable (blueprint) or the raw activity label (unrecognised interaction). */
  readonly label: string;
  /** 1 per blueprint transaction; the number of interactions for an observed exchange. */
  readonly count: number;
}

export interface ValueNetwork {
  /** Role ids: the given roles in order, then roles seen only in interactions, in order of appearance. */
  readonly roles: readonly string[];
  readonly exchanges: readonly Exchange[];
  /** Interactions left out because they lack a sending or receiving role. */
  readonly unplaced: number;
}

/** The blueprint's value network: every role, and one exchange per transaction (count 1), in blueprint order. */
export function blueprintNetwork(blueprint: Blueprint): ValueNetwork {
  return {
    roles: blueprint.roles.map((r) => r.id),
    exchanges: blueprint.transactions.map((t) => ({ source: t.from, target: t.to, kind: t.kind, transactionId: t.id, label: t.deliverable, count: 1 })),
    unplaced: 0
  };
}

/**
 * The observed value network of the given interactions (filter them first, e.g. with
 * `selectInteractions`). Interactions are grouped by sending role, receiving role and transaction id
 * (or, when unrecognised, activity label); groups keep the order of their first interaction.
 * An exchange takes the kind of the blueprint transaction named by `transactionId`, else `unknown`.
 * Interactions without `fromRole` or `toRole` are counted in `unplaced`; role ids not in `roles` are
 * added after them so that no observed exchange is hidden.
 * @param transactions the blueprint transactions used to look up kinds and labels (optional).
 */
export function interactionNetwork(interactions: readonly Interaction[], roles: readonly Role[], transactions: readonly Transaction[] = []): ValueNetwork {
  const byId = new Map<string, Transaction>();
  for (const t of transactions) if (!byId.has(t.id)) byId.set(t.id, t);
  const roleIds = roles.map((r) => r.id);
  const known = new Set(roleIds);
  const groups = new Map<string, { exchange: Omit<Exchange, 'count'>; count: number }>();
  let unplaced = 0;
  for (const interaction of interactions) {
    const { fromRole, toRole, transactionId } = interaction;
    if (fromRole === undefined || toRole === undefined || fromRole === '' || toRole === '') {
      unplaced++;
      continue;
    }
    for (const role of [fromRole, toRole]) {
      if (!known.has(role)) {
        known.add(role);
        roleIds.push(role);
      }
    }
    const what = transactionId !== undefined ? `t:${transactionId}` : `a:${interaction.activity}`;
    const key = `${fromRole}\u0000${toRole}\u0000${what}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    const transaction = transactionId === undefined ? undefined : byId.get(transactionId);
    groups.set(key, {
      exchange: {
        source: fromRole,
        target: toRole,
        kind: transaction?.kind ?? 'unknown',
        ...(transactionId === undefined ? {} : { transactionId }),
        label: transaction?.deliverable ?? interaction.activity
      },
      count: 1
    });
  }
  return { roles: roleIds, exchanges: [...groups.values()].map(({ exchange, count }) => ({ ...exchange, count })), unplaced };
}

export interface NetworkGraphOptions {
  /**
   * `none` (default): unweighted edges. `count`: weight = count, a strength for weighted degree.
   * `inverse-count`: weight = 1 / count, a length for shortest-path metrics, so that frequent exchanges
   * are short hand-offs.
   */
  readonly weight?: 'none' | 'count' | 'inverse-count';
}

/** The network as a directed multigraph {@link Graph}: one edge per exchange (self-exchanges kept). */
export function networkGraph(network: ValueNetwork, options: NetworkGraphOptions = {}): Graph {
  const weight = options.weight ?? 'none';
  return {
    nodes: network.roles,
    directed: true,
    edges: network.exchanges.map((e) =>
      weight === 'none' ? { source: e.source, target: e.target } : { source: e.source, target: e.target, weight: weight === 'count' ? e.count : 1 / e.count }
    )
  };
}
