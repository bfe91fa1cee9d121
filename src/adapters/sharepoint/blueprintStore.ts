import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/list';
import { ConcurrencyConflictError, PublishConflictError } from '../../services';
import type { Blueprint } from '../../core/model';
import type { BlueprintAccess, BlueprintHead, BlueprintStore, StoredBlueprint } from '../../services';
import {
  BLUEPRINT_EXPAND,
  BLUEPRINT_HEAD_SELECT,
  BLUEPRINT_SELECT,
  blueprintItemKey,
  draftToItem,
  itemToHead,
  itemToStoredBlueprint,
  sourceText,
  versionToItem,
  type BlueprintItemHead,
  type VersionSource
} from './mappers/blueprintMapper';
import { odataString, readAllPages } from './paging';
import { listAccess } from './permissions';
import { BlueprintFields as F, listTitle } from './schema';
import { isDuplicateValueError, isETagMismatch, isHttpError, statusOf, toTypedError } from './spErrors';

/** The live version of each blueprint among `heads`: the highest published version number. */
function liveHeads(heads: readonly BlueprintItemHead[]): Map<string, BlueprintItemHead> {
  const live = new Map<string, BlueprintItemHead>();
  for (const head of heads) {
    if (head.blueprintId === undefined || head.status !== 'published' || head.version === undefined) continue;
    const best = live.get(head.blueprintId);
    if (!best || (best.version ?? 0) < head.version) live.set(head.blueprintId, head);
  }
  return live;
}

/**
 * A draft whose item id a published version names as its source was published already: the crash or
 * lost answer came between writing the version and deleting the draft. It no longer counts.
 */
function isPublishedDraft(draft: BlueprintItemHead, live: BlueprintItemHead | undefined): boolean {
  return live?.source?.kind === 'draft' && live.source.draftItemId === draft.itemId;
}

/**
 * A write whose answer never came (dropped connection, timeout, or a gateway error after the write may
 * have been applied): the caller reads back to learn whether it happened.
 */
function outcomeUnknown(error: unknown): boolean {
  if (!isHttpError(error)) return true;
  const status = statusOf(error) ?? 0;
  return status === 502 || status === 503 || status === 504;
}

/**
 * Blueprints in SharePoint (schema version 4): one item per published version (`<id>#v<n>`, written
 * once, never changed) and one per working draft (`<id>#draft`). The live version is the highest
 * one, so publishing is one add: it either happened or not, and the unique item key lets only one of
 * two simultaneous publishers win. The draft is deleted after its version is written; a draft that a
 * version names as its source is ignored (and removed) if that delete never happened.
 */
export function createBlueprintStore(sp: SPFI): BlueprintStore {
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(listTitle('blueprints'));
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => list().items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));

  const heads = async (blueprintId?: string): Promise<BlueprintItemHead[]> => {
    const query = items().select(...BLUEPRINT_HEAD_SELECT).expand(...BLUEPRINT_EXPAND);
    const filtered = blueprintId === undefined ? query : query.filter(`${F.blueprintId} eq ${odataString(blueprintId)}`);
    return readAllPages(filtered, itemToHead).catch((e: unknown) => fail(e, 'read-items'));
  };

  const read = async (itemId: number): Promise<StoredBlueprint | undefined> => {
    try {
      const item = await items().getById(itemId).select(...BLUEPRINT_SELECT).expand(...BLUEPRINT_EXPAND)<Record<string, unknown>>();
      return itemToStoredBlueprint(item);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      return fail(error, 'read-items');
    }
  };

  const rowByKey = async (key: string): Promise<Record<string, unknown> | undefined> => {
    const rows = await items()
      .select(...BLUEPRINT_SELECT)
      .expand(...BLUEPRINT_EXPAND)
      .filter(`${F.key} eq ${odataString(key)}`)
      .top(1)<Record<string, unknown>[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows[0];
  };
  const byKey = async (key: string): Promise<StoredBlueprint | undefined> => {
    const row = await rowByKey(key);
    return row ? itemToStoredBlueprint(row) : undefined;
  };

  /** The draft and the live version of one blueprint, from one read of its heads. */
  const stateOf = async (blueprintId: string): Promise<{ draft?: BlueprintItemHead; live?: BlueprintItemHead }> => {
    const all = await heads(blueprintId);
    const live = liveHeads(all).get(blueprintId);
    const draft = all.find((h) => h.status === 'draft' && h.key === blueprintItemKey(blueprintId, 'draft'));
    return { live, draft: draft && !isPublishedDraft(draft, live) ? draft : undefined };
  };

  const removeStaleDraft = async (blueprintId: string): Promise<void> => {
    const all = await heads(blueprintId);
    const live = liveHeads(all).get(blueprintId);
    const stale = all.find((h) => h.status === 'draft' && isPublishedDraft(h, live));
    // Best effort: a stale draft is already ignored by every read, so a failed delete loses nothing.
    if (stale) await items().getById(stale.itemId).delete().catch(() => undefined);
  };

  /** Adds version `version`; a lost answer or a duplicate key is resolved by reading the item back. */
  const addVersion = async (blueprint: Blueprint, version: number, source: VersionSource, expectedLive: number | undefined): Promise<StoredBlueprint> => {
    const key = blueprintItemKey(blueprint.id, version);
    try {
      await items().add(versionToItem(blueprint, version, source));
    } catch (error) {
      if (!isDuplicateValueError(error) && !outcomeUnknown(error)) return fail(error, 'write-items');
      // Written by this very call when the item names the same source: its answer was lost.
      const row = await rowByKey(key);
      const rowSource = row ? itemToHead(row).source : undefined;
      if (row && rowSource !== undefined && sourceText(rowSource) === sourceText(source)) return itemToStoredBlueprint(row);
      if (!row && !isDuplicateValueError(error)) return fail(error, 'write-items');
      const live = await stateOf(blueprint.id).then((s) => s.live);
      const current = live ? await read(live.itemId) : undefined;
      if (!current) return fail(error, 'write-items');
      throw new PublishConflictError<Blueprint>(expectedLive, current.blueprint, current.blueprint.version, current.modifiedBy);
    }
    const saved = await byKey(key);
    if (!saved) throw new PublishConflictError<Blueprint>(expectedLive, blueprint, version, undefined);
    return saved;
  };

  const requireLive = async (blueprintId: string, expected: number | undefined): Promise<BlueprintItemHead | undefined> => {
    const { live } = await stateOf(blueprintId);
    if (live?.version !== expected) {
      const current = live ? await read(live.itemId) : undefined;
      if (current) throw new PublishConflictError<Blueprint>(expected, current.blueprint, current.blueprint.version, current.modifiedBy);
    }
    return live;
  };

  const store: BlueprintStore = {
    async list(): Promise<BlueprintHead[]> {
      const all = await heads();
      const live = liveHeads(all);
      const ids = [...new Set(all.map((h) => h.blueprintId).filter((id): id is string => id !== undefined))];
      const result: BlueprintHead[] = [];
      for (const blueprintId of ids) {
        const liveHead = live.get(blueprintId);
        const draftHead = all.find((h) => h.blueprintId === blueprintId && h.status === 'draft' && !isPublishedDraft(h, liveHead));
        const [published, draft] = await Promise.all([liveHead ? read(liveHead.itemId) : undefined, draftHead ? read(draftHead.itemId) : undefined]);
        const name = draft?.blueprint.name ?? published?.blueprint.name ?? blueprintId;
        result.push({ blueprintId, name, ...(published ? { published } : {}), ...(draft ? { draft } : {}) });
      }
      return result;
    },
    async getPublished(blueprintId?: string): Promise<StoredBlueprint | undefined> {
      // One request: version items are only ever added, each with a higher number than its
      // blueprint's earlier ones, so the newest published item (highest Id) is the live version of
      // the blueprint published last, or of `blueprintId`. Ordering by Id stays valid past 5,000 items.
      const published = `${F.status} eq 'published'`;
      const rows = await items()
        .select(...BLUEPRINT_SELECT)
        .expand(...BLUEPRINT_EXPAND)
        .filter(blueprintId === undefined ? published : `${F.blueprintId} eq ${odataString(blueprintId)} and ${published}`)
        .orderBy('Id', false)
        .top(1)<Record<string, unknown>[]>()
        .catch((e: unknown) => fail(e, 'read-items'));
      return rows.length === 0 ? undefined : itemToStoredBlueprint(rows[0]);
    },
    async getVersion(blueprintId: string, version: number): Promise<StoredBlueprint | undefined> {
      return byKey(blueprintItemKey(blueprintId, version));
    },
    async getDraft(blueprintId: string): Promise<StoredBlueprint | undefined> {
      const { draft } = await stateOf(blueprintId);
      return draft ? read(draft.itemId) : undefined;
    },
    async saveDraft(blueprint: Blueprint, etag?: string): Promise<StoredBlueprint> {
      const { draft, live } = await stateOf(blueprint.id);
      const conflict = async (): Promise<never> => {
        const current = draft ? await read(draft.itemId) : undefined;
        throw new ConcurrencyConflictError<Blueprint>(blueprint, current?.blueprint, etag ?? '', current?.etag);
      };
      if (etag === undefined) {
        if (draft) return conflict();
        await removeStaleDraft(blueprint.id);
        try {
          await items().add(draftToItem(blueprint, live?.version));
        } catch (error) {
          if (!isDuplicateValueError(error)) return fail(error, 'write-items');
          const current = await byKey(blueprintItemKey(blueprint.id, 'draft'));
          throw new ConcurrencyConflictError<Blueprint>(blueprint, current?.blueprint, '', current?.etag);
        }
      } else {
        // No draft any more (published or discarded by someone else): the edit has nothing to replace.
        if (!draft) throw new ConcurrencyConflictError<Blueprint>(blueprint, undefined, etag, undefined);
        try {
          await items().getById(draft.itemId).update(draftToItem(blueprint, draft.basedOn), etag);
        } catch (error) {
          if (!isETagMismatch(error)) return fail(error, 'write-items');
          return conflict();
        }
      }
      const saved = await byKey(blueprintItemKey(blueprint.id, 'draft'));
      if (!saved) throw new ConcurrencyConflictError<Blueprint>(blueprint, undefined, etag ?? '', undefined);
      return saved;
    },
    async discardDraft(blueprintId: string, etag: string): Promise<void> {
      const { draft } = await stateOf(blueprintId);
      if (!draft) return;
      try {
        await items().getById(draft.itemId).delete(etag);
      } catch (error) {
        if (statusOf(error) === 404) return;
        if (!isETagMismatch(error)) return fail(error, 'write-items');
        const current = await read(draft.itemId);
        throw new ConcurrencyConflictError<Blueprint | undefined>(undefined, current?.blueprint, etag, current?.etag);
      }
    },
    async publish(blueprintId: string, etag: string, expectedLiveVersion: number | undefined): Promise<StoredBlueprint> {
      const { draft } = await stateOf(blueprintId);
      const current = draft ? await read(draft.itemId) : undefined;
      if (!draft || !current || current.etag !== etag) {
        throw new ConcurrencyConflictError<Blueprint | undefined>(undefined, current?.blueprint, etag, current?.etag);
      }
      const live = await requireLive(blueprintId, expectedLiveVersion);
      const version = (live?.version ?? 0) + 1;
      const published = await addVersion(current.blueprint, version, { kind: 'draft', draftItemId: draft.itemId }, expectedLiveVersion);
      // The version is live now; the draft goes. If this delete fails, reads ignore the draft anyway.
      await items().getById(draft.itemId).delete().catch(() => undefined);
      return published;
    },
    async republish(blueprintId: string, version: number, expectedLiveVersion: number): Promise<StoredBlueprint> {
      const earlier = await store.getVersion(blueprintId, version);
      if (!earlier) throw new RangeError(`Version ${version} of this blueprint does not exist.`);
      const live = await requireLive(blueprintId, expectedLiveVersion);
      return addVersion(earlier.blueprint, (live?.version ?? 0) + 1, { kind: 'rollback', version }, expectedLiveVersion);
    },
    async history(blueprintId: string): Promise<StoredBlueprint[]> {
      const rows = await readAllPages(
        items().select(...BLUEPRINT_SELECT).expand(...BLUEPRINT_EXPAND).filter(`${F.blueprintId} eq ${odataString(blueprintId)} and ${F.status} eq 'published'`),
        itemToStoredBlueprint
      ).catch((e: unknown) => fail(e, 'read-items'));
      return rows.sort((a, b) => b.blueprint.version - a.blueprint.version);
    },
    async access(publisherGroup?: string): Promise<BlueprintAccess> {
      try {
        const access = await listAccess(sp, listTitle('blueprints'), publisherGroup);
        return { canRead: access.canRead, canEdit: access.canEdit, canPublish: access.canManage };
      } catch (error) {
        if (statusOf(error) === 401 || statusOf(error) === 403) return { canRead: false, canEdit: false, canPublish: false };
        return fail(error, 'read-items');
      }
    }
  };
  return store;
}
