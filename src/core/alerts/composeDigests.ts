import type { AlertChannelKind } from '../model';
import type { MonitorRule } from './alertRules';
import type { AlertNames } from './alertNames';
import { ACTION_KINDS, byUrgency, dealActions, type ActionKind, type DealAction } from './dealActions';
import { dedupeKey } from './dedupeKey';
import type { AlertLevel, AlertLine, DigestSummary, OpportunityAnalysis, PlannedAlert } from './alertTypes';

export interface DigestOptions {
  readonly names: AlertNames;
  /** Exchanges falling due within this many days are listed as due; default 7. */
  readonly dueWithinDays?: number;
  /** Lines of a seller's digest before "N more in the dashboard"; default 10. */
  readonly maxLines?: number;
  /** Deals listed in a team summary; default 5. */
  readonly topDeals?: number;
  /** Each seller (deal owner with an e-mail address) gets their own digest on this channel, addressed to them. */
  readonly sellers?: { readonly channel: AlertChannelKind };
  /** Team id -> manager address: each manager gets the summary of their team's deals by mail. */
  readonly managers?: Readonly<Record<string, string>>;
  /** `<scope>|<rule id>` of digests their readers snoozed: none of those is planned (scope `*`, `team:<id>`, `@<address>`). */
  readonly snoozed?: ReadonlySet<string>;
}

const RANK: readonly AlertLevel[] = ['info', 'warning', 'critical'];
const maxLevel = (actions: readonly DealAction[]): AlertLevel => RANK[Math.max(0, ...actions.map((a) => RANK.indexOf(a.level)))];
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const line = (a: DealAction): AlertLine => ({ opportunityId: a.opportunityId, opportunityName: a.opportunityName, level: a.level, text: a.text });

function countBy(actions: readonly DealAction[], key: (a: DealAction) => string): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(key(a), (counts.get(key(a)) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const dealIdsOf = (actions: readonly DealAction[]): string[] => [...new Set(actions.map((a) => a.opportunityId))].sort();

/**
 * A team summary: counts by seller, stage and kind (actions), and one line for each of the `top`
 * most urgent deals (its most urgent action, with how many more it has).
 */
function teamSummary(actions: readonly DealAction[], names: AlertNames, top: number): { summary: DigestSummary; lines: AlertLine[] } {
  const sorted = byUrgency(actions);
  const perDeal = new Map<string, DealAction[]>();
  for (const a of sorted) perDeal.set(a.opportunityId, [...(perDeal.get(a.opportunityId) ?? []), a]);
  const lines = [...perDeal.values()].slice(0, top).map((list) => {
    const first = list[0];
    const more = list.length - 1;
    return { ...line(first), text: `${names.person(first.owner)}: ${first.text}${more > 0 ? ` (+${more} more)` : ''}` };
  });
  const kinds = countBy(actions, (a) => a.kind);
  return {
    summary: {
      bySeller: countBy(actions, (a) => names.person(a.owner)),
      byStage: countBy(actions, (a) => (a.stageId !== undefined ? names.stage(a.stageId) : '-')),
      byKind: ACTION_KINDS.map((kind: ActionKind) => ({ name: kind, count: kinds.find((k) => k.name === kind)?.count ?? 0 })).filter((k) => k.count > 0)
    },
    lines
  };
}

/**
 * The digests of one digest rule for the local day `date`, shaped for people: only actions on open
 * deals ({@link dealActions}: due, overdue, missing, stalled; never history such as late exchanges).
 *
 * - The rule's own target gets the team summary of every deal with an action (key `*|rule|digest|date`).
 * - With `managers`, each manager gets the summary of their team (key `team:<id>|rule|digest|date`).
 * - With `sellers`, each owner with an e-mail address gets their own deals' actions, most urgent first,
 *   at most `maxLines` lines (key `@<owner>|rule|digest|date`, `opportunityId` `@<owner>` lower-cased).
 *
 * Every digest carries `dealIds` (all its deals, sorted) and `total` (all its actions), so cards and
 * mails can say "N more in the dashboard" and link to exactly those deals. No action, no digest.
 *
 * @param now epoch ms
 * @param date local `YYYY-MM-DD` of `now` (the digest's window)
 */
export function composeDigests(rule: MonitorRule, analyses: readonly OpportunityAnalysis[], now: number, date: string, options: DigestOptions): PlannedAlert[] {
  const { names } = options;
  const actions = analyses.flatMap((a) => dealActions(rule.trigger, a, now, { names, dueWithinDays: options.dueWithinDays ?? 7 }));
  if (actions.length === 0) return [];
  const top = options.topDeals ?? 5;
  const base = { ruleId: rule.id, ruleName: rule.name };
  const summaryAlert = (scope: string, channel: AlertChannelKind, target: string, who: string, list: readonly DealAction[]): PlannedAlert => {
    const deals = dealIdsOf(list);
    const sellers = new Set(list.map((a) => a.owner.toLowerCase())).size;
    const { summary, lines } = teamSummary(list, names, top);
    return {
      ...base,
      channel,
      target,
      dedupeKey: dedupeKey(scope, rule.id, 'digest', date),
      opportunityId: scope,
      level: maxLevel(list),
      title: `${rule.name}${who}: ${plural(list.length, 'action')} on ${plural(deals.length, 'deal')} of ${plural(sellers, 'seller')} on ${date}`,
      lines,
      summary,
      dealIds: deals,
      total: list.length,
      audience: 'team'
    };
  };
  const planned: PlannedAlert[] = [summaryAlert('*', rule.channel, rule.target, '', actions)];
  for (const [team, manager] of Object.entries(options.managers ?? {})) {
    const list = actions.filter((a) => a.team === team);
    if (list.length > 0) planned.push(summaryAlert(`team:${team}`, 'mail', manager, ` (${team})`, list));
  }
  if (options.sellers !== undefined) {
    const byOwner = new Map<string, DealAction[]>();
    for (const a of actions) if (a.owner.includes('@')) byOwner.set(a.owner.toLowerCase(), [...(byOwner.get(a.owner.toLowerCase()) ?? []), a]);
    for (const [owner, list] of [...byOwner].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sorted = byUrgency(list);
      const deals = dealIdsOf(list);
      const scope = `@${owner}`;
      planned.push({
        ...base,
        channel: options.sellers.channel,
        target: list[0].owner,
        dedupeKey: dedupeKey(scope, rule.id, 'digest', date),
        opportunityId: scope,
        level: maxLevel(list),
        title: `${rule.name}: ${plural(list.length, 'action')} on ${deals.length} of your deals on ${date}`,
        lines: sorted.slice(0, options.maxLines ?? 10).map(line),
        dealIds: deals,
        total: list.length,
        audience: 'seller'
      });
    }
  }
  // A snoozed digest is not planned at all: nothing is recorded, so it comes back when the snooze ends.
  return options.snoozed === undefined ? planned : planned.filter((a) => !options.snoozed?.has(`${a.opportunityId}|${rule.id}`));
}
