/**
 * What the monitor's alert rules read about each open deal: the stored snapshot after this run's
 * analysis, the score of the snapshot before it (for score-drop rules) and the due exchanges that have
 * not happened (for due-exchange rules, which need the deal's interactions).
 */
import { overdueExchanges } from '../../src/core/alerts';
import type { OpportunityAnalysis } from '../../src/core/alerts';
import type { DeviationKind } from '../../src/core/conformance';
import type { Blueprint, Interaction } from '../../src/core/model';
import type { OpportunityRecord } from '../../src/services';

function dueOf(blueprint: Blueprint | undefined, opportunity: OpportunityRecord['opportunity'], own: readonly Interaction[] | undefined, now: number, dueWithinDays: number): Pick<OpportunityAnalysis, 'overdue' | 'dueSoon'> {
  if (blueprint === undefined || own === undefined) return { overdue: [] };
  const due = overdueExchanges(blueprint, opportunity, own, now, dueWithinDays * 86_400_000);
  const overdue = due.filter((d) => d.dueAt < now);
  return dueWithinDays > 0 ? { overdue, dueSoon: due.filter((d) => d.dueAt >= now) } : { overdue };
}

/**
 * The analyses of the open deals that have a snapshot, in `after` order.
 *
 * `previousScore` is the score of the snapshot read before this run's analysis, given only when the
 * deal was re-analysed in this run (its `analysedAt` moved): a deal not re-analysed has no new score
 * to compare, and its drop (if any) alerted in the run that analysed it (same dedupe window).
 * `overdue` is computed only for deals in `interactions` (pass none when no rule needs it).
 *
 * @param before records read before the sync and analysis of this run
 * @param after records read after them
 * @param now epoch ms of the run
 * @param dueWithinDays `dueSoon` lists the exchanges falling due within this many days (digests' "due")
 */
export function monitorAnalyses(
  before: readonly OpportunityRecord[],
  after: readonly OpportunityRecord[],
  blueprint: Blueprint | undefined,
  interactions: ReadonlyMap<string, readonly Interaction[]>,
  now: number,
  dueWithinDays: number = 0
): OpportunityAnalysis[] {
  const previous = new Map(before.map((r) => [r.opportunity.id, r.snapshot]));
  const out: OpportunityAnalysis[] = [];
  for (const record of after) {
    const snapshot = record.snapshot;
    if (record.opportunity.status !== 'open' || snapshot === undefined) continue;
    const old = previous.get(record.opportunity.id);
    const reanalysed = old !== undefined && old.analysedAt !== snapshot.analysedAt;
    const own = interactions.get(record.opportunity.id);
    out.push({
      opportunity: record.opportunity,
      deviations: snapshot.deviations.top.map((d) => ({
        kind: d.kind as DeviationKind,
        severity: d.severity,
        message: d.message,
        ...(d.transactionId ? { transactionId: d.transactionId } : {}),
        ...(d.roleId ? { roleId: d.roleId } : {}),
        ...(d.constraintId ? { constraintId: d.constraintId } : {})
      })),
      ...dueOf(blueprint, record.opportunity, own, now, dueWithinDays),
      ...(snapshot.score !== undefined ? { score: snapshot.score } : {}),
      ...(reanalysed && old.score !== undefined ? { previousScore: old.score } : {}),
      analysedAt: snapshot.analysedAt
    });
  }
  return out;
}
