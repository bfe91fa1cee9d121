import { median } from '../statistics/median';

/** A past pursuit, summarised for bid decisions. */
export interface PastPursuit {
  readonly segment: string;
  readonly amount: number;
  readonly won: boolean;
  /** Share of blueprint exchanges done, in [0, 1]. */
  readonly exchangeCoverage: number;
  /** Share of blueprint roles involved, in [0, 1]. */
  readonly roleCoverage: number;
}

export interface BidCandidate {
  readonly segment: string;
  /** Deal value, currency units. */
  readonly value: number;
  /** Win probability in [0, 1], e.g. from scoreOpportunity. */
  readonly probability: number;
  /** Cost of pursuing, currency units. */
  readonly pursuitCost: number;
  /** Coverage the pursuit plan (or the deal so far) reaches: shares of blueprint exchanges and roles. */
  readonly plannedExchangeCoverage?: number;
  readonly plannedRoleCoverage?: number;
}

export interface BidOptions {
  /** Upper edges of size bands, ascending; default [10k, 100k, 1M] (four bands). */
  readonly sizeBands?: readonly number[];
  /** Won similar pursuits needed to trust their coverage, default 5. */
  readonly minSimilarWins?: number;
}

export interface BidRecommendation {
  readonly decision: 'bid' | 'no-bid' | 'bid-with-conditions';
  /** P(win) × value − pursuit cost. */
  readonly expectedValue: number;
  readonly similarPursuits: number;
  readonly similarWins: number;
  /** Median coverage the similar WON pursuits achieved; `undefined` without any. */
  readonly requiredExchangeCoverage: number | undefined;
  readonly requiredRoleCoverage: number | undefined;
  readonly reasons: readonly string[];
}

/** Index of the size band an amount falls in (band i holds amounts below sizeBands[i]). */
export function sizeBand(amount: number, sizeBands: readonly number[]): number {
  const i = sizeBands.findIndex((edge) => amount < edge);
  return i < 0 ? sizeBands.length : i;
}

/**
 * Bid / no-bid: expected value = P(win) × value − pursuit cost. Similar past pursuits are those in
 * the same segment and the same size band; the median exchange and role coverage their WINS reached
 * is what this pursuit must be staffed to reach.
 * - no-bid when the expected value is ≤ 0;
 * - bid-with-conditions when it is positive but fewer than `minSimilarWins` similar wins exist
 *   (the condition: review the pursuit plan by hand), or when the planned coverage is unknown or
 *   below the coverage similar wins reached (the condition: staff the pursuit to reach it);
 * - bid when it is positive and the planned coverage meets both bars.
 */
export function recommendBid(candidate: BidCandidate, history: readonly PastPursuit[], options: BidOptions = {}): BidRecommendation {
  const bands = options.sizeBands ?? [10_000, 100_000, 1_000_000];
  const band = sizeBand(candidate.value, bands);
  const similar = history.filter((p) => p.segment === candidate.segment && sizeBand(p.amount, bands) === band);
  const wins = similar.filter((p) => p.won);
  const expectedValue = candidate.probability * candidate.value - candidate.pursuitCost;
  const exchangeBar = median(wins.map((p) => p.exchangeCoverage));
  const roleBar = median(wins.map((p) => p.roleCoverage));
  const pct = (x: number): string => `${Math.round(100 * x)}%`;
  const reasons = [
    `Expected value ${Math.round(expectedValue)} = ${pct(candidate.probability)} × ${Math.round(candidate.value)} − ${Math.round(candidate.pursuitCost)}.`,
    `${similar.length} similar pursuits (segment ${candidate.segment}, same size band), ${wins.length} won.`
  ];
  let decision: BidRecommendation['decision'];
  if (expectedValue <= 0) {
    decision = 'no-bid';
    reasons.push('The pursuit costs more than it is expected to return.');
  } else if (wins.length < (options.minSimilarWins ?? 5)) {
    decision = 'bid-with-conditions';
    reasons.push(`Too few similar wins (${wins.length}) to know what it takes: review the pursuit plan before committing.`);
  } else if (
    exchangeBar !== undefined &&
    roleBar !== undefined &&
    !((candidate.plannedExchangeCoverage ?? -1) >= exchangeBar && (candidate.plannedRoleCoverage ?? -1) >= roleBar)
  ) {
    decision = 'bid-with-conditions';
    reasons.push(`Similar wins reached ${pct(exchangeBar)} of blueprint exchanges and involved ${pct(roleBar)} of roles: staff the pursuit to match.`);
  } else {
    decision = 'bid';
    reasons.push('The plan reaches the coverage similar wins reached.');
  }
  return { decision, expectedValue, similarPursuits: similar.length, similarWins: wins.length, requiredExchangeCoverage: exchangeBar, requiredRoleCoverage: roleBar, reasons };
}
