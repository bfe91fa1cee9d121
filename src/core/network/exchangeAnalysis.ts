/**
 * Exchange analysis (Verna Allee): what each role gives and receives, tangible and intangible, and
 * the structural patterns that follow (reciprocity, one-way roles, isolated and overburdened roles).
 */
import type { ExchangeKind, ValueNetwork } from './valueNetwork';

export interface RoleExchangeProfile {
  readonly role: string;
  readonly tangibleIn: number;
  readonly tangibleOut: number;
  readonly intangibleIn: number;
  readonly intangibleOut: number;
  /** Observed exchanges that match no blueprint transaction. */
  readonly unknownIn: number;
  readonly unknownOut: number;
  /** All received, of every kind. */
  readonly inputs: number;
  /** All given, of every kind. */
  readonly outputs: number;
  /** outputs - inputs: positive for a role that gives more than it receives. */
  readonly balance: number;
  /** outputs / inputs; undefined when the role receives nothing (the ratio would be infinite). */
  readonly ratio: number | undefined;
  /** inputs + outputs: the load the role carries. */
  readonly load: number;
}

export interface ExchangeAnalysis {
  /** One profile per role, in the network's role order. */
  readonly roles: readonly RoleExchangeProfile[];
  /** Unordered pairs of roles with exchanges in both directions, each as [first, second] in role order. */
  readonly reciprocalPairs: readonly (readonly [string, string])[];
  /** Roles that give but receive nothing. */
  readonly onlyGive: readonly string[];
  /** Roles that receive but give nothing. */
  readonly onlyReceive: readonly string[];
  /** Roles with no exchange with another role. */
  readonly isolated: readonly string[];
  /** Roles whose load is an outlier: see {@link isOverburdened}. */
  readonly overburdened: readonly string[];
}

/**
 * Profiles every role of the network. Exchanges count with their `count` (a blueprint transaction is
 * 1, an observed exchange the number of interactions). An exchange from a role to itself is not an
 * exchange between roles and is left out of every figure.
 */
export function analyseExchanges(network: ValueNetwork): ExchangeAnalysis {
  const tally = new Map<string, Record<`${ExchangeKind}${'In' | 'Out'}`, number>>();
  for (const role of network.roles) {
    tally.set(role, { tangibleIn: 0, tangibleOut: 0, intangibleIn: 0, intangibleOut: 0, unknownIn: 0, unknownOut: 0 });
  }
  const directed = new Set<string>();
  for (const e of network.exchanges) {
    if (e.source === e.target) continue;
    const from = tally.get(e.source);
    const to = tally.get(e.target);
    if (from) from[`${e.kind}Out`] += e.count;
    if (to) to[`${e.kind}In`] += e.count;
    if (e.count > 0) directed.add(`${e.source}\u0000${e.target}`);
  }
  const roles = network.roles.map((role): RoleExchangeProfile => {
    const t = tally.get(role) as Record<`${ExchangeKind}${'In' | 'Out'}`, number>;
    const inputs = t.tangibleIn + t.intangibleIn + t.unknownIn;
    const outputs = t.tangibleOut + t.intangibleOut + t.unknownOut;
    return { role, ...t, inputs, outputs, balance: outputs - inputs, ratio: inputs === 0 ? undefined : outputs / inputs, load: inputs + outputs };
  });
  const loads = roles.map((r) => r.load);
  const reciprocalPairs: [string, string][] = [];
  network.roles.forEach((a, i) => {
    for (const b of network.roles.slice(i + 1)) {
      if (directed.has(`${a}\u0000${b}`) && directed.has(`${b}\u0000${a}`)) reciprocalPairs.push([a, b]);
    }
  });
  return {
    roles,
    reciprocalPairs,
    onlyGive: roles.filter((r) => r.outputs > 0 && r.inputs === 0).map((r) => r.role),
    onlyReceive: roles.filter((r) => r.inputs > 0 && r.outputs === 0).map((r) => r.role),
    isolated: roles.filter((r) => r.load === 0).map((r) => r.role),
    overburdened: roles.filter((r) => isOverburdened(r.load, loads)).map((r) => r.role)
  };
}

/**
 * The overburden rule: a load is an outlier when it exceeds BOTH the mean plus one (population)
 * standard deviation AND twice the median of all roles' loads. The first test alone flags someone in
 * almost every uneven network; the median test keeps a role that is merely busier than a few idle
 * roles from being flagged, and is robust to the outlier itself pulling the mean up.
 * An empty list of loads flags nothing.
 */
export function isOverburdened(load: number, loads: readonly number[]): boolean {
  if (loads.length === 0) return false;
  const mean = loads.reduce((sum, x) => sum + x, 0) / loads.length;
  const sd = Math.sqrt(loads.reduce((sum, x) => sum + (x - mean) * (x - mean), 0) / loads.length);
  const sorted = [...loads].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return load > mean + sd && load > 2 * median;
}
