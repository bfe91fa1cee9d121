import type { Blueprint, Opportunity } from '../../model';
import { funnelAnalysis, type StageFunnel, type StuckDeal } from './funnelAnalysis';

export interface SellerFunnelOptions {
  /** Epoch ms. */
  readonly now: number;
  /** The benchmark: conversion per stage id (share in [0, 1]), e.g. the best sellers'. */
  readonly idealConversion?: ReadonlyMap<string, number>;
  /** Quota (currency units of open pipeline wanted) per owner, keys compared ignoring case; optional. */
  readonly quota?: ReadonlyMap<string, number>;
  /** A deal is stuck when its days in the current stage exceed k × the team's median for that stage; default 1. */
  readonly stuckFactor?: number;
}

export interface SellerFunnel {
  /** Owner login as stored on the deals (first spelling seen). */
  readonly owner: string;
  /** The team of the seller's most recent deal that names one. */
  readonly team: string | undefined;
  readonly openDeals: number;
  readonly closedDeals: number;
  readonly won: number;
  /** won / closed; `undefined` without a closed deal. */
  readonly winRate: number | undefined;
  /** The seller's stage rows against the benchmark (conversion, gap, median days of her finished stays). */
  readonly stages: readonly StageFunnel[];
  /** Stage with the most negative gap to the benchmark. */
  readonly biggestLeak: string | undefined;
  /** Her open deals in their current stage for longer than k × the team's median stay there, longest (relative) first. */
  readonly stuck: readonly StuckDeal[];
  /** Sum of her open deals' amounts. */
  readonly openPipeline: number;
  readonly quota: number | undefined;
  /** openPipeline / quota; `undefined` without a quota. */
  readonly coverage: number | undefined;
}

/**
 * Funnel health per seller, for a manager's coaching: each seller's stage conversion and velocity
 * against a benchmark, her stuck deals and her pipeline coverage. Stuck is measured against the
 * whole team's median stay in the stage (a seller whose every deal is slow is not "normal" by her
 * own median), with `stuckFactor` 1 by default: over the median is worth a look, not yet an alarm.
 *
 * Owners are grouped ignoring case. Sellers in order of open pipeline (largest first), then owner.
 */
export function sellerFunnels(opportunities: readonly Opportunity[], blueprint: Blueprint, options: SellerFunnelOptions): SellerFunnel[] {
  const k = options.stuckFactor ?? 1;
  const team = funnelAnalysis(opportunities, blueprint, { now: options.now, stuckFactor: k });
  const quota = new Map([...(options.quota ?? new Map<string, number>())].map(([owner, q]) => [owner.toLowerCase(), q]));
  const bySeller = new Map<string, Opportunity[]>();
  for (const o of opportunities) {
    const key = o.owner.toLowerCase();
    const list = bySeller.get(key);
    if (list) list.push(o);
    else bySeller.set(key, [o]);
  }
  const result: SellerFunnel[] = [];
  bySeller.forEach((deals, key) => {
    const own = funnelAnalysis(deals, blueprint, { now: options.now, idealConversion: options.idealConversion });
    const ids = new Set(deals.map((d) => d.id));
    const closed = deals.filter((d) => d.status !== 'open');
    const won = closed.filter((d) => d.status === 'won').length;
    const latestTeam = [...deals].filter((d) => d.team !== undefined).sort((a, b) => b.createdAt - a.createdAt)[0]?.team;
    const q = quota.get(key);
    result.push({
      owner: deals[0].owner,
      team: latestTeam,
      openDeals: deals.length - closed.length,
      closedDeals: closed.length,
      won,
      winRate: closed.length === 0 ? undefined : won / closed.length,
      stages: own.stages,
      biggestLeak: own.biggestLeak,
      stuck: team.stuck.filter((s) => ids.has(s.opportunityId)),
      openPipeline: own.openPipeline,
      quota: q,
      coverage: q === undefined || q <= 0 ? undefined : own.openPipeline / q
    });
  });
  return result.sort((a, b) => b.openPipeline - a.openPipeline || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
}
