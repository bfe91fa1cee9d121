import type { DeviationSeverity } from '../conformance';
import { meetsSeverity } from '../model';
import type { MonitorRule } from './alertRules';
import type { AlertLevel, AlertLine, OpportunityAnalysis, PlannedAlert } from './alertTypes';
import { alertNames, type AlertNames } from './alertNames';
import { composeDigests, type DigestOptions } from './composeDigests';
import { currentStageOf } from './dealActions';
import { dedupeKey } from './dedupeKey';
import { isQuietTime, type QuietHours } from './quietHours';
import { zonedTime } from './zonedTime';

const DAY = 24 * 60 * 60 * 1000;

export type { AlertLevel, OpportunityAnalysis, AlertLine, DigestSummary, DeliveryChannel, PlannedAlert } from './alertTypes';

export interface AlertSchedule {
  readonly quietHours?: QuietHours;
  /** Time zone of digest hours and digest days; default `UTC`. */
  readonly timeZone?: string;
  /** Names of exchanges, stages, roles and people in lines; default: ids. */
  readonly names?: AlertNames;
  /** Per-person digests (sellers, managers) and their caps; see {@link composeDigests}. */
  readonly digests?: Omit<DigestOptions, 'names'>;
}

const LEVEL: Readonly<Record<DeviationSeverity, AlertLevel>> = { low: 'info', medium: 'warning', high: 'critical' };

interface Finding {
  readonly identity: string;
  readonly window: string;
  readonly level: AlertLevel;
  readonly text: string;
}


/** The findings of one rule on one opportunity; windows make a finding alert once per occurrence. */
function findings(rule: MonitorRule, analysis: OpportunityAnalysis, now: number, names: AlertNames): Finding[] {
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
      const stage = open ? currentStageOf(analysis.opportunity) : undefined;
      if (stage === undefined) return [];
      const days = Math.floor((now - stage.enteredAt) / DAY);
      if (days <= trigger.maxDays) return [];
      return [{ identity: `stalled:${stage.stageId}`, window: String(stage.enteredAt), level: 'warning', text: `In stage "${names.stage(stage.stageId)}" for ${days} days (limit ${trigger.maxDays}).` }];
    }
    case 'due-exchange':
      return analysis.overdue
        .filter((o) => now - o.dueAt > trigger.graceDays * DAY)
        .map((o) => ({ identity: `due:${o.transactionId}`, window: String(o.dueAt), level: 'warning', text: `"${names.exchange(o.transactionId)}" is ${Math.floor((now - o.dueAt) / DAY)} days overdue.` }));
  }
}

/**
 * Evaluates the monitor's rules over analysis results at `now`. Immediate rules give one alert per
 * finding; digest rules give, from `digestHour` on, the day's digests shaped for people
 * ({@link composeDigests}: actions only, a team summary, each seller's own deals). In quiet hours nothing is planned (the next run after them plans the same alerts
 * under the same keys, so nothing is lost or doubled). Disabled rules plan nothing.
 * Output order: rules in order, opportunities in input order, findings in order.
 *
 * @param now epoch ms
 */
export function evaluateAlertRules(rules: readonly MonitorRule[], analyses: readonly OpportunityAnalysis[], now: number, schedule: AlertSchedule = {}): PlannedAlert[] {
  if (isQuietTime(now, schedule.quietHours)) return [];
  const local = zonedTime(now, schedule.timeZone ?? 'UTC');
  const names = schedule.names ?? alertNames(undefined);
  const planned: PlannedAlert[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.delivery === 'digest') {
      if (local.hour >= (rule.digestHour ?? 0)) planned.push(...composeDigests(rule, analyses, now, local.date, { ...schedule.digests, names }));
      continue;
    }
    const base = { ruleId: rule.id, ruleName: rule.name, channel: rule.channel, target: rule.target };
    for (const analysis of analyses) {
      const { id, name } = analysis.opportunity;
      for (const finding of findings(rule, analysis, now, names)) {
        const line: AlertLine = { opportunityId: id, opportunityName: name ?? id, level: finding.level, text: finding.text };
        planned.push({ ...base, dedupeKey: dedupeKey(id, rule.id, finding.identity, finding.window), opportunityId: id, level: finding.level, title: `${rule.name}: ${name ?? id}`, lines: [line] });
      }
    }
  }
  return planned;
}
