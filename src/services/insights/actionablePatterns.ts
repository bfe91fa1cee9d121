/**
 * Success patterns as the product shows them (web part, command line, stored with a model): the
 * stage-fair comparison of won and lost closed deals (core successPatterns), without what a seller
 * cannot act on, with names resolved for people. Pure.
 */
import { caseBehaviour, groupByOpportunity, closeTimeOf, stageEntrySnapshots, withoutRestatedOrders, successPatterns, outcomeOnlyExchanges, patternTablesByCell, sizeBand } from '../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import type { ClosedPeriod, PatternCell, PatternSummary, StoredPattern } from './modelRegistry';

/** Upper edges of the deal size bands the patterns are split by: the bid advice's bands (below 10,000, to 100,000, to 1,000,000, above). */
export const PATTERN_SIZE_BANDS: readonly number[] = [10_000, 100_000, 1_000_000];

/** Months before the training time that close the periods 0, 1 and 2 (period 3 is everything earlier). */
export const PATTERN_PERIOD_MONTHS: readonly number[] = [6, 12, 24];

/** The period a deal closed at `closedAt` falls in, counted in calendar months (UTC) back from `now`. */
export function closedPeriod(closedAt: number, now: number): ClosedPeriod {
  const start = (months: number): number => {
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() - months);
    return d.getTime();
  };
  const index = PATTERN_PERIOD_MONTHS.findIndex((months) => closedAt >= start(months));
  return (index < 0 ? 3 : index) as ClosedPeriod;
}

const cellKey = (cell: PatternCell): string => `${cell.period}|${cell.band}|${cell.team}`;
const cellOfKey = (key: string): PatternCell => {
  const [period, band, ...team] = key.split('|');
  return { period: Number(period) as ClosedPeriod, band: Number(band), team: team.join('|') };
};

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
  // The same comparison split by team, closing period and size band, stored with the patterns so the
  // Insights page filters them with no further request (see filterPatternSummary).
  const split = patternTablesByCell(opportunities, interactions, blueprint, kept.map((p) => p.feature), {
    now: options.now,
    cellOf: (reading) => cellKey({ team: reading.opportunity.team ?? '', period: closedPeriod(reading.closedAt, options.now), band: sizeBand(reading.opportunity.amount, PATTERN_SIZE_BANDS) })
  });
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
      sentence: p.sentence,
      cells: split.tables.get(p.feature.id) ?? []
    };
  });
  const leftOut = [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence).filter((t) => excluded.has(t.id)).map((t) => t.deliverable);
  return { won: report.won, lost: report.lost, patterns, leftOut, found: patterns.length, segments: { cells: split.cells.map(cellOfKey), outcomes: split.outcomes } };
}
