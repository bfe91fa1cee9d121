import type { DeviationKind, Opportunity } from '../model';
import { meetsSeverity } from '../model';
import type { AlertTrigger } from './alertRules';
import type { AlertNames } from './alertNames';
import type { AlertLevel, OpportunityAnalysis } from './alertTypes';

const DAY = 24 * 60 * 60 * 1000;

/** What a person can act on: an exchange past due or falling due, one missing, a deal stalled in its stage. */
export type ActionKind = 'overdue' | 'due' | 'missing' | 'stalled';

export const ACTION_KINDS: readonly ActionKind[] = ['overdue', 'due', 'missing', 'stalled'];

/** One thing to do on one open deal. */
export interface DealAction {
  readonly opportunityId: string;
  readonly opportunityName: string;
  readonly owner: string;
  readonly team?: string;
  /** The deal's current stage, when it has one. */
  readonly stageId?: string;
  readonly kind: ActionKind;
  readonly level: AlertLevel;
  readonly text: string;
  /** Within a level, larger is more urgent (days overdue, days stalled past the limit, minus days until due). */
  readonly urgency: number;
}

export interface DealActionOptions {
  readonly names: AlertNames;
  /** Exchanges falling due within this many days are listed as `due` (needs the analysis' `dueSoon`). */
  readonly dueWithinDays: number;
}

/**
 * Deviation kinds that ask for an action. `late`, `out-of-order` and `unexpected-exchange` describe
 * what already happened (history) and are never an action.
 */
const ACTIONABLE: ReadonlySet<DeviationKind> = new Set<DeviationKind>(['missing-exchange', 'uncovered-role', 'single-threaded']);

const LEVEL_OF = { low: 'info', medium: 'warning', high: 'critical' } as const;

const RANK: Readonly<Record<AlertLevel, number>> = { info: 0, warning: 1, critical: 2 };

export function currentStageOf(opportunity: Opportunity): { stageId: string; enteredAt: number } | undefined {
  let current: { stageId: string; enteredAt: number } | undefined;
  for (const entry of opportunity.stageHistory) if (!current || entry.enteredAt >= current.enteredAt) current = entry;
  return current;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The actions a digest rule finds on one deal at `now`; none on a closed deal. `deviation` triggers
 * give `missing` actions for their actionable kinds at or above the rule's severity; `due-exchange`
 * gives `overdue` (more than `graceDays` past due; High from 14 days) and `due` (Low, due within
 * `dueWithinDays`); `stalled-stage` gives `stalled` (more than `maxDays` in the current stage; High
 * past twice the limit). `score-drop` is a change, not an action: none.
 *
 * @param now epoch ms
 */
export function dealActions(trigger: AlertTrigger, analysis: OpportunityAnalysis, now: number, options: DealActionOptions): DealAction[] {
  const o = analysis.opportunity;
  if (o.status !== 'open') return [];
  const { names } = options;
  const stage = currentStageOf(o);
  const base = { opportunityId: o.id, opportunityName: o.name ?? o.id, owner: o.owner, ...(o.team !== undefined ? { team: o.team } : {}), ...(stage ? { stageId: stage.stageId } : {}) };
  const exchange = (id: string): string => `"${names.exchange(id)}"`;
  switch (trigger.kind) {
    case 'deviation':
      return analysis.deviations
        .filter((d) => ACTIONABLE.has(d.kind) && trigger.deviations.includes(d.kind) && meetsSeverity(d.severity, trigger.minSeverity))
        .map((d) => {
          let text: string;
          if (d.kind === 'missing-exchange' && d.transactionId !== undefined) text = `${exchange(d.transactionId)} has not happened yet.`;
          else if (d.kind === 'uncovered-role' && d.roleId !== undefined) text = `No one in the role "${names.role(d.roleId)}" has been involved yet.`;
          else if (d.kind === 'single-threaded') text = 'Only one customer contact so far: involve more of the buying committee.';
          else text = d.message;
          return { ...base, kind: 'missing' as const, level: LEVEL_OF[d.severity], text, urgency: 0 };
        });
    case 'due-exchange': {
      const out: DealAction[] = [];
      for (const due of analysis.overdue) {
        if (now - due.dueAt <= trigger.graceDays * DAY) continue;
        const late = Math.floor((now - due.dueAt) / DAY);
        out.push({ ...base, kind: 'overdue', level: late >= 14 ? 'critical' : 'warning', text: `${exchange(due.transactionId)} is ${days(late)} overdue.`, urgency: late });
      }
      for (const due of analysis.dueSoon ?? []) {
        if (due.dueAt < now || due.dueAt >= now + options.dueWithinDays * DAY) continue;
        const left = Math.floor((due.dueAt - now) / DAY);
        out.push({ ...base, kind: 'due', level: 'info', text: left === 0 ? `${exchange(due.transactionId)} is due today.` : `${exchange(due.transactionId)} is due in ${days(left)}.`, urgency: -left });
      }
      return out;
    }
    case 'stalled-stage': {
      if (stage === undefined) return [];
      const inStage = Math.floor((now - stage.enteredAt) / DAY);
      if (inStage <= trigger.maxDays) return [];
      return [{ ...base, kind: 'stalled', level: inStage > 2 * trigger.maxDays ? 'critical' : 'warning', text: `In stage "${names.stage(stage.stageId)}" for ${days(inStage)} (limit ${trigger.maxDays}).`, urgency: inStage - trigger.maxDays }];
    }
    case 'score-drop':
      return [];
  }
}

/**
 * Most urgent first: level (High, Medium, Low), then urgency, then deal name and id, so equal
 * inputs always give the same order. Returns a sorted copy.
 */
export function byUrgency(actions: readonly DealAction[]): DealAction[] {
  return [...actions].sort(
    (a, b) => RANK[b.level] - RANK[a.level] || b.urgency - a.urgency || compare(a.opportunityName, b.opportunityName) || compare(a.opportunityId, b.opportunityId)
  );
}
