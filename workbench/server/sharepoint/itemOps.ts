import { randomUUID } from 'node:crypto';
import { duplicateValues, etagMismatch } from './errors';
import { readColumn } from './itemValues';
import type { FieldDef, FieldValue, ItemRecord, ItemVersion, ListMeta } from './types';

/** A value's identity for unique-value enforcement: text is compared case-insensitively as in SharePoint. */
function uniqueKey(value: FieldValue): string | undefined {
  if (value === null || value === '') return undefined;
  return typeof value === 'string' ? `s:${value.toLowerCase()}` : `${typeof value}:${String(value)}`;
}

/**
 * Remembers the values already taken in a list's unique columns. Built once per request (a scan of
 * the list) or once per bulk seed, so seeding 60,000 items stays linear.
 */
export class UniqueIndex {
  private readonly taken = new Map<string, Map<string, number>>();

  public constructor(fields: readonly FieldDef[], items: Iterable<ItemRecord>) {
    const unique = fields.filter((f) => f.enforceUniqueValues);
    for (const field of unique) this.taken.set(field.internalName, new Map());
    for (const item of items) this.add(item, unique);
  }

  /** @throws 500 SPDuplicateValuesFoundException naming every column whose value another item has */
  public check(values: Readonly<Record<string, FieldValue>>, exceptId?: number): void {
    const clashes: string[] = [];
    for (const [name, byValue] of this.taken) {
      const key = name in values ? uniqueKey(values[name]) : undefined;
      const owner = key === undefined ? undefined : byValue.get(key);
      if (owner !== undefined && owner !== exceptId) clashes.push(name);
    }
    if (clashes.length > 0) throw duplicateValues(clashes);
  }

  public add(item: ItemRecord, fields?: readonly FieldDef[]): void {
    for (const [name, byValue] of this.taken) {
      const field = fields?.find((f) => f.internalName === name);
      const key = uniqueKey(field ? readColumn(item, field) : item.values[name] ?? null);
      if (key !== undefined) byValue.set(key, item.id);
    }
  }
}

/**
 * Unique-value check for one write by a plain scan (no index to build): with 60,000 items this is a
 * few milliseconds, where building a {@link UniqueIndex} per request costs tens.
 *
 * @throws 500 SPDuplicateValuesFoundException naming every clashing column
 */
export function checkUniqueByScan(fields: readonly FieldDef[], items: readonly ItemRecord[], values: Readonly<Record<string, FieldValue>>, exceptId?: number): void {
  const clashes: string[] = [];
  for (const field of fields) {
    if (!field.enforceUniqueValues || !(field.internalName in values)) continue;
    const key = uniqueKey(values[field.internalName]);
    if (key === undefined) continue;
    for (const item of items) {
      if (item.id !== exceptId && uniqueKey(readColumn(item, field)) === key) {
        clashes.push(field.internalName);
        break;
      }
    }
  }
  if (clashes.length > 0) throw duplicateValues(clashes);
}

/** A UniqueIndex stand-in for single writes: checks by scan, remembers nothing. */
export function scanningUniqueCheck(fields: readonly FieldDef[], items: readonly ItemRecord[]): Pick<UniqueIndex, 'check' | 'add'> {
  return { check: (values, exceptId) => checkUniqueByScan(fields, items, values, exceptId), add: () => undefined };
}

function currentVersion(item: ItemRecord): ItemVersion {
  return { versionId: item.uiVersion * 512, label: `${item.uiVersion}.0`, modified: item.modified, editorId: item.editorId, values: item.values };
}

/** The versions endpoint's view: every kept version, newest first, the current one included. */
export function itemVersions(item: ItemRecord): ItemVersion[] {
  return [currentVersion(item), ...[...item.history].reverse()];
}

/**
 * A new item with the list's next Id. Does not store it.
 *
 * @param now epoch ms used for Created and Modified
 * @returns the item and the list meta with its counters advanced
 */
export function createItem(meta: ListMeta, values: Readonly<Record<string, FieldValue>>, userId: number, now: number, unique: Pick<UniqueIndex, 'check' | 'add'>): { meta: ListMeta; item: ItemRecord } {
  const full: Record<string, FieldValue> = {};
  for (const field of meta.fields) if (!field.builtIn) full[field.internalName] = null;
  full.Title = null;
  Object.assign(full, values);
  unique.check(full);
  const item: ItemRecord = {
    id: meta.nextItemId,
    guid: randomUUID(),
    created: now,
    modified: now,
    authorId: userId,
    editorId: userId,
    etag: 1,
    uiVersion: 1,
    values: full,
    history: []
  };
  unique.add(item);
  return { meta: { ...meta, nextItemId: meta.nextItemId + 1, lastItemModified: now }, item };
}

/** `If-Match` check: absent or `*` always passes; otherwise it must equal the item's quoted ETag. */
export function checkIfMatch(item: ItemRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === '') return;
  const current = `"${item.etag}"`;
  // Accept the weak form and a bare number too: clients copy ETags from different places.
  const requested = ifMatch.trim().replace(/^W\//, '');
  if (requested !== current && requested !== String(item.etag)) throw etagMismatch(ifMatch.trim(), current);
}

/**
 * The item after a MERGE. With versioning on, the previous state becomes a history version and the
 * major version advances; without it SharePoint keeps version 1.0 and no history. The ETag advances
 * on every write either way.
 */
export function mergeItem(meta: ListMeta, item: ItemRecord, values: Readonly<Record<string, FieldValue>>, userId: number, now: number, unique: Pick<UniqueIndex, 'check' | 'add'>): ItemRecord {
  const merged = { ...item.values, ...values };
  unique.check(merged, item.id);
  return {
    ...item,
    values: merged,
    modified: now,
    editorId: userId,
    etag: item.etag + 1,
    uiVersion: meta.enableVersioning ? item.uiVersion + 1 : item.uiVersion,
    history: meta.enableVersioning ? [...item.history, currentVersion(item)] : item.history
  };
}
