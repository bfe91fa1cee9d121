/**
 * What changed between two versions of a blueprint, for the version history: roles, stages and
 * transactions added, removed or changed (field by field), and the blueprint's own fields. Items are
 * matched by id, so renaming a role is a change, not a removal plus an addition.
 */
import type { Blueprint, Role, Stage, Transaction } from '../../core/model/blueprint';

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
  /** Name (roles, stages) or deliverable (transactions), as in the version it comes from. */
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
  /** Changes to `name`, `description`, `status` and `version`. */
  readonly blueprint: readonly FieldChange[];
  readonly roles: CollectionDiff;
  readonly stages: CollectionDiff;
  readonly transactions: CollectionDiff;
}

type Fields = ReadonlyArray<readonly [string, FieldValue]>;

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

function transactionFields(t: Transaction): Fields {
  return [
    ['sequence', t.sequence],
    ['from', t.from],
    ['to', t.to],
    ['deliverable', t.deliverable],
    ['kind', t.kind],
    ['stage', t.stage],
    ['required', t.required],
    ['minCount', t.minCount],
    ['precededBy', t.precededBy],
    ['due.days', t.due?.days],
    ['due.afterTransactionId', t.due?.afterTransactionId]
  ];
}

function blueprintFields(b: Blueprint): Fields {
  return [['name', b.name], ['description', b.description], ['status', b.status], ['version', b.version]];
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields whose values differ, in the fields' declared order. */
function fieldChanges(before: Fields, after: Fields): FieldChange[] {
  return after
    .map(([field, value], i) => ({ field, before: before[i][1], after: value }))
    .filter((c) => !sameValue(c.before, c.after));
}

function diffCollection<T extends { readonly id: string }>(before: readonly T[], after: readonly T[], fields: (item: T) => Fields, label: (item: T) => string): CollectionDiff {
  const oldById = new Map(before.map((item) => [item.id, item]));
  const newIds = new Set(after.map((item) => item.id));
  const added: ItemRef[] = [];
  const changed: ItemChange[] = [];
  for (const item of after) {
    const old = oldById.get(item.id);
    if (!old) {
      added.push({ id: item.id, label: label(item) });
      continue;
    }
    const changes = fieldChanges(fields(old), fields(item));
    if (changes.length > 0) changed.push({ id: item.id, label: label(item), changes });
  }
  const removed = before.filter((item) => !newIds.has(item.id)).map((item) => ({ id: item.id, label: label(item) }));
  return { added, removed, changed };
}

/**
 * The differences from `before` (older) to `after` (newer). Identical versions give empty lists.
 * Duplicate ids (an invalid blueprint) are matched to the first item with that id.
 */
export function diffBlueprints(before: Blueprint, after: Blueprint): BlueprintDiff {
  return {
    blueprint: fieldChanges(blueprintFields(before), blueprintFields(after)),
    roles: diffCollection(before.roles, after.roles, roleFields, (r) => r.name),
    stages: diffCollection(before.stages, after.stages, stageFields, (s) => s.name),
    transactions: diffCollection(before.transactions, after.transactions, transactionFields, (t) => t.deliverable)
  };
}

/** True when the diff lists no change at all. */
export function isEmptyDiff(diff: BlueprintDiff): boolean {
  const empty = (c: CollectionDiff): boolean => c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
  return diff.blueprint.length === 0 && empty(diff.roles) && empty(diff.stages) && empty(diff.transactions);
}
