/**
 * What changed between two versions of a blueprint, for the version history, the publish review and
 * the conflict dialog: roles, stages and transactions of the Strategy and Business Blueprint, and the
 * recognition rules, people in roles and alert rules of the Technical Blueprint, each added, removed or
 * changed field by field. Items are matched by id, so renaming a role is a change, not a removal plus
 * an addition. Every label and every reference in a value is a name people read (a role's name, a
 * stage's name, a transaction's deliverable), never an internal id.
 */
import type { Blueprint, Role, Stage, Transaction } from './blueprint';
import type { AlertRule, RecognitionRule, RoleAssignment, TechnicalBlueprint, TransactionRecognition } from './technicalBlueprint';

/** A field value as compared: nested objects are flattened into dotted fields (`due.days`). */
export type FieldValue = string | number | boolean | readonly string[] | undefined;

export interface FieldChange {
  /** Field name, dotted for nested fields, e.g. `exitCriteria.minSellingActions`. */
  readonly field: string;
  readonly before: FieldValue;
  readonly after: FieldValue;
}

export interface ItemRef {
  readonly id: string;
  /** Name (roles, stages, alert rules), deliverable (transactions, recognition) or "person as role at account". */
  readonly label: string;
}

export interface ItemChange extends ItemRef {
  readonly changes: readonly FieldChange[];
}

export interface CollectionDiff {
  /** In the order of the newer version. */
  readonly added: readonly ItemRef[];
  /** In the order of the older version. */
  readonly removed: readonly ItemRef[];
  /** In the order of the newer version; only items with at least one changed field. */
  readonly changed: readonly ItemChange[];
}

export interface BlueprintDiff {
  /** Changes to `name` and `description`. */
  readonly blueprint: readonly FieldChange[];
  readonly roles: CollectionDiff;
  readonly stages: CollectionDiff;
  readonly transactions: CollectionDiff;
  /** How each transaction is recognised in data (one item per transaction, field `rules`). */
  readonly recognition: CollectionDiff;
  /** People in roles on accounts (added and removed only). */
  readonly participants: CollectionDiff;
  readonly alertRules: CollectionDiff;
}

/**
 * Each field as `[name, compared, shown]`: references are compared by id (renaming a role is one
 * change to the role, not a change to every exchange it takes part in) and shown by name.
 */
type Fields = ReadonlyArray<readonly [string, FieldValue, FieldValue?]>;

/** Resolves references of one version to the names that version gives them. */
interface Names {
  role(id: string): string;
  stage(id: string): string;
  transaction(id: string): string;
}

function namesOf(b: Blueprint): Names {
  const roles = new Map(b.roles.map((r) => [r.id, r.name]));
  const stages = new Map(b.stages.map((s) => [s.id, s.name]));
  const transactions = new Map(b.transactions.map((t) => [t.id, t.deliverable]));
  return {
    role: (id) => roles.get(id) ?? id,
    stage: (id) => stages.get(id) ?? id,
    transaction: (id) => transactions.get(id) ?? id
  };
}

function roleFields(r: Role): Fields {
  return [['name', r.name], ['side', r.side], ['description', r.description]];
}

function stageFields(s: Stage): Fields {
  return [
    ['name', s.name],
    ['order', s.order],
    ['exitCriteria.minSellingActions', s.exitCriteria.minSellingActions],
    ['exitCriteria.minBuyingActions', s.exitCriteria.minBuyingActions]
  ];
}

function transactionFields(n: Names): (t: Transaction) => Fields {
  return (t) => [
    ['sequence', t.sequence],
    ['from', t.from, n.role(t.from)],
    ['to', t.to, n.role(t.to)],
    ['deliverable', t.deliverable],
    ['kind', t.kind],
    ['stage', t.stage, n.stage(t.stage)],
    ['required', t.required],
    ['minCount', t.minCount],
    ['precededBy', t.precededBy ?? [], (t.precededBy ?? []).map(n.transaction)],
    ['due.days', t.due?.days],
    ['due.afterTransactionId', t.due?.afterTransactionId, t.due?.afterTransactionId === undefined ? undefined : n.transaction(t.due.afterTransactionId)]
  ];
}

/** One recognition rule as a short sentence, with role names. */
function describeRecognitionRule(rule: RecognitionRule, n: { role(id: string): string }): string {
  const subject = (words: string | undefined): string => (words ? ` about "${words}"` : '');
  switch (rule.kind) {
    case 'csv':
      return `CSV column "${rule.column}" ${rule.match === 'contains' ? 'contains' : 'is'} "${rule.value}"`;
    case 'meeting':
      return `meeting with the ${n.role(rule.attendeeRole)}${subject(rule.subjectContains)}`;
    case 'mail':
      return `mail from the ${n.role(rule.fromRole)} to the ${n.role(rule.toRole)}${subject(rule.subjectContains)}`;
    case 'plannerTask':
      return `Planner task "${rule.titleContains}" completed`;
    case 'listItem':
      return `item of list "${rule.listTitle}" with ${rule.field} = "${rule.value}"`;
  }
}

function recognitionFields(n: Names): (r: TransactionRecognition) => Fields {
  return (r) => [['rules', r.rules.map((rule) => JSON.stringify(rule)), r.rules.map((rule) => describeRecognitionRule(rule, n))]];
}

function alertRuleFields(r: AlertRule): Fields {
  return [
    ['name', r.name],
    ['enabled', r.enabled],
    ['deviations', r.deviations],
    ['minSeverity', r.minSeverity],
    ['channel', r.channel],
    ['target', r.target],
    ['delivery', r.delivery],
    ['digestHourUtc', r.digestHourUtc]
  ];
}

function blueprintFields(b: Blueprint): Fields {
  return [['name', b.name], ['description', b.description]];
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields whose values differ, in the fields' declared order. */
function fieldChanges(before: Fields, after: Fields): FieldChange[] {
  const shown = (f: readonly [string, FieldValue, FieldValue?]): FieldValue => (f.length > 2 ? f[2] : f[1]);
  return after.filter((f, i) => !sameValue(before[i][1], f[1])).map((f) => ({ field: f[0], before: shown(before[after.indexOf(f)]), after: shown(f) }));
}

function diffCollection<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, fieldsBefore: (item: T) => Fields, fieldsAfter: (item: T) => Fields, label: (item: T) => string, labelBefore: (item: T) => string = label): CollectionDiff {
  const oldByKey = new Map<string, T>();
  for (const item of before) if (!oldByKey.has(key(item))) oldByKey.set(key(item), item);
  const newKeys = new Set(after.map(key));
  const added: ItemRef[] = [];
  const changed: ItemChange[] = [];
  const seen = new Set<string>();
  for (const item of after) {
    const id = key(item);
    if (seen.has(id)) continue;
    seen.add(id);
    const old = oldByKey.get(id);
    if (old === undefined) {
      added.push({ id, label: label(item) });
      continue;
    }
    const changes = fieldChanges(fieldsBefore(old), fieldsAfter(item));
    if (changes.length > 0) changed.push({ id, label: label(item), changes });
  }
  const removed = [...oldByKey.entries()].filter(([id]) => !newKeys.has(id)).map(([id, item]) => ({ id, label: labelBefore(item) }));
  return { added, removed, changed };
}

const EMPTY_TECHNICAL: TechnicalBlueprint = { recognition: [], participants: [], alertRules: [] };

function participantKey(p: RoleAssignment): string {
  return `${p.account.toLowerCase()}|${p.email.toLowerCase()}|${p.roleId}`;
}

/**
 * The differences from `before` (older) to `after` (newer). Identical versions give empty lists; the
 * version number and status are not compared (a draft and the version it becomes differ only there).
 * Duplicate ids (an invalid blueprint) are matched to the first item with that id.
 */
export function diffBlueprints(before: Blueprint, after: Blueprint): BlueprintDiff {
  const nb = namesOf(before);
  const na = namesOf(after);
  const tb = before.technical ?? EMPTY_TECHNICAL;
  const ta = after.technical ?? EMPTY_TECHNICAL;
  const participantLabel = (n: Names): ((p: RoleAssignment) => string) => (p: RoleAssignment): string => `${p.email} as ${n.role(p.roleId)} at ${p.account}`;
  return {
    blueprint: fieldChanges(blueprintFields(before), blueprintFields(after)),
    roles: diffCollection(before.roles, after.roles, (r) => r.id, roleFields, roleFields, (r) => r.name),
    stages: diffCollection(before.stages, after.stages, (s) => s.id, stageFields, stageFields, (s) => s.name),
    transactions: diffCollection(before.transactions, after.transactions, (t) => t.id, transactionFields(nb), transactionFields(na), (t) => t.deliverable),
    recognition: diffCollection(tb.recognition, ta.recognition, (r) => r.transactionId, recognitionFields(nb), recognitionFields(na), (r) => na.transaction(r.transactionId), (r) => nb.transaction(r.transactionId)),
    participants: diffCollection(tb.participants, ta.participants, participantKey, () => [], () => [], participantLabel(na), participantLabel(nb)),
    alertRules: diffCollection(tb.alertRules, ta.alertRules, (r) => r.id, alertRuleFields, alertRuleFields, (r) => r.name)
  };
}

/** True when the diff lists no change at all. */
export function isEmptyDiff(diff: BlueprintDiff): boolean {
  const empty = (c: CollectionDiff): boolean => c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
  return diff.blueprint.length === 0 && empty(diff.roles) && empty(diff.stages) && empty(diff.transactions) && empty(diff.recognition) && empty(diff.participants) && empty(diff.alertRules);
}
