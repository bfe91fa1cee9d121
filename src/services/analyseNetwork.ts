/**
 * Exchange analysis of a blueprint (Verna Allee): for each role, what it gives and receives, tangible
 * and intangible, and how central it is; then findings a sales leader can act on. The metrics come from
 * src/core/network; this module only decides what is worth saying.
 */
import type { Blueprint, RoleSide } from '../core/model';
import { betweennessCentrality, degrees, reciprocity, blueprintNetwork, networkGraph } from '../core/network';

export interface RoleExchange {
  readonly roleId: string;
  readonly name: string;
  readonly side: RoleSide;
  readonly givenTangible: number;
  readonly givenIntangible: number;
  readonly receivedTangible: number;
  readonly receivedIntangible: number;
  /** Given minus received (transactions); positive roles put more value in than they get back. */
  readonly balance: number;
  /** Normalised betweenness in [0, 1]: the share of shortest hand-off paths between other roles that run through this role. */
  readonly betweenness: number;
}

export type Finding =
  /** Takes part in no transaction. */
  | { readonly kind: 'isolated'; readonly roleId: string }
  /** Takes part in more than `factor` times the average number of transactions per role. */
  | { readonly kind: 'overburdened'; readonly roleId: string; readonly transactions: number; readonly average: number }
  /** Gives value but receives none back (`direction: 'gives-only'`) or the reverse. */
  | { readonly kind: 'one-way'; readonly roleId: string; readonly direction: 'gives-only' | 'receives-only' }
  /** The role with the highest betweenness, when above zero: losing it cuts hand-offs. */
  | { readonly kind: 'broker'; readonly roleId: string; readonly betweenness: number }
  /** Overall share of exchanges answered in the other direction, below one half. */
  | { readonly kind: 'low-reciprocity'; readonly reciprocity: number };

export interface NetworkAnalysis {
  readonly roles: readonly RoleExchange[];
  /** Share of directed role pairs with an exchange that also have one back; 0 without exchanges. */
  readonly reciprocity: number;
  readonly findings: readonly Finding[];
}

export interface AnalyseOptions {
  /** A role is overburdened above `factor` x the average transactions per role. Default 2. */
  readonly overburdenFactor?: number;
}

/**
 * Analyses the blueprint's value network. Self-exchanges count once as given and once as received.
 * Transactions naming unknown roles are left out (validation reports them). Findings are ordered:
 * isolated, overburdened, one-way (each in role order), broker, low reciprocity.
 */
export function analyseNetwork(blueprint: Blueprint, options: AnalyseOptions = {}): NetworkAnalysis {
  const factor = options.overburdenFactor ?? 2;
  const known = new Set(blueprint.roles.map((r) => r.id));
  const placed = { ...blueprint, roles: uniqueRoles(blueprint), transactions: blueprint.transactions.filter((t) => known.has(t.from) && known.has(t.to)) };
  const graph = networkGraph(blueprintNetwork(placed));
  const degree = degrees(graph);
  const between = betweennessCentrality(graph);
  const roles: RoleExchange[] = placed.roles.map((role) => {
    const count = (side: 'from' | 'to', kind: string): number => placed.transactions.filter((t) => t[side] === role.id && t.kind === kind).length;
    const givenTangible = count('from', 'tangible');
    const givenIntangible = count('from', 'intangible');
    const receivedTangible = count('to', 'tangible');
    const receivedIntangible = count('to', 'intangible');
    return {
      roleId: role.id,
      name: role.name,
      side: role.side,
      givenTangible,
      givenIntangible,
      receivedTangible,
      receivedIntangible,
      balance: degree[role.id].out - degree[role.id].in,
      betweenness: between[role.id]
    };
  });

  const average = roles.length === 0 ? 0 : (2 * placed.transactions.length) / roles.length;
  const findings: Finding[] = [];
  for (const r of roles) if (degree[r.roleId].total === 0) findings.push({ kind: 'isolated', roleId: r.roleId });
  for (const r of roles) {
    const total = degree[r.roleId].total;
    if (average > 0 && total > factor * average) findings.push({ kind: 'overburdened', roleId: r.roleId, transactions: total, average });
  }
  for (const r of roles) {
    const { in: received, out: given } = degree[r.roleId];
    if (given > 0 && received === 0) findings.push({ kind: 'one-way', roleId: r.roleId, direction: 'gives-only' });
    if (received > 0 && given === 0) findings.push({ kind: 'one-way', roleId: r.roleId, direction: 'receives-only' });
  }
  const broker = roles.reduce<RoleExchange | undefined>((best, r) => (r.betweenness > (best?.betweenness ?? 0) ? r : best), undefined);
  if (broker) findings.push({ kind: 'broker', roleId: broker.roleId, betweenness: broker.betweenness });
  const overall = placed.transactions.length === 0 ? 0 : reciprocity(graph);
  if (placed.transactions.length > 0 && overall < 0.5) findings.push({ kind: 'low-reciprocity', reciprocity: overall });
  return { roles, reciprocity: overall, findings };
}

// Metrics refuse duplicate node ids; validation reports them, the analysis uses the first.
function uniqueRoles(blueprint: Blueprint): Blueprint['roles'] {
  const seen = new Set<string>();
  return blueprint.roles.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
