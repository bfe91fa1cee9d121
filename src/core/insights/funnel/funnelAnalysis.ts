import type { Blueprint, Opportunity } from '../../model';
import { DAY_MS, outcomeOf } from '../behaviour/outcome';
import { furthestStageOrder } from '../evaluation/stageBaseline';
import { median } from '../statistics/median';
import { stageDurations } from './stageDurations';

export interface FunnelOptions {
  /** Epoch ms. */
  readonly now: number;
  /** A deal is stuck when its days in the current stage exceed k × the stage median; default 2. */
  readonly stuckFactor?: number;
  /** Ideal conversion per stage id (share in [0, 1] moving on from that stage); enables the shape comparison. */
  readonly idealConversion?: ReadonlyMap<string, number>;
  /** Pipeline target (currency units) for coverage. */
  readonly target?: number;
}

export interface StageFunnel {
  readonly stageId: string;
  /** Deals whose furthest stage is at or beyond this one. */
  readonly reached: number;
  /** Reached and then moved on (to a later stage, or won from the last stage). */
  readonly converted: number;
  /** Reached and decided here: moved on, or closed with this as the furthest stage. Open deals still here are excluded. */
  readonly decided: number;
  /** converted / decided; `undefined` when nothing was decided. */
  readonly conversion: number | undefined;
  readonly medianDays: number | undefined;
  readonly idealConversion: number | undefined;
  /** conversion - ideal; negative is a leak. */
  readonly gap: number | undefined;
}

export interface StuckDeal {
  readonly opportunityId: string;
  readonly stageId: string;
  readonly daysInStage: number;
  readonly medianDays: number;
}

export interface FunnelReport {
  readonly stages: readonly StageFunnel[];
  /** Stage with the most negative gap to the ideal, when an ideal was given and one is below it. */
  readonly biggestLeak: string | undefined;
  readonly stuck: readonly StuckDeal[];
  /** Sum of open deals' amounts. */
  readonly openPipeline: number;
  /** openPipeline / target; `undefined` without a target. */
  readonly pipelineCoverage: number | undefined;
}

/**
 * Funnel shape, velocity, stuck deals and pipeline coverage, all as of `now`. A deal counts as
 * having reached every stage up to its furthest one (skipped stages included). Conversion of a stage
 * is measured among deals decided there, so open deals still in the stage do not depress it; the
 * last stage converts when the deal was won. Velocity is the median finished stay in days
 * (stageDurations). Stuck: open deals in their current stage for more than `stuckFactor` × median.
 */
export function funnelAnalysis(opportunities: readonly Opportunity[], blueprint: Blueprint, options: FunnelOptions): FunnelReport {
  const stages = [...blueprint.stages].sort((x, y) => x.order - y.order);
  const durations = stageDurations(opportunities, options.now);
  const k = options.stuckFactor ?? 2;
  const furthest = opportunities.map((o) => ({ o, order: furthestStageOrder(o, blueprint, options.now), outcome: outcomeOf(o) }));
  const rows: StageFunnel[] = stages.map((stage, index) => {
    const last = index === stages.length - 1;
    const reached = furthest.filter((f) => f.order >= stage.order);
    const converted = reached.filter((f) => (last ? f.outcome === 'won' : f.order > stage.order)).length;
    const decided = reached.filter((f) => f.order > stage.order || f.outcome !== undefined).length;
    const ideal = options.idealConversion?.get(stage.id);
    const conversion = decided === 0 ? undefined : converted / decided;
    return {
      stageId: stage.id,
      reached: reached.length,
      converted,
      decided,
      conversion,
      medianDays: median(durations.get(stage.id) ?? []),
      idealConversion: ideal,
      gap: ideal === undefined || conversion === undefined ? undefined : conversion - ideal
    };
  });
  let biggestLeak: string | undefined;
  let worst = 0;
  for (const row of rows) {
    if (row.gap !== undefined && row.gap < worst) {
      worst = row.gap;
      biggestLeak = row.stageId;
    }
  }
  const stuck: StuckDeal[] = [];
  let openPipeline = 0;
  for (const o of opportunities) {
    if (o.status !== 'open') continue;
    openPipeline += o.amount;
    const entries = o.stageHistory.filter((e) => e.enteredAt <= options.now);
    if (entries.length === 0) continue;
    const current = entries.reduce((a, b) => (b.enteredAt >= a.enteredAt ? b : a));
    const medianDays = rows.find((r) => r.stageId === current.stageId)?.medianDays;
    const daysInStage = (options.now - current.enteredAt) / DAY_MS;
    if (medianDays !== undefined && daysInStage > k * medianDays) stuck.push({ opportunityId: o.id, stageId: current.stageId, daysInStage, medianDays });
  }
  stuck.sort((x, y) => y.daysInStage / y.medianDays - x.daysInStage / x.medianDays);
  return {
    stages: rows,
    biggestLeak,
    stuck,
    openPipeline,
    pipelineCoverage: options.target === undefined || options.target <= 0 ? undefined : openPipeline / options.target
  };
}
