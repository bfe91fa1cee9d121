import { randomUUID } from 'node:crypto';
import { duplicateValues, etagMismatch } from './errors';
import { readColumn } from './itemValues';
import type { FieldDef, FieldValue, ItemRecord, ItemVersion, ListMeta } from './types';

/** A value's identity for unique-value enforcement: text is compared case-insensitively as in SharePoint. */
export function uniqueKey(value: FieldValue): string | undefined {
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
 * Which item holds each value of each unique column (column -> value key -> item id), kept current by
 * the store on every write, so that a write checks uniqueness in O(1) instead of scanning the list.
 */
export type UniqueOwners = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The unique-value check against the store's live owners map: nothing to build per request. */
export function liveUniqueCheck(owners: UniqueOwners): Pick<UniqueIndex, 'check' | 'add'> {
  return {
    check: (values, exceptId) => {
      const clashes: string[] = [];
      for (const [name, byValue] of owners) {
        const key = name in values ? uniqueKey(values[name]) : undefined;
        const owner = key === undefined ? undefined : byValue.get(key);
        if (owner !== undefined && owner !== exceptId) clashes.push(name);
      }
      if (clashes.length > 0) throw duplicateValues(clashes);
    },
    // The store records the new item's values when it is put.
    add: () => undefined
  };
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
