import type { Blueprint, Opportunity } from '../../model';

/** A moment a deal is scored at: its first entry into one blueprint stage. */
export interface StageEntrySnapshot {
  readonly stageId: string;
  /** Blueprint order of the stage (1-based). */
  readonly order: number;
  /** Epoch ms of the first entry into the stage. */
  readonly at: number;
}

/**
 * The first entry into each blueprint stage a deal reached strictly before `before` (epoch ms),
 * in time order (ties: stage order). These are the points at which an honest evaluation and an
 * honest training set read a deal: at each of them the outcome was not yet known. An entry at or
 * after `before` (pass the close time) is left out, because a stage entered at the moment of closing
 * is part of the outcome, not a step towards it. Re-entries after leaving a stage and entries into
 * stages the blueprint does not define are ignored.
 */
export function stageEntrySnapshots(opportunity: Opportunity, blueprint: Blueprint, before: number): StageEntrySnapshot[] {
  const order = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const first = new Map<string, number>();
  for (const entry of opportunity.stageHistory) {
    if (!order.has(entry.stageId) || entry.enteredAt >= before) continue;
    const seen = first.get(entry.stageId);
    if (seen === undefined || entry.enteredAt < seen) first.set(entry.stageId, entry.enteredAt);
  }
  return [...first]
    .map(([stageId, at]) => ({ stageId, order: order.get(stageId) ?? 0, at }))
    .sort((x, y) => x.at - y.at || x.order - y.order);
}
