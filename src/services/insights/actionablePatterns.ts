/**
 * Success patterns as the product shows them (web part, command line, stored with a model): the
 * stage-fair comparison of won and lost closed deals (core successPatterns), without what a seller
 * cannot act on, with names resolved for people. Pure.
 */
import { caseBehaviour, groupByOpportunity, closeTimeOf, stageEntrySnapshots, withoutRestatedOrders, successPatterns, outcomeOnlyExchanges } from '../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import type { PatternSummary, StoredPattern } from './modelRegistry';

export interface ActionablePatternOptions {
  /** Epoch ms: only deals closed at or before it are compared. */
  readonly now: number;
  readonly minSupport?: number;
  readonly minCases?: number;
}

/**
 * The ranked success patterns of the closed deals among `opportunities` (strongest evidence first),
 * leaving out (1) patterns involving exchanges that only happen after a win (see
 * outcomeOnlyExchanges: a purchase order "separates" won from lost perfectly and teaches nothing),
 * (2) roles reached only through such exchanges, and (3) orderings that say no more than doing
 * their exchanges at all (withoutRestatedOrders). Labels and sentences name exchanges, roles and
 * stages, never ids. No-decision counts as lost.
 */
export function actionablePatterns(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ActionablePatternOptions
): PatternSummary {
  const report = successPatterns(opportunities, interactions, blueprint, { now: options.now, minSupport: options.minSupport, minCases: options.minCases });
  const grouped = groupByOpportunity(interactions);
  const closed = opportunities.flatMap((o) => {
    const at = closeTimeOf(o);
    if (at === undefined || o.status === 'open' || at > options.now) return [];
    return [{ behaviour: caseBehaviour(o, grouped.get(o.id) ?? [], blueprint, at), won: o.status === 'won', stagesEntered: new Set(stageEntrySnapshots(o, blueprint, at).map((s) => s.stageId)) }];
  });
  const excluded = new Set(outcomeOnlyExchanges(closed, blueprint));
  const onlyAfterWin = (role: string): boolean => blueprint.transactions.filter((t) => t.from === role || t.to === role).every((t) => excluded.has(t.id));
  const kept = withoutRestatedOrders(report.patterns).filter((p) =>
    p.feature.kind === 'role' ? !onlyAfterWin(p.feature.subjects[0]) : p.feature.kind === 'constraint' || !p.feature.subjects.some((id) => excluded.has(id))
  );
  const stageName = new Map(blueprint.stages.map((s) => [s.id, s.name]));
  const patterns = kept.map((p): StoredPattern => {
    const name = p.stageId === undefined ? undefined : stageName.get(p.stageId);
    return {
      featureId: p.feature.id,
      kind: p.feature.kind,
      label: p.label,
      ...(name !== undefined ? { stageName: name } : {}),
      table: p.table,
      support: p.support,
      ...(p.winRateWith !== undefined ? { winRateWith: p.winRateWith } : {}),
      ...(p.winRateWithout !== undefined ? { winRateWithout: p.winRateWithout } : {}),
      oddsRatio: p.oddsRatio,
      pValue: p.pValue,
      evidence: p.evidence,
      direction: p.direction,
      sentence: p.sentence
    };
  });
  const leftOut = [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence).filter((t) => excluded.has(t.id)).map((t) => t.deliverable);
  return { won: report.won, lost: report.lost, patterns, leftOut, found: patterns.length };
}
