import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../persistence';
import type { GraphResource, GraphSeed, GraphState, GraphUser, OutboxItem, StoredRecord } from './types';

/**
 * The Graph emulator's data: users, resources with change versions (for delta) and the outbox, kept
 * in memory and written through to `dataDir` atomically after every change, so a restart (even after
 * `kill -9`) sees the last acknowledged state.
 */
export interface GraphStore {
  users(): readonly GraphUser[];
  /** Finds a user by id or (case-insensitive) UPN. */
  findUser(idOrUpn: string): GraphUser | undefined;
  defaultUser(): GraphUser | undefined;
  /** The global change counter (the version of the latest change). */
  version(): number;
  /** Tokens issued in an earlier generation are expired. */
  tokenGeneration(): number;
  /** Expires every token issued so far (the test hook). */
  expireTokens(): void;
  /** Live and deleted records of one kind and scope (owner id, `site/list` or plan id), in version order. */
  records(kind: StoredRecord['kind'], scope: string): readonly StoredRecord[];
  /** Records of one kind across all scopes (e.g. planner tasks assigned to a user). */
  recordsOfKind(kind: StoredRecord['kind']): readonly StoredRecord[];
  find(id: string): StoredRecord | undefined;
  /** Upserts and deletes; unchanged resources keep their version so a re-seed creates no delta noise. */
  apply(seed: GraphSeed): void;
  outbox(): readonly OutboxItem[];
  addOutbox(item: Omit<OutboxItem, 'id'>): OutboxItem;
  reset(): void;
}

const STATE_FILE = 'graph-state.json';
const OUTBOX_FILE = 'graph-outbox.json';

function emptyState(): GraphState {
  return { users: [], version: 0, tokenGeneration: 0, records: [] };
}

/** Opens (or creates) the store in `dataDir`. */
export function openGraphStore(dataDir: string): GraphStore {
  const statePath = join(dataDir, STATE_FILE);
  const outboxPath = join(dataDir, OUTBOX_FILE);
  let state: GraphState = readJsonFile<GraphState>(statePath) ?? emptyState();
  let outbox: OutboxItem[] = readJsonFile<OutboxItem[]>(outboxPath) ?? [];
  let byId = new Map<string, StoredRecord>();
  let byScope = new Map<string, StoredRecord[]>();

  function rebuildIndexes(): void {
    byId = new Map(state.records.map((record) => [record.resource.id, record]));
    byScope = new Map();
    for (const record of [...byId.values()].sort((a, b) => a.version - b.version)) {
      const key = `${record.kind}|${record.scope}`;
      const list = byScope.get(key);
      if (list === undefined) byScope.set(key, [record]);
      else list.push(record);
    }
  }
  rebuildIndexes();

  function save(): void {
    writeFileAtomic(statePath, JSON.stringify(state));
  }

  function upsert(records: Map<string, StoredRecord>, next: StoredRecord, version: number): number {
    const previous = records.get(next.resource.id);
    if (previous !== undefined && !previous.deleted && JSON.stringify(previous.resource) === JSON.stringify(next.resource)) return version;
    records.set(next.resource.id, { ...next, version: version + 1 });
    return version + 1;
  }

  return {
    users: () => state.users,
    findUser: (idOrUpn) => {
      const wanted = idOrUpn.toLowerCase();
      return state.users.find((user) => user.id === idOrUpn || user.userPrincipalName.toLowerCase() === wanted);
    },
    defaultUser: () => {
      const upn = state.defaultUserUpn?.toLowerCase();
      return state.users.find((user) => user.userPrincipalName.toLowerCase() === upn) ?? state.users[0];
    },
    version: () => state.version,
    tokenGeneration: () => state.tokenGeneration,
    expireTokens: () => {
      state = { ...state, tokenGeneration: (state.tokenGeneration) + 1 };
      save();
    },
    records: (kind, scope) => byScope.get(`${kind}|${scope}`) ?? [],
    recordsOfKind: (kind) => [...byId.values()].filter((record) => record.kind === kind),
    find: (id) => byId.get(id),
    apply: (seed) => {
      const records = new Map(byId);
      let version = state.version;
      const add = (kind: StoredRecord['kind'], scope: string, resource: GraphResource & { id: string }, folder?: string): void => {
        version = upsert(records, { kind, scope, folder, version, deleted: false, resource }, version);
      };
      for (const event of seed.events ?? []) add('event', event.ownerId, event.resource as GraphResource & { id: string });
      for (const message of seed.messages ?? []) add('message', message.ownerId, message.resource as GraphResource & { id: string }, message.folder);
      for (const task of seed.plannerTasks ?? []) add('plannerTask', task.planId, task);
      for (const item of seed.listItems ?? []) add('listItem', `${item.siteId}/${item.listId}`, item.resource);
      for (const id of seed.deletedIds ?? []) {
        const existing = records.get(id);
        if (existing === undefined || existing.deleted) continue;
        version += 1;
        records.set(id, { ...existing, version, deleted: true, resource: { id } });
      }
      const users = new Map(state.users.map((user) => [user.id, user]));
      for (const user of seed.users ?? []) users.set(user.id, user);
      state = {
        ...state,
        users: [...users.values()],
        defaultUserUpn: seed.defaultUserUpn ?? state.defaultUserUpn,
        version,
        records: [...records.values()]
      };
      rebuildIndexes();
      save();
    },
    outbox: () => outbox,
    addOutbox: (item) => {
      const stored: OutboxItem = { id: String(outbox.length + 1), ...item };
      outbox = [...outbox, stored];
      writeFileAtomic(outboxPath, JSON.stringify(outbox));
      return stored;
    },
    reset: () => {
      state = emptyState();
      outbox = [];
      rmSync(statePath, { force: true });
      rmSync(outboxPath, { force: true });
      rebuildIndexes();
    }
  };
}
