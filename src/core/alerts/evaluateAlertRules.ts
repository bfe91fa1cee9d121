import type { Deviation, DeviationSeverity } from '../conformance';
import type { Opportunity } from '../model';
import { meetsSeverity } from '../model';
import type { MonitorRule } from './alertRules';
import { dedupeKey } from './dedupeKey';
import type { OverdueExchange } from './overdueExchanges';
import { isQuietTime, type QuietHours } from './quietHours';
import { zonedTime } from './zonedTime';

const DAY = 24 * 60 * 60 * 1000;

export type AlertLevel = 'info' | 'warning' | 'critical';

/** What the monitor knows about one opportunity after analysis. */
export interface OpportunityAnalysis {
  readonly opportunity: Opportunity;
  readonly deviations: readonly Pick<Deviation, 'kind' | 'severity' | 'transactionId' | 'roleId' | 'constraintId' | 'stageId' | 'message'>[];
  readonly overdue: readonly OverdueExchange[];
  /** Win probability now and at the previous analysis (0..1), when scored. */
  readonly score?: number;
  readonly previousScore?: number;
  /** Epoch ms of this analysis. */
  readonly analysedAt: number;
}

/** One line of an alert: a finding on one opportunity. */
export interface AlertLine {
  readonly opportunityId: string;
  readonly opportunityName: string;
  readonly level: AlertLevel;
  readonly text: string;
}

/** An alert to record and deliver. Digests carry several lines and `opportunityId` `*`. */
export interface PlannedAlert {
  readonly dedupeKey: string;
  readonly ruleId: string;
  readonly ruleName: string;
  readonly opportunityId: string;
  readonly level: AlertLevel;
  readonly channel: MonitorRule['channel'];
  readonly target: string;
  readonly title: string;
  readonly lines: readonly AlertLine[];
}

export interface AlertSchedule {
  readonly quietHours?: QuietHours;
  /** Time zone of digest hours and digest days; default `UTC`. */
  readonly timeZone?: string;
}

const LEVEL: Readonly<Record<DeviationSeverity, AlertLevel>> = { low: 'info', medium: 'warning', high: 'critical' };
const RANK: readonly AlertLevel[] = ['info', 'warning', 'critical'];

interface Finding {
  readonly identity: string;
  readonly window: string;
  readonly level: AlertLevel;
  readonly text: string;
}

function currentStage(opportunity: Opportunity): { stageId: string; enteredAt: number } | undefined {
  let current: { stageId: string; enteredAt: number } | undefined;
  for (const entry of opportunity.stageHistory) if (!current || entry.enteredAt >= current.enteredAt) current = entry;
  return current;
}

/** The findings of one rule on one opportunity; windows make a finding alert once per occurrence. */
function findings(rule: MonitorRule, analysis: OpportunityAnalysis, now: number): Finding[] {
  const trigger = rule.trigger;
  const open = analysis.opportunity.status === 'open';
  switch (trigger.kind) {
    case 'deviation':
      return analysis.deviations
        .filter((d) => trigger.deviations.includes(d.kind) && meetsSeverity(d.severity, trigger.minSeverity))
        // A deviation alerts once while it persists: its identity is its window.
        .map((d) => ({ identity: `${d.kind}:${d.transactionId ?? d.roleId ?? d.constraintId ?? d.stageId ?? ''}`, window: 'open', level: LEVEL[d.severity], text: d.message }));
    case 'score-drop': {
      if (!open || analysis.score === undefined || analysis.previousScore === undefined) return [];
      const drop = analysis.previousScore - analysis.score;
      // 1e-9 absorbs floating-point noise such as 0.6 - 0.4 = 0.19999999999999998.
      if (drop + 1e-9 < trigger.minDrop) return [];
      const pct = (v: number): string => `${Math.round(v * 100)}%`;
      return [{ identity: 'score-drop', window: String(analysis.analysedAt), level: 'warning', text: `Win probability fell from ${pct(analysis.previousScore)} to ${pct(analysis.score)}.` }];
    }
    case 'stalled-stage': {
      const stage = open ? currentStage(analysis.opportunity) : undefined;
      if (stage === undefined) return [];
      const days = Math.floor((now - stage.enteredAt) / DAY);
      if (days <= trigger.maxDays) return [];
      return [{ identity: `stalled:${stage.stageId}`, window: String(stage.enteredAt), level: 'warning', text: `In stage ${stage.stageId} for ${days} days (limit ${trigger.maxDays}).` }];
    }
    case 'due-exchange':
      return analysis.overdue
        .filter((o) => now - o.dueAt > trigger.graceDays * DAY)
        .map((o) => ({ identity: `due:${o.transactionId}`, window: String(o.dueAt), level: 'warning', text: `Exchange ${o.transactionId} is ${Math.floor((now - o.dueAt) / DAY)} days overdue.` }));
  }
}

const maxLevel = (levels: readonly AlertLevel[]): AlertLevel => RANK[Math.max(0, ...levels.map((l) => RANK.indexOf(l)))];

/**
 * Evaluates the monitor's rules over analysis results at `now`. Immediate rules give one alert per
 * finding; digest rules give at most one alert per rule and local day, from `digestHour` on, listing
 * every finding. In quiet hours nothing is planned (the next run after them plans the same alerts
 * under the same keys, so nothing is lost or doubled). Disabled rules plan nothing.
 * Output order: rules in order, opportunities in input order, findings in order.
 *
 * @param now epoch ms
 */
export function evaluateAlertRules(rules: readonly MonitorRule[], analyses: readonly OpportunityAnalysis[], now: number, schedule: AlertSchedule = {}): PlannedAlert[] {
  if (isQuietTime(now, schedule.quietHours)) return [];
  const local = zonedTime(now, schedule.timeZone ?? 'UTC');
  const planned: PlannedAlert[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const base = { ruleId: rule.id, ruleName: rule.name, channel: rule.channel, target: rule.target };
    const lines: AlertLine[] = [];
    for (const analysis of analyses) {
      const { id, name } = analysis.opportunity;
      for (const finding of findings(rule, analysis, now)) {
        const line: AlertLine = { opportunityId: id, opportunityName: name ?? id, level: finding.level, text: finding.text };
        if (rule.delivery === 'digest') lines.push(line);
        else planned.push({ ...base, dedupeKey: dedupeKey(id, rule.id, finding.identity, finding.window), opportunityId: id, level: finding.level, title: `${rule.name}: ${name ?? id}`, lines: [line] });
      }
    }
    if (rule.delivery === 'digest' && lines.length > 0 && local.hour >= (rule.digestHour ?? 0)) {
      planned.push({ ...base, dedupeKey: dedupeKey('*', rule.id, 'digest', local.date), opportunityId: '*', level: maxLevel(lines.map((l) => l.level)), title: `${rule.name}: ${lines.length} finding${lines.length === 1 ? '' : 's'} on ${local.date}`, lines });
    }
  }
  return planned;
}
