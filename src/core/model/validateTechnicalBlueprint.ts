/**
 * Technical Blueprint validation against its Strategy/Business Blueprint: every problem at once, each
 * with a stable code, a JSON pointer (relative to the technical blueprint) and a sentence naming the fix.
 */
import type { ValidationProblem } from '..';
import type { Blueprint } from './blueprint';
import {
  ALERT_CHANNELS,
  DEVIATION_KINDS,
  DEVIATION_SEVERITIES,
  type AlertRule,
  type RecognitionRule,
  type RoleAssignment,
  type TechnicalBlueprint
} from './technicalBlueprint';
import { isBlank, problem } from './validationProblem';

// A pragmatic address check (one @, something on both sides, a dot in the domain): the directory is
// the real authority, this only catches typing slips before a sync silently matches nobody.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * Checks a technical blueprint and returns all problems (empty when valid), in the order recognition,
 * participants, alert rules. Paths are JSON pointers into the technical blueprint, e.g.
 * `/alertRules/0/target`. Codes: `unknown-transaction`, `duplicate-recognition`, `no-rules`,
 * `invalid-recognition-kind`, `blank-column`, `blank-value`, `invalid-match`, `unknown-role`,
 * `blank-title`, `blank-list`, `blank-field`, `blank-account`, `invalid-email`, `duplicate-assignment`,
 * `blank-id`, `duplicate-rule-id`, `blank-name`, `no-deviations`, `unknown-deviation`,
 * `invalid-severity`, `invalid-channel`, `blank-target`, `invalid-target`, `invalid-delivery`,
 * `invalid-digest-hour`. Never throws, also not for data that slipped past the types (e.g. from JSON).
 */
export function validateTechnicalBlueprint(technical: TechnicalBlueprint, blueprint: Blueprint): ValidationProblem[] {
  const transactionIds = new Set(blueprint.transactions.map((t) => t.id));
  const roleIds = new Set(blueprint.roles.map((r) => r.id));
  return [
    ...recognitionProblems(technical, transactionIds, roleIds),
    ...participantProblems(technical.participants ?? [], roleIds),
    ...(technical.alertRules ?? []).flatMap((rule, i) => alertRuleProblems(technical.alertRules, rule, i))
  ];
}

function recognitionProblems(technical: TechnicalBlueprint, transactionIds: ReadonlySet<string>, roleIds: ReadonlySet<string>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  (technical.recognition ?? []).forEach((entry, i) => {
    const path = `/recognition/${i}`;
    if (!transactionIds.has(entry.transactionId)) {
      problems.push(problem('unknown-transaction', `${path}/transactionId`, `No transaction of the blueprint has the id "${String(entry.transactionId)}": pick one of its transactions or remove this entry.`));
    } else if (seen.has(entry.transactionId)) {
      problems.push(problem('duplicate-recognition', `${path}/transactionId`, `Transaction "${entry.transactionId}" is listed twice: keep its rules in one entry.`));
    }
    seen.add(entry.transactionId);
    const rules = Array.isArray(entry.rules) ? entry.rules : [];
    if (rules.length === 0) problems.push(problem('no-rules', `${path}/rules`, `Transaction "${String(entry.transactionId)}" has no way to be recognised: add a CSV value or a Graph pattern.`));
    rules.forEach((rule, r) => problems.push(...ruleProblems(rule, `${path}/rules/${r}`, roleIds)));
  });
  return problems;
}

function roleProblem(roleIds: ReadonlySet<string>, roleId: unknown, path: string): ValidationProblem[] {
  return roleIds.has(roleId as string) ? [] : [problem('unknown-role', path, `No role of the blueprint has the id "${String(roleId)}": pick one of its roles.`)];
}

function blank(value: unknown, code: string, path: string, message: string): ValidationProblem[] {
  return isBlank(value) ? [problem(code, path, message)] : [];
}

function ruleProblems(rule: RecognitionRule, path: string, roleIds: ReadonlySet<string>): ValidationProblem[] {
  switch (rule.kind) {
    case 'csv':
      return [
        ...blank(rule.column, 'blank-column', `${path}/column`, 'Name the CSV column that holds the activity, e.g. "Activity".'),
        ...blank(rule.value, 'blank-value', `${path}/value`, 'Give the value in that column that means the exchange happened.'),
        ...(rule.match === undefined || rule.match === 'equals' || rule.match === 'contains'
          ? []
          : [problem('invalid-match', `${path}/match`, `Match "${String(rule.match)}" is unknown: choose equals or contains.`)])
      ];
    case 'meeting':
      return roleProblem(roleIds, rule.attendeeRole, `${path}/attendeeRole`);
    case 'mail':
      return [...roleProblem(roleIds, rule.fromRole, `${path}/fromRole`), ...roleProblem(roleIds, rule.toRole, `${path}/toRole`)];
    case 'plannerTask':
      return blank(rule.titleContains, 'blank-title', `${path}/titleContains`, 'Give the words the Planner task title contains.');
    case 'listItem':
      return [
        ...blank(rule.listTitle, 'blank-list', `${path}/listTitle`, 'Name the SharePoint list that holds the items.'),
        ...blank(rule.field, 'blank-field', `${path}/field`, 'Name the list column to look at.'),
        ...blank(rule.value, 'blank-value', `${path}/value`, 'Give the value in that column that means the exchange happened.')
      ];
    default:
      return [problem('invalid-recognition-kind', `${path}/kind`, `"${String((rule as { kind?: unknown }).kind)}" is not a way to recognise an exchange: choose CSV, meeting, mail, Planner task or list item.`)];
  }
}

function participantProblems(participants: readonly RoleAssignment[], roleIds: ReadonlySet<string>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    const path = `/participants/${i}`;
    problems.push(...blank(p.account, 'blank-account', `${path}/account`, 'Name the account this person works on.'));
    const email = typeof p.email === 'string' ? p.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email)) problems.push(problem('invalid-email', `${path}/email`, `"${String(p.email)}" is not an email address: use the person's email or sign-in name.`));
    problems.push(...roleProblem(roleIds, p.roleId, `${path}/roleId`));
    const key = `${String(p.account).trim().toLowerCase()}\n${email}\n${String(p.roleId)}`;
    if (seen.has(key)) problems.push(problem('duplicate-assignment', path, `${String(p.email)} is already mapped to this role on ${String(p.account).trim()}: remove the copy.`));
    seen.add(key);
  });
  return problems;
}

function alertRuleProblems(all: readonly AlertRule[], rule: AlertRule, i: number): ValidationProblem[] {
  const path = `/alertRules/${i}`;
  const problems: ValidationProblem[] = [];
  if (isBlank(rule.id)) problems.push(problem('blank-id', `${path}/id`, `Alert rule ${i + 1} has no id: give it a short unique id.`));
  else if (all.findIndex((other) => other.id === rule.id) !== i) {
    problems.push(problem('duplicate-rule-id', `${path}/id`, `Two alert rules share the id "${rule.id}": give each rule its own id.`));
  }
  problems.push(...blank(rule.name, 'blank-name', `${path}/name`, `Alert rule ${i + 1} has no name: say what it warns about.`));
  const deviations = Array.isArray(rule.deviations) ? rule.deviations : [];
  if (deviations.length === 0) problems.push(problem('no-deviations', `${path}/deviations`, `Alert rule "${String(rule.name)}" watches no deviation: pick at least one.`));
  deviations.forEach((kind, d) => {
    if (!DEVIATION_KINDS.includes(kind)) problems.push(problem('unknown-deviation', `${path}/deviations/${d}`, `"${String(kind)}" is not a deviation the checker reports.`));
  });
  if (!DEVIATION_SEVERITIES.includes(rule.minSeverity)) {
    problems.push(problem('invalid-severity', `${path}/minSeverity`, `Severity "${String(rule.minSeverity)}" is unknown: choose low, medium or high.`));
  }
  if (!ALERT_CHANNELS.includes(rule.channel)) {
    problems.push(problem('invalid-channel', `${path}/channel`, `Channel "${String(rule.channel)}" is unknown: choose a Teams channel, a Teams chat, mail or a webhook connection.`));
  } else problems.push(...targetProblems(rule, `${path}/target`));
  if (rule.delivery !== 'immediate' && rule.delivery !== 'digest') {
    problems.push(problem('invalid-delivery', `${path}/delivery`, `Delivery "${String(rule.delivery)}" is unknown: choose immediate or digest.`));
  } else if (rule.delivery === 'digest') {
    const hour = rule.digestHourUtc;
    if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
      problems.push(problem('invalid-digest-hour', `${path}/digestHourUtc`, `A daily digest needs an hour from 0 to 23 (UTC); it has ${String(hour)}.`));
    }
  }
  return problems;
}

function targetProblems(rule: AlertRule, path: string): ValidationProblem[] {
  if (isBlank(rule.target)) return [problem('blank-target', path, `Alert rule "${String(rule.name)}" has no recipient: say where the alert goes.`)];
  const target = rule.target.trim();
  switch (rule.channel) {
    case 'teams-channel':
      return /^[^/\s]+\/[^/\s]+$/.test(target) ? [] : [problem('invalid-target', path, 'A Teams channel is written as team id/channel id.')];
    case 'mail': {
      const bad = target.split(',').map((a) => a.trim()).filter((a) => !EMAIL.test(a));
      return bad.length === 0 ? [] : [problem('invalid-target', path, `Not an email address: ${bad.map((a) => `"${a}"`).join(', ')}.`)];
    }
    case 'webhook':
      // A webhook URL carries its own signature: it is a secret and never belongs in a list item.
      return /^https?:/i.test(target)
        ? [problem('invalid-target', path, 'Do not paste the webhook address here: name the connection an administrator configured for the monitor.')]
        : [];
    default:
      return [];
  }
}
