import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../persistence';
import { type UniqueOwners, uniqueKey } from './itemOps';
import { readColumn } from './itemValues';
import type { FieldDef, ItemRecord, ListMeta } from './types';

/**
 * The emulator's state and its durability. Layout under `<dataDir>/sharepoint/`:
 *  - `site.json`            web id, digest secret and every list's schema (written atomically, rarely)
 *  - `lists/<id>.json`      a snapshot of one list's items (written atomically)
 *  - `lists/<id>.log`       a journal of item writes since that snapshot, one JSON line per write,
 *                           appended and fsynced before the request is answered
 * A single-item write therefore costs one small append, not a rewrite of a 60,000-item file; the
 * snapshot is rewritten only when the journal grows longer than the list. A `kill -9` can tear at
 * most the journal's last line, which was never acknowledged, and loading skips it.
 */
interface SiteFile {
  readonly version: 1;
  readonly webId: string;
  readonly digestSecret: string;
  readonly lists: readonly ListMeta[];
}

interface ListSnapshot {
  readonly nextItemId: number;
  readonly lastItemModified: number;
  readonly items: readonly ItemRecord[];
}

type JournalEntry = { readonly op: 'put'; readonly item: ItemRecord } | { readonly op: 'del'; readonly id: number; readonly at: number };

interface ListState {
  meta: ListMeta;
  items: Map<number, ItemRecord>;
  ordered?: ItemRecord[];
  journalLength: number;
  /** Built on first use, then updated by every put and delete; dropped when the list's schema changes. */
  unique?: Map<string, Map<string, number>>;
}

export interface SharePointStore {
  readonly webId: string;
  readonly digestSecret: string;
  lists(): readonly ListMeta[];
  list(id: string): ListMeta | undefined;
  /** Saves a new or changed list schema (site.json). */
  saveList(meta: ListMeta): void;
  deleteList(id: string): void;
  /** The list's items in ascending Id order (a cached array: do not mutate). */
  items(listId: string): readonly ItemRecord[];
  item(listId: string, id: number): ItemRecord | undefined;
  /** Who holds each value of each unique column, kept current on every write (do not mutate). */
  uniqueOwners(listId: string): UniqueOwners;
  /** Stores items and the list's counters; journals them unless `bulk` (then one snapshot is written). */
  putItems(meta: ListMeta, items: readonly ItemRecord[], bulk?: boolean): void;
  deleteItem(meta: ListMeta, id: number, at: number): void;
  /**
   * Runs `fn` with journal writes buffered, then appends and fsyncs each touched list's journal once
   * (group commit): a `$batch` of 20 writes costs one fsync per list instead of 20.
   */
  group<T>(fn: () => T): T;
  /** Wipes memory and disk. */
  reset(): void;
}

/** A deterministic GUID from a text, so one site path always has the same web id. */
export function guidFrom(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function appendDurably(path: string, text: string): void {
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readJournal(path: string): JournalEntry[] {
  if (!existsSync(path)) return [];
  const entries: JournalEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      // Only the last line can be torn (an append cut by a crash); it was never acknowledged.
      break;
    }
  }
  return entries;
}

/** Opens (or creates) the store under `<dataDir>/sharepoint` for the site at `sitePath`. */
export function openSharePointStore(dataDir: string, sitePath: string): SharePointStore {
  const root = join(dataDir, 'sharepoint');
  const siteFile = join(root, 'site.json');
  const listDir = join(root, 'lists');
  let webId = guidFrom(sitePath);
  let digestSecret = '';
  const states = new Map<string, ListState>();

  const writeSite = (): void => {
    const file: SiteFile = { version: 1, webId, digestSecret, lists: [...states.values()].map((s) => s.meta) };
    writeFileAtomic(siteFile, JSON.stringify(file));
  };
  const snapshot = (state: ListState): void => {
    const file: ListSnapshot = { nextItemId: state.meta.nextItemId, lastItemModified: state.meta.lastItemModified, items: [...state.items.values()] };
    writeFileAtomic(join(listDir, `${state.meta.id}.json`), JSON.stringify(file));
    writeFileAtomic(join(listDir, `${state.meta.id}.log`), '');
    state.journalLength = 0;
  };
  const load = (): void => {
    const site = readJsonFile<SiteFile>(siteFile);
    if (!site) {
      digestSecret = randomBytes(16).toString('hex');
      mkdirSync(listDir, { recursive: true });
      writeSite();
      return;
    }
    webId = site.webId;
    digestSecret = site.digestSecret;
    for (const stored of site.lists) {
      const snap = readJsonFile<ListSnapshot>(join(listDir, `${stored.id}.json`));
      let meta: ListMeta = snap ? { ...stored, nextItemId: Math.max(stored.nextItemId, snap.nextItemId), lastItemModified: Math.max(stored.lastItemModified, snap.lastItemModified) } : stored;
      const items = new Map<number, ItemRecord>((snap?.items ?? []).map((item) => [item.id, item]));
      const journal = readJournal(join(listDir, `${stored.id}.log`));
      for (const entry of journal) {
        if (entry.op === 'put') {
          items.set(entry.item.id, entry.item);
          meta = { ...meta, nextItemId: Math.max(meta.nextItemId, entry.item.id + 1), lastItemModified: Math.max(meta.lastItemModified, entry.item.modified) };
        } else {
          items.delete(entry.id);
          meta = { ...meta, nextItemId: Math.max(meta.nextItemId, entry.id + 1), lastItemModified: Math.max(meta.lastItemModified, entry.at) };
        }
      }
      // Journal replay may have put ids out of order (an update of an old item): restore Id order.
      const ordered = new Map([...items.entries()].sort((a, b) => a[0] - b[0]));
      states.set(meta.id, { meta, items: ordered, journalLength: journal.length });
    }
  };
  const stateOf = (id: string): ListState => {
    const state = states.get(id);
    if (!state) throw new Error(`No list ${id} in the SharePoint emulator store.`);
    return state;
  };
  let pending: Map<ListState, JournalEntry[]> | undefined;
  const journal = (state: ListState, entries: readonly JournalEntry[]): void => {
    if (pending) {
      pending.set(state, [...(pending.get(state) ?? []), ...entries]);
      return;
    }
    appendDurably(join(listDir, `${state.meta.id}.log`), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    state.journalLength += entries.length;
    // Compact once the journal outgrows the list: keeps loading fast and the cost amortised O(1).
    if (state.journalLength > Math.max(1000, state.items.size)) snapshot(state);
  };

  const uniqueFields = (meta: ListMeta): FieldDef[] => meta.fields.filter((f) => f.enforceUniqueValues);
  const forgetUnique = (state: ListState, item: ItemRecord | undefined): void => {
    if (!state.unique || !item) return;
    for (const field of uniqueFields(state.meta)) {
      const key = uniqueKey(readColumn(item, field));
      const byValue = state.unique.get(field.internalName);
      if (key !== undefined && byValue?.get(key) === item.id) byValue.delete(key);
    }
  };
  const rememberUnique = (state: ListState, item: ItemRecord): void => {
    if (!state.unique) return;
    for (const field of uniqueFields(state.meta)) {
      const key = uniqueKey(readColumn(item, field));
      if (key !== undefined) state.unique.get(field.internalName)?.set(key, item.id);
    }
  };

  load();
  return {
    get webId() {
      return webId;
    },
    get digestSecret() {
      return digestSecret;
    },
    lists: () => [...states.values()].map((s) => s.meta),
    list: (id) => states.get(id)?.meta,
    saveList(meta) {
      const existing = states.get(meta.id);
      if (existing) {
        existing.meta = meta;
        existing.unique = undefined;
      }
      else states.set(meta.id, { meta, items: new Map(), journalLength: 0 });
      writeSite();
      if (!existing) snapshot(stateOf(meta.id));
    },
    deleteList(id) {
      states.delete(id);
      writeSite();
      rmSync(join(listDir, `${id}.json`), { force: true });
      rmSync(join(listDir, `${id}.log`), { force: true });
    },
    items(listId) {
      const state = stateOf(listId);
      state.ordered ??= [...state.items.values()];
      return state.ordered;
    },
    item: (listId, id) => stateOf(listId).items.get(id),
    uniqueOwners(listId) {
      const state = stateOf(listId);
      if (!state.unique) {
        state.unique = new Map(uniqueFields(state.meta).map((f) => [f.internalName, new Map<string, number>()]));
        for (const item of state.items.values()) rememberUnique(state, item);
      }
      return state.unique;
    },
    putItems(meta, items, bulk = false) {
      const state = stateOf(meta.id);
      if (state.unique && uniqueFields(state.meta).length !== uniqueFields(meta).length) state.unique = undefined;
      state.meta = meta;
      for (const item of items) {
        forgetUnique(state, state.items.get(item.id));
        const isAppend = state.ordered !== undefined && !state.items.has(item.id) && item.id > (state.ordered[state.ordered.length - 1]?.id ?? 0);
        state.items.set(item.id, item);
        rememberUnique(state, item);
        // New items get ever-higher ids: append to the cached order instead of rebuilding it per write.
        if (isAppend) state.ordered!.push(item);
        else state.ordered = undefined;
      }
      if (bulk) snapshot(state);
      else journal(state, items.map((item) => ({ op: 'put', item })));
    },
    deleteItem(meta, id, at) {
      const state = stateOf(meta.id);
      state.meta = meta;
      forgetUnique(state, state.items.get(id));
      state.items.delete(id);
      state.ordered = undefined;
      journal(state, [{ op: 'del', id, at }]);
    },
    group(fn) {
      if (pending) return fn();
      pending = new Map();
      try {
        return fn();
      } finally {
        const groups = pending;
        pending = undefined;
        for (const [state, entries] of groups) if (states.get(state.meta.id) === state) journal(state, entries);
      }
    },
    reset() {
      pending = undefined;
      states.clear();
      rmSync(root, { recursive: true, force: true });
      webId = guidFrom(sitePath);
      load();
    }
  };
}
