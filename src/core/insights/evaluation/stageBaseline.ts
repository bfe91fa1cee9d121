import type { Blueprint, Opportunity } from '../../model';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { stageEntrySnapshots } from '../behaviour/stageEntrySnapshots';

/** Historical win rate by furthest stage reached. Plain data. */
export interface StageBaseline {
  /** `[stage order, won, closed]`, ascending by order. */
  readonly byStage: readonly (readonly [number, number, number])[];
  /** Win rate over all history, used for stages no historical deal reached. */
  readonly overall: number;
}

/** Highest blueprint stage order a deal entered at or before `asOf`; 0 when none. */
export function furthestStageOrder(opportunity: Opportunity, blueprint: Blueprint, asOf: number): number {
  const order = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  let furthest = 0;
  for (const entry of opportunity.stageHistory) if (entry.enteredAt <= asOf) furthest = Math.max(furthest, order.get(entry.stageId) ?? 0);
  return furthest;
}

/**
 * The baseline a behaviour score must beat: for each furthest stage reached, the win rate of the
 * closed history deals that reached exactly that furthest stage (no-decision counts as lost).
 */
export function learnStageBaseline(history: readonly Opportunity[], blueprint: Blueprint): StageBaseline {
  const counts = new Map<number, [number, number]>();
  let won = 0;
  let closed = 0;
  for (const opportunity of history) {
    const outcome = outcomeOf(opportunity);
    const at = closeTimeOf(opportunity);
    if (outcome === undefined || at === undefined) continue;
    const stage = furthestStageOrder(opportunity, blueprint, at);
    const c = counts.get(stage) ?? [0, 0];
    counts.set(stage, [c[0] + (outcome === 'won' ? 1 : 0), c[1] + 1]);
    won += outcome === 'won' ? 1 : 0;
    closed++;
  }
  return {
    byStage: [...counts].sort((x, y) => x[0] - y[0]).map(([order, [w, n]]) => [order, w, n] as const),
    overall: closed === 0 ? 0.5 : won / closed
  };
}

/**
 * The honest baseline a behaviour score must beat at a stage entry: for each stage, the win rate
 * of the closed history deals that ENTERED it before closing (no-decision counts as lost). Unlike
 * {@link learnStageBaseline}, which groups deals by where they ended (and so knows that lost deals
 * stop early), this uses only what is known at the entry: that the deal got this far.
 * `byStage` holds `[stage order, won, entered]`; `overall` is the win rate of all history deals.
 */
export function learnStageEntryBaseline(history: readonly Opportunity[], blueprint: Blueprint): StageBaseline {
  const counts = new Map<number, [number, number]>();
  let won = 0;
  let closed = 0;
  for (const opportunity of history) {
    const outcome = outcomeOf(opportunity);
    const at = closeTimeOf(opportunity);
    if (outcome === undefined || at === undefined) continue;
    for (const snapshot of stageEntrySnapshots(opportunity, blueprint, at)) {
      const c = counts.get(snapshot.order) ?? [0, 0];
      counts.set(snapshot.order, [c[0] + (outcome === 'won' ? 1 : 0), c[1] + 1]);
    }
    won += outcome === 'won' ? 1 : 0;
    closed++;
  }
  return {
    byStage: [...counts].sort((x, y) => x[0] - y[0]).map(([order, [w, n]]) => [order, w, n] as const),
    overall: closed === 0 ? 0.5 : won / closed
  };
}

/** Baseline probability for a deal whose furthest stage has this order (overall rate when unseen). */
export function stageBaselineProbability(baseline: StageBaseline, stageOrder: number): number {
  const row = baseline.byStage.find(([order]) => order === stageOrder);
  return row === undefined ? baseline.overall : row[1] / row[2];
}
