import type { Opportunity } from '../../model';
import { closeTimeOf, DAY_MS } from '../behaviour/outcome';
import { median } from '../statistics/median';

/**
 * Completed stay in each stage, in days, by stage id. A stay ends when the deal enters its next
 * stage, or when it closes (for the last stage of a closed deal). The current stage of an open
 * deal is still running (censored) and is left out, so medians describe finished stays only.
 * Entries after `now` are ignored.
 */
export function stageDurations(opportunities: readonly Opportunity[], now: number): ReadonlyMap<string, readonly number[]> {
  const durations = new Map<string, number[]>();
  const add = (stageId: string, days: number): void => {
    const list = durations.get(stageId);
    if (list) list.push(days);
    else durations.set(stageId, [days]);
  };
  for (const opportunity of opportunities) {
    const entries = opportunity.stageHistory.filter((e) => e.enteredAt <= now).slice().sort((x, y) => x.enteredAt - y.enteredAt);
    const closedAt = closeTimeOf(opportunity);
    entries.forEach((entry, i) => {
      const next = entries[i + 1];
      if (next) add(entry.stageId, (next.enteredAt - entry.enteredAt) / DAY_MS);
      else if (closedAt !== undefined && closedAt <= now) add(entry.stageId, Math.max(0, closedAt - entry.enteredAt) / DAY_MS);
    });
  }
  return durations;
}

/** Median completed stay per stage, in days, as sorted `[stageId, days]` pairs (plain, serialisable). */
export function stageMedianDays(opportunities: readonly Opportunity[], now: number): [string, number][] {
  const result: [string, number][] = [];
  stageDurations(opportunities, now).forEach((days, stageId) => {
    const m = median(days);
    if (m !== undefined) result.push([stageId, m]);
  });
  return result.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
