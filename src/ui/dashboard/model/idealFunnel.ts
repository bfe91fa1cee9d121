import { funnelAnalysis } from '../../../core/insights';
import type { Blueprint, Opportunity } from '../../../core/model';

export interface BestSellerIdealOptions {
  /** Epoch ms. */
  readonly now: number;
  /** Sellers need at least this many closed deals to be ranked; default 5. */
  readonly minClosed?: number;
  /** Share of ranked sellers taken as "best", rounded up; default 0.25. */
  readonly topShare?: number;
  /**
   * The seller being compared (owner login, any case): never part of the benchmark, so nobody is
   * compared with herself. A seller's personal app passes the viewer.
   */
  readonly exclude?: string;
}

export interface BestSellerIdeal {
  /** Stage id -> conversion of the best sellers' deals in that stage (only stages where they decided deals). */
  readonly conversion: ReadonlyMap<string, number>;
  /** The sellers it was learnt from, best first. */
  readonly sellers: readonly string[];
  /** Closed deals of those sellers: the sample the ideal was learnt from. */
  readonly closedDeals: number;
  /** The rule's parameters, for the caption. */
  readonly minClosed: number;
  readonly topShare: number;
  /** Sellers with at least `minClosed` closed deals (the excluded seller left out). */
  readonly rankedSellers: number;
}

/**
 * The ideal funnel shape: the stage conversion of the best sellers (highest win rate among sellers
 * with at least `minClosed` closed deals; ties by more wins, then name). The product's premise is
 * to repeat what the best sellers do, so their funnel is the shape to compare against.
 *
 * Edge cases: no seller with enough closed deals gives an empty ideal (the funnel shows no gap); the
 * `exclude`d seller is never ranked, even when she has the best win rate.
 */
export function bestSellerIdeal(opportunities: readonly Opportunity[], blueprint: Blueprint, options: BestSellerIdealOptions): BestSellerIdeal {
  const minClosed = options.minClosed ?? 5;
  const topShare = options.topShare ?? 0.25;
  const excluded = options.exclude?.toLowerCase();
  const bySeller = new Map<string, { won: number; closed: number }>();
  for (const o of opportunities) {
    if (o.status === 'open' || (excluded !== undefined && o.owner.toLowerCase() === excluded)) continue;
    const tally = bySeller.get(o.owner) ?? { won: 0, closed: 0 };
    bySeller.set(o.owner, { won: tally.won + (o.status === 'won' ? 1 : 0), closed: tally.closed + 1 });
  }
  const ranked = [...bySeller.entries()]
    .filter(([, t]) => t.closed >= minClosed)
    .sort(([a, x], [b, y]) => y.won / y.closed - x.won / x.closed || y.won - x.won || (a < b ? -1 : a > b ? 1 : 0));
  const sellers = ranked.slice(0, Math.ceil(ranked.length * topShare)).map(([name]) => name);
  const closedDeals = sellers.reduce((sum, name) => sum + (bySeller.get(name)?.closed ?? 0), 0);
  const rule = { minClosed, topShare, rankedSellers: ranked.length };
  if (sellers.length === 0) return { conversion: new Map(), sellers: [], closedDeals: 0, ...rule };
  const best = new Set(sellers);
  const report = funnelAnalysis(opportunities.filter((o) => best.has(o.owner)), blueprint, { now: options.now });
  const conversion = new Map<string, number>();
  for (const stage of report.stages) if (stage.conversion !== undefined) conversion.set(stage.stageId, stage.conversion);
  return { conversion, sellers, closedDeals, ...rule };
}
