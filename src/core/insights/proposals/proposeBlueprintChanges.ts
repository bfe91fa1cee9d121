import type { Blueprint, Interaction, Opportunity } from '../../model';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { stageFairMoment, stageFairReadings } from '../behaviour/stageFairReading';
import { contingencyTable, winRateLift, winRates, type ContingencyTable } from '../statistics/contingencyTable';
import type { AddExchangeProposal, BlueprintProposal, NoDifferenceProposal } from './proposalTypes';

export interface ProposalOptions {
  /** Epoch ms: only deals closed at or before it are compared. */
  readonly now: number;
  /** Add: share of won deals showing the exchange, default 0.3 (common in wins, not a one-off). */
  readonly minWonShare?: number;
  /** Add: win-rate lift at least this, default 1.2 (20% more wins with it than without). */
  readonly minLift?: number;
  /** Both: deals needed on EACH side (with and without), default 5, so one lucky deal proves nothing. */
  readonly minCases?: number;
  /** No difference: lift within 1 ± this, default 0.05. */
  readonly liftTolerance?: number;
}

interface Occurrence {
  readonly key: string;
  readonly label: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly at: number;
}

const percent = (x: number | undefined): string => `${Math.round(100 * (x ?? 0))}%`;

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0]?.[0];
}

function stageAt(opportunity: Opportunity, at: number): string | undefined {
  let current: { stageId: string; enteredAt: number } | undefined;
  for (const entry of opportunity.stageHistory) if (entry.enteredAt <= at && (current === undefined || entry.enteredAt >= current.enteredAt)) current = entry;
  return current?.stageId;
}

/** Unknown exchanges of one deal up to `until`: by label, and by role pair when the blueprint has no transaction for it. */
function unknownOccurrences(interactions: readonly Interaction[], blueprint: Blueprint, until: number): Occurrence[] {
  const known = new Set(blueprint.transactions.map((t) => t.id));
  const knownPairs = new Set(blueprint.transactions.map((t) => `${t.from}>${t.to}`));
  const roles = new Set(blueprint.roles.map((r) => r.id));
  const result: Occurrence[] = [];
  for (const i of interactions) {
    if (i.timestamp > until || known.has(i.transactionId ?? i.activity)) continue;
    result.push({ key: `activity:${i.activity}`, label: i.activity, from: i.fromRole, to: i.toRole, at: i.timestamp });
    const pair = `${i.fromRole ?? ''}>${i.toRole ?? ''}`;
    if (i.fromRole !== undefined && i.toRole !== undefined && roles.has(i.fromRole) && roles.has(i.toRole) && !knownPairs.has(pair)) {
      result.push({ key: `pair:${pair}`, label: i.activity, from: i.fromRole, to: i.toRole, at: i.timestamp });
    }
  }
  return result;
}

/**
 * Proposes blueprint changes from closed deals (no-decision counts as lost). The evidence is
 * association, not cause: a person reviews and accepts (see applyProposals).
 * Stage-fair like successPatterns: an exchange of stage S is judged only among deals that reached S,
 * each read at its last stage entry before closing when it went beyond S, at its close when S was its
 * final stage (see stageFairReadings); otherwise a close-stage habit would look like a winning one
 * merely because lost deals rarely reach the Close stage.
 * - add-exchange: an exchange the blueprint does not know (an activity label, or a `from>to` role
 *   pair no transaction covers) seen in at least `minWonShare` of the won deals compared, with
 *   win-rate lift at least `minLift` and `minCases` deals with and without it; it needs known
 *   blueprint roles. Its stage is the one won deals were most often in at its first occurrence
 *   (read up to their close), and it is compared among the deals that reached that stage.
 *   Ranked by lift, then key.
 * - make-optional / remove: a blueprint transaction whose lift lies within 1 ± `liftTolerance` with
 *   `minCases` deals with and without it: doing it does not change the win rate, so requiring it
 *   only costs effort (make-optional) or, already optional, it is noise in the map (remove).
 *   In sequence order, after the additions.
 */
export function proposeBlueprintChanges(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ProposalOptions
): BlueprintProposal[] {
  const minCases = options.minCases ?? 5;
  const grouped = groupByOpportunity(interactions);
  const readings = stageFairReadings(opportunities, grouped, blueprint, options.now);
  const order = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const enough = (t: ContingencyTable): boolean => t.a + t.b >= minCases && t.c + t.d >= minCases;
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;

  const perDeal = readings.map((reading) => {
    const occurrences = unknownOccurrences(grouped.get(reading.opportunity.id) ?? [], blueprint, reading.closedAt);
    const first = new Map<string, Occurrence>();
    for (const o of [...occurrences].sort((x, y) => x.at - y.at)) if (!first.has(o.key)) first.set(o.key, o);
    return { reading, first };
  });
  const keys = [...new Set(perDeal.flatMap((d) => [...d.first.keys()]))].sort();
  const additions: AddExchangeProposal[] = [];
  for (const key of keys) {
    const wins = perDeal.filter((d) => d.reading.won && d.first.has(key));
    const stages = wins.flatMap((d) => {
      const s = stageAt(d.reading.opportunity, (d.first.get(key) as Occurrence).at);
      return s === undefined ? [] : [s];
    });
    const stageId = mostCommon(stages.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)));
    if (stageId === undefined) continue;
    const stageOrder = order.get(stageId) ?? 0;
    const compared = perDeal.flatMap((d) => {
      const until = stageFairMoment(d.reading, stageOrder);
      if (until === undefined) return [];
      const seen = d.first.get(key);
      return [{ won: d.reading.won, seen: seen !== undefined && seen.at <= until ? seen : undefined }];
    });
    const table = contingencyTable(compared.map((c) => ({ present: c.seen !== undefined, won: c.won })));
    const lift = winRateLift(table);
    const wonCount = table.a + table.c;
    if (!enough(table) || lift === undefined || lift < (options.minLift ?? 1.2) || table.a < (options.minWonShare ?? 0.3) * wonCount) continue;
    const seen = compared.flatMap((c) => (c.won && c.seen !== undefined ? [c.seen] : []));
    const from = mostCommon(seen.flatMap((o) => (o.from === undefined ? [] : [o.from])));
    const to = mostCommon(seen.flatMap((o) => (o.to === undefined ? [] : [o.to])));
    if (from === undefined || to === undefined) continue;
    const deliverable = mostCommon(seen.map((o) => o.label)) ?? key;
    const rates = winRates(table);
    const stageName = blueprint.stages.find((s) => s.id === stageId)?.name ?? stageId;
    additions.push({
      kind: 'add-exchange',
      id: key,
      deliverable,
      from,
      to,
      stageId,
      table,
      lift,
      evidence:
        `Among deals that reached ${stageName}, "${deliverable}" (${roleName(from)} → ${roleName(to)}) happened in ${table.a} of ${wonCount} won deals and ${table.b} of ${table.b + table.d} lost; ` +
        `deals with it won ${percent(rates.withFeature)}, deals without ${percent(rates.withoutFeature)} (lift ${lift.toFixed(2)}). The blueprint does not have it.`
    });
  }
  additions.sort((x, y) => y.lift - x.lift || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const removals: NoDifferenceProposal[] = [];
  for (const t of [...blueprint.transactions].sort((x, y) => x.sequence - y.sequence)) {
    const stageOrder = order.get(t.stage) ?? 0;
    const table = contingencyTable(
      readings.flatMap((reading) => {
        const until = stageFairMoment(reading, stageOrder);
        if (until === undefined) return [];
        const own = grouped.get(reading.opportunity.id) ?? [];
        return [{ present: own.some((i) => i.timestamp <= until && (i.transactionId ?? i.activity) === t.id), won: reading.won }];
      })
    );
    const lift = winRateLift(table);
    if (!enough(table) || lift === undefined || Math.abs(lift - 1) > (options.liftTolerance ?? 0.05)) continue;
    const rates = winRates(table);
    const kind = t.required ? 'make-optional' : 'remove';
    const stageName = blueprint.stages.find((s) => s.id === t.stage)?.name ?? t.stage;
    removals.push({
      kind,
      id: `${kind === 'remove' ? 'remove' : 'optional'}:${t.id}`,
      transactionId: t.id,
      table,
      lift,
      evidence:
        `Among deals that reached ${stageName}, "${t.deliverable}" made no difference: deals with it won ${percent(rates.withFeature)} (${table.a} of ${table.a + table.b}), ` +
        `deals without ${percent(rates.withoutFeature)} (${table.c} of ${table.c + table.d}); lift ${lift.toFixed(2)}.`
    });
  }
  return [...additions, ...removals];
}
