/**
 * Bid / no-bid as a use case: the site's closed deals summarised as past pursuits (team as the
 * segment, coverage of the blueprint's exchanges and roles), and advice for an open deal (its stored
 * score) or for a pursuit not yet in the system (a form: account, amount, stage path, pursuit cost).
 */
import { recommendBid, sizeBand, type BidRecommendation, type PastPursuit, closeTimeOf } from '../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import { readClosedHistory } from '../insights/closedHistory';
import { NoPublishedBlueprintError } from '../insights/errors';
import type { DataStores } from '../ports';

/** Upper edges of the size bands (currency units): below 10k, 10k-100k, 100k-1M, 1M and more. */
export const BID_SIZE_BANDS: readonly number[] = [10_000, 100_000, 1_000_000];
/** Won similar pursuits the coverage bars need before they are trusted. */
export const MIN_SIMILAR_WINS = 5;
/** Similar pursuits their win rate needs before it stands for the pursuit's probability. */
export const MIN_SIMILAR_FOR_RATE = 10;
/** The segment of deals without a team. */
export const NO_TEAM = '';

/** Where the win probability comes from, from most to least specific. */
export type ProbabilitySource = 'deal-score' | 'similar-win-rate' | 'team-win-rate' | 'site-win-rate' | 'none';

export interface PursuitInput {
  /** Team (the segment similar pursuits share); empty for none. */
  readonly team: string;
  readonly account: string;
  readonly amount: number;
  readonly pursuitCost: number;
  /** Stage ids the pursuit is expected to go through (new pursuits); coverage planned from their exchanges. */
  readonly stagePath?: readonly string[];
}

export interface BidAdvice extends BidRecommendation {
  readonly probability: number;
  readonly probabilitySource: ProbabilitySource;
  /** Closed deals the probability rests on (the deal's own score: the model's training deals, not counted here). */
  readonly probabilityBasis: number;
  /** Share of exchanges and roles the plan (or the deal so far) reaches. */
  readonly plannedExchangeCoverage: number;
  readonly plannedRoleCoverage: number;
  /** Index of the pursuit's size band in {@link BID_SIZE_BANDS}. */
  readonly sizeBand: number;
  /** True when fewer than {@link MIN_SIMILAR_WINS} similar wins exist: the advice rests on little. */
  readonly thin: boolean;
  /** Closed deals known in all. */
  readonly pastPursuits: number;
}

/** Shares of the blueprint's exchanges done and roles involved in `interactions` (ids outside the blueprint ignored). */
export function blueprintCoverage(interactions: readonly Interaction[], blueprint: Blueprint): { exchanges: number; roles: number } {
  const transactions = new Set(blueprint.transactions.map((t) => t.id));
  const roles = new Set(blueprint.roles.map((r) => r.id));
  const done = new Set<string>();
  const involved = new Set<string>();
  for (const i of interactions) {
    const id = i.transactionId ?? i.activity;
    if (transactions.has(id)) done.add(id);
    if (i.fromRole !== undefined && roles.has(i.fromRole)) involved.add(i.fromRole);
    if (i.toRole !== undefined && roles.has(i.toRole)) involved.add(i.toRole);
  }
  return { exchanges: transactions.size === 0 ? 0 : done.size / transactions.size, roles: roles.size === 0 ? 0 : involved.size / roles.size };
}

/** Shares of exchanges and roles a pursuit reaches when it does every exchange of the stages on `stagePath`. */
export function plannedCoverage(stagePath: readonly string[], blueprint: Blueprint): { exchanges: number; roles: number } {
  const stages = new Set(stagePath);
  const planned = blueprint.transactions.filter((t) => stages.has(t.stage));
  const roles = new Set(planned.flatMap((t) => [t.from, t.to]));
  return {
    exchanges: blueprint.transactions.length === 0 ? 0 : planned.length / blueprint.transactions.length,
    roles: blueprint.roles.length === 0 ? 0 : blueprint.roles.filter((r) => roles.has(r.id)).length / blueprint.roles.length
  };
}

/**
 * The closed deals (closed by `now`) as past pursuits: team as segment, the blueprint coverage their
 * interactions up to the close reached. No-decision counts as lost. Pure.
 */
export function pastPursuits(opportunities: readonly Opportunity[], interactions: readonly Interaction[], blueprint: Blueprint, now: number): PastPursuit[] {
  const byDeal = new Map<string, Interaction[]>();
  for (const i of interactions) {
    const list = byDeal.get(i.opportunityId);
    if (list) list.push(i);
    else byDeal.set(i.opportunityId, [i]);
  }
  return opportunities.flatMap((o) => {
    const closedAt = closeTimeOf(o);
    if (o.status === 'open' || closedAt === undefined || closedAt > now) return [];
    const coverage = blueprintCoverage((byDeal.get(o.id) ?? []).filter((i) => i.timestamp <= closedAt), blueprint);
    return [{ segment: o.team ?? NO_TEAM, amount: o.amount, won: o.status === 'won', exchangeCoverage: coverage.exchanges, roleCoverage: coverage.roles }];
  });
}

function winRate(pursuits: readonly PastPursuit[]): number {
  return pursuits.length === 0 ? 0 : pursuits.filter((p) => p.won).length / pursuits.length;
}

/**
 * The probability a pursuit rests on when it has no score of its own: the win rate of similar pursuits
 * (same team, same size band) when at least {@link MIN_SIMILAR_FOR_RATE} exist, else of the team's,
 * else of every closed deal; `none` without any closed deal.
 */
export function historicalProbability(team: string, amount: number, history: readonly PastPursuit[]): { probability: number; source: ProbabilitySource; basis: number } {
  const band = sizeBand(amount, BID_SIZE_BANDS);
  const similar = history.filter((p) => p.segment === team && sizeBand(p.amount, BID_SIZE_BANDS) === band);
  if (similar.length >= MIN_SIMILAR_FOR_RATE) return { probability: winRate(similar), source: 'similar-win-rate', basis: similar.length };
  const sameTeam = history.filter((p) => p.segment === team);
  if (sameTeam.length >= MIN_SIMILAR_FOR_RATE) return { probability: winRate(sameTeam), source: 'team-win-rate', basis: sameTeam.length };
  if (history.length > 0) return { probability: winRate(history), source: 'site-win-rate', basis: history.length };
  return { probability: 0, source: 'none', basis: 0 };
}

function advise(
  input: { team: string; amount: number; pursuitCost: number },
  probability: { probability: number; source: ProbabilitySource; basis: number },
  coverage: { exchanges: number; roles: number },
  history: readonly PastPursuit[]
): BidAdvice {
  const recommendation = recommendBid(
    { segment: input.team, value: input.amount, probability: probability.probability, pursuitCost: input.pursuitCost, plannedExchangeCoverage: coverage.exchanges, plannedRoleCoverage: coverage.roles },
    history,
    { sizeBands: BID_SIZE_BANDS, minSimilarWins: MIN_SIMILAR_WINS }
  );
  return {
    ...recommendation,
    probability: probability.probability,
    probabilitySource: probability.source,
    probabilityBasis: probability.basis,
    plannedExchangeCoverage: coverage.exchanges,
    plannedRoleCoverage: coverage.roles,
    sizeBand: sizeBand(input.amount, BID_SIZE_BANDS),
    thin: recommendation.similarWins < MIN_SIMILAR_WINS,
    pastPursuits: history.length
  };
}

/** Advice for a pursuit not yet in the system: probability from history, coverage from its stage path. Pure. */
export function advisePursuit(input: PursuitInput, history: readonly PastPursuit[], blueprint: Blueprint): BidAdvice {
  return advise(input, historicalProbability(input.team, input.amount, history), plannedCoverage(input.stagePath ?? blueprint.stages.map((s) => s.id), blueprint), history);
}

/**
 * Advice for an open deal: its score (the stored snapshot's, or one the caller computed) when it has
 * one, else the historical win rate, and the coverage its interactions reached so far. Pure.
 */
export function adviseOpenDeal(
  opportunity: Opportunity,
  score: number | undefined,
  interactions: readonly Interaction[],
  pursuitCost: number,
  history: readonly PastPursuit[],
  blueprint: Blueprint
): BidAdvice {
  const team = opportunity.team ?? NO_TEAM;
  const probability = score !== undefined ? { probability: score, source: 'deal-score' as const, basis: 0 } : historicalProbability(team, opportunity.amount, history);
  return advise({ team, amount: opportunity.amount, pursuitCost }, probability, blueprintCoverage(interactions, blueprint), history);
}

/** What bid advice on a site rests on: the live blueprint and the closed deals as past pursuits. */
export interface BidHistory {
  readonly blueprint: Blueprint;
  readonly pursuits: readonly PastPursuit[];
}

/**
 * Reads the live blueprint and the site's closed deals with their interactions (paged, indexed reads)
 * and summarises them as past pursuits; read once per page, then every advice is pure.
 * @throws NoPublishedBlueprintError when nothing is published
 */
export async function loadBidHistory(stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions'>, now: number): Promise<BidHistory> {
  const live = await stores.blueprints.getPublished();
  if (!live) throw new NoPublishedBlueprintError();
  const history = await readClosedHistory(stores);
  return { blueprint: live.blueprint, pursuits: pastPursuits(history.opportunities, history.interactions, live.blueprint, now) };
}
