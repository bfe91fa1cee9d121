import type { Blueprint } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';
import { meetsSeverity, type DeviationSeverity } from './thresholds';

/** Rows of the heatmap: one per seller (opportunity owner) or per team. */
export type HeatmapGrouping = 'owner' | 'team';

export interface DeviationHeatmap {
  /** Blueprint stage ids in stage order: the columns. */
  readonly stageIds: readonly string[];
  /** Owners or teams, sorted by total deviations (most first), then by name. */
  readonly rows: readonly string[];
  /** `cells[row][column]`: deviations of that group in that stage. */
  readonly cells: readonly (readonly number[])[];
  /** Largest cell value (0 when empty): the top of the colour scale. */
  readonly max: number;
}

/** Label of a record without a team. */
export const NO_TEAM: string = '—';

/**
 * Counts the open opportunities' listed deviations per stage and per seller or team. A deviation
 * belongs to the stage of its transaction; deviations without one (uncovered role, single-threading)
 * belong to the opportunity's current stage. Only the deviations the snapshot lists (at most 20 per
 * opportunity) are counted; closed deals are left out because nothing can be done about them.
 *
 * Deviations below `minSeverity` (default `low`: all) are not counted; their deal still gets its row.
 *
 * Edge cases: a stage id not in the blueprint (an older blueprint) is dropped; no records gives no rows.
 */
export function deviationHeatmap(records: readonly OpportunityRecord[], blueprint: Blueprint, grouping: HeatmapGrouping, minSeverity: DeviationSeverity = 'low'): DeviationHeatmap {
  const stageIds = [...blueprint.stages].sort((a, b) => a.order - b.order).map((s) => s.id);
  const column = new Map(stageIds.map((id, index) => [id, index]));
  const stageOfTransaction = new Map(blueprint.transactions.map((t) => [t.id, t.stage]));
  const counts = new Map<string, number[]>();
  for (const record of records) {
    if (record.opportunity.status !== 'open' || !record.snapshot) continue;
    const group = grouping === 'owner' ? record.opportunity.owner : record.opportunity.team ?? NO_TEAM;
    const row = counts.get(group) ?? stageIds.map(() => 0);
    counts.set(group, row);
    for (const deviation of record.snapshot.deviations.top) {
      if (!meetsSeverity(deviation.severity, minSeverity)) continue;
      const stage = (deviation.transactionId !== undefined ? stageOfTransaction.get(deviation.transactionId) : undefined) ?? record.stage;
      const index = stage === undefined ? undefined : column.get(stage);
      if (index !== undefined) row[index] += 1;
    }
  }
  const total = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);
  const rows = [...counts.keys()].sort((a, b) => total(counts.get(b) ?? []) - total(counts.get(a) ?? []) || (a < b ? -1 : a > b ? 1 : 0));
  const cells = rows.map((r) => counts.get(r) ?? []);
  return { stageIds, rows, cells, max: cells.reduce((m, row) => Math.max(m, ...row), 0) };
}
