import type { StuckDeal } from '../../../core/insights';
import type { Blueprint, Transaction } from '../../../core/model';
import type { OpportunityRecord } from '../../../services';

/** Why a deal needs its manager this week. */
export type AttentionReason =
  /** Required exchanges the analysis found missing (overdue, or the deal moved on without them). */
  | { readonly kind: 'overdue'; readonly transactions: readonly Transaction[] }
  /** Longer in its current stage than the team's median stay there. */
  | { readonly kind: 'stuck'; readonly stageId: string; readonly daysInStage: number; readonly medianDays: number }
  /** Customer roles of the blueprint nobody took part in (or one person only). */
  | { readonly kind: 'roles'; readonly roleIds: readonly string[] }
  /** Stored win probability below `lowScore`. */
  | { readonly kind: 'low-score'; readonly score: number };

/** The one next action, read from the most pressing reason. */
export type NextAction =
  | { readonly kind: 'make-exchange'; readonly transaction: Transaction }
  | { readonly kind: 'engage-role'; readonly roleId: string }
  | { readonly kind: 'agree-next-step'; readonly stageId: string }
  | { readonly kind: 'review-deal' };

export interface DealNeedingAttention {
  readonly record: OpportunityRecord;
  readonly reasons: readonly AttentionReason[];
  readonly nextAction: NextAction;
}

export interface DealsNeedingAttentionOptions {
  /** Deals in their stage for longer than the team median (e.g. `sellerFunnels` stuck lists, or a funnel report's). */
  readonly stuck: readonly StuckDeal[];
  /** A stored score below this is a reason; default 0.3. */
  readonly lowScore?: number;
  /** At most this many deals; default 10. */
  readonly limit?: number;
}

/**
 * The open deals that need a manager most, ranked: more reasons first (overdue exchanges, stuck,
 * uncovered roles, low score), then the larger amount (the value at risk), then the id. Each comes
 * with its reasons and one next action: the earliest missing exchange in blueprint sequence, else
 * engaging the first uncovered role, else agreeing a next step to leave the stage, else a review.
 * Reads only the snapshots (no raw interactions). Deals without a reason are left out.
 */
export function dealsNeedingAttention(records: readonly OpportunityRecord[], blueprint: Blueprint, options: DealsNeedingAttentionOptions): DealNeedingAttention[] {
  const lowScore = options.lowScore ?? 0.3;
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const stuck = new Map(options.stuck.map((s) => [s.opportunityId, s]));
  const roleOrder = new Map(blueprint.roles.map((r, i) => [r.id, i]));
  const result: DealNeedingAttention[] = [];
  for (const record of records) {
    if (record.opportunity.status !== 'open') continue;
    const reasons: AttentionReason[] = [];
    const top = record.snapshot?.deviations.top ?? [];
    const missing = [...new Set(top.filter((d) => d.kind === 'missing-exchange' && d.transactionId !== undefined).map((d) => d.transactionId as string))]
      .map((id) => byId.get(id))
      .filter((t): t is Transaction => t !== undefined)
      .sort((a, b) => a.sequence - b.sequence);
    if (missing.length > 0) reasons.push({ kind: 'overdue', transactions: missing });
    const s = stuck.get(record.opportunity.id);
    if (s) reasons.push({ kind: 'stuck', stageId: s.stageId, daysInStage: s.daysInStage, medianDays: s.medianDays });
    const roles = [...new Set(top.filter((d) => (d.kind === 'uncovered-role' || d.kind === 'single-threaded') && d.roleId !== undefined).map((d) => d.roleId as string))]
      .sort((a, b) => (roleOrder.get(a) ?? 0) - (roleOrder.get(b) ?? 0));
    if (roles.length > 0) reasons.push({ kind: 'roles', roleIds: roles });
    const score = record.snapshot?.score;
    if (score !== undefined && score < lowScore) reasons.push({ kind: 'low-score', score });
    if (reasons.length === 0) continue;
    const nextAction: NextAction =
      missing.length > 0 ? { kind: 'make-exchange', transaction: missing[0] }
      : roles.length > 0 ? { kind: 'engage-role', roleId: roles[0] }
      : s ? { kind: 'agree-next-step', stageId: s.stageId }
      : { kind: 'review-deal' };
    result.push({ record, reasons, nextAction });
  }
  return result
    .sort((a, b) => b.reasons.length - a.reasons.length || b.record.opportunity.amount - a.record.opportunity.amount || (a.record.opportunity.id < b.record.opportunity.id ? -1 : 1))
    .slice(0, options.limit ?? 10);
}
