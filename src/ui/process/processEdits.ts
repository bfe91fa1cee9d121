/**
 * Edits of the Business and Technical Blueprint the Process Blueprint app makes. Pure: each returns a
 * new blueprint and leaves its input untouched; an edit that does not apply returns the input itself.
 */
import type { Blueprint, ExitCriteria, Transaction } from '../../core/model';
import { EMPTY_TECHNICAL_BLUEPRINT, type AlertRule, type RecognitionRule, type TechnicalBlueprint } from '../../core/model';

/** The stage's transactions in activity order (by sequence). */
export function stageActivities(blueprint: Blueprint, stageId: string): Transaction[] {
  return blueprint.transactions.filter((t) => t.stage === stageId).sort((a, b) => a.sequence - b.sequence);
}

/** Sets one exit criterion of a stage; `value` is not checked here (validation reports bad values). */
export function setExitCriterion(blueprint: Blueprint, stageId: string, field: keyof ExitCriteria, value: number): Blueprint {
  return { ...blueprint, stages: blueprint.stages.map((s) => (s.id === stageId ? { ...s, exitCriteria: { ...s.exitCriteria, [field]: value } } : s)) };
}

/**
 * Moves an activity one place up (-1) or down (+1) within its stage by swapping sequence numbers
 * with its neighbour there, so sequences stay unique and other stages keep theirs. No-op at the ends.
 */
export function moveActivity(blueprint: Blueprint, transactionId: string, direction: -1 | 1): Blueprint {
  const moving = blueprint.transactions.find((t) => t.id === transactionId);
  if (!moving) return blueprint;
  const activities = stageActivities(blueprint, moving.stage);
  const neighbour = activities[activities.findIndex((t) => t.id === transactionId) + direction];
  if (!neighbour) return blueprint;
  return {
    ...blueprint,
    transactions: blueprint.transactions.map((t) =>
      t.id === moving.id ? { ...t, sequence: neighbour.sequence } : t.id === neighbour.id ? { ...t, sequence: moving.sequence } : t
    )
  };
}

/** Sets the due days of a transaction, keeping its anchor; `undefined` removes the deadline. */
export function setDueDays(blueprint: Blueprint, transactionId: string, days: number | undefined): Blueprint {
  return {
    ...blueprint,
    transactions: blueprint.transactions.map((t) => {
      if (t.id !== transactionId) return t;
      if (days === undefined) {
        const { due, ...rest } = t;
        return due === undefined ? t : rest;
      }
      return { ...t, due: t.due?.afterTransactionId === undefined ? { days } : { days, afterTransactionId: t.due.afterTransactionId } };
    })
  };
}

function withTechnical(blueprint: Blueprint, change: (technical: TechnicalBlueprint) => TechnicalBlueprint): Blueprint {
  return { ...blueprint, technical: change(blueprint.technical ?? EMPTY_TECHNICAL_BLUEPRINT) };
}

/** Adds a recognition rule to a transaction (creating its entry when it has none). */
export function addRecognitionRule(blueprint: Blueprint, transactionId: string, rule: RecognitionRule): Blueprint {
  return withTechnical(blueprint, (technical) => {
    const exists = technical.recognition.some((r) => r.transactionId === transactionId);
    return {
      ...technical,
      recognition: exists
        ? technical.recognition.map((r) => (r.transactionId === transactionId ? { ...r, rules: [...r.rules, rule] } : r))
        : [...technical.recognition, { transactionId, rules: [rule] }]
    };
  });
}

/** Removes the rule at `index` of a transaction; an entry left without rules is removed too. */
export function removeRecognitionRule(blueprint: Blueprint, transactionId: string, index: number): Blueprint {
  return withTechnical(blueprint, (technical) => ({
    ...technical,
    recognition: technical.recognition
      .map((r) => (r.transactionId === transactionId ? { ...r, rules: r.rules.filter((_, i) => i !== index) } : r))
      .filter((r) => r.rules.length > 0)
  }));
}

/** Appends an alert rule. */
export function addAlertRule(blueprint: Blueprint, rule: AlertRule): Blueprint {
  return withTechnical(blueprint, (technical) => ({ ...technical, alertRules: [...technical.alertRules, rule] }));
}

/** Replaces fields of the alert rule at `index`. */
export function updateAlertRule(blueprint: Blueprint, index: number, changes: Partial<AlertRule>): Blueprint {
  return withTechnical(blueprint, (technical) => ({ ...technical, alertRules: technical.alertRules.map((r, i) => (i === index ? { ...r, ...changes } : r)) }));
}

/** Removes the alert rule at `index`. */
export function removeAlertRule(blueprint: Blueprint, index: number): Blueprint {
  return withTechnical(blueprint, (technical) => ({ ...technical, alertRules: technical.alertRules.filter((_, i) => i !== index) }));
}

/** The first `rule-<n>` id not used by an alert rule yet (n from 1). */
export function nextAlertRuleId(technical: TechnicalBlueprint | undefined): string {
  const used = new Set((technical?.alertRules ?? []).map((r) => r.id));
  let n = 1;
  while (used.has(`rule-${n}`)) n++;
  return `rule-${n}`;
}
