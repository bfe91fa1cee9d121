/**
 * An in-memory BlueprintStore for component tests: the life cycle's rules (one draft, versions
 * written once, ETags, the live version guard) without HTTP. The SharePoint adapter is tested against
 * the emulator in tests/adapters/sharepoint/blueprintLifecycle.test.ts.
 */
import { ConcurrencyConflictError, PublishConflictError } from '../../../src/services';
import type { Blueprint } from '../../../src/core/model/blueprint';
import type { BlueprintAccess, BlueprintStore, StoredBlueprint } from '../../../src/services/ports';

export interface MemoryBlueprintStore extends BlueprintStore {
  /** Every saveDraft call, in order, with the ETag it was given. */
  readonly draftSaves: { readonly blueprint: Blueprint; readonly etag: string | undefined }[];
}

export function memoryBlueprintStore(published: readonly Blueprint[], access: BlueprintAccess = { canRead: true, canEdit: true, canPublish: true }, who: string = 'Adele Vance'): MemoryBlueprintStore {
  let clock = 1_000;
  let itemId = 0;
  const versions: StoredBlueprint[] = [];
  const drafts = new Map<string, StoredBlueprint>();
  const stamp = (blueprint: Blueprint, extra: Partial<StoredBlueprint> = {}): StoredBlueprint => {
    itemId += 1;
    clock += 60_000;
    return { blueprint, etag: `"${itemId}"`, itemId, modifiedAt: clock, modifiedBy: who, ...extra };
  };
  const live = (id: string): StoredBlueprint | undefined => versions.filter((v) => v.blueprint.id === id).sort((a, b) => b.blueprint.version - a.blueprint.version)[0];
  for (const b of published) versions.push(stamp({ ...b, status: 'published' }));
  const draftSaves: { blueprint: Blueprint; etag: string | undefined }[] = [];
  const guard = (id: string, expected: number | undefined): number => {
    const current = live(id);
    if (current?.blueprint.version !== expected && current) throw new PublishConflictError<Blueprint>(expected, current.blueprint, current.blueprint.version, current.modifiedBy);
    return (current?.blueprint.version ?? 0) + 1;
  };
  return {
    draftSaves,
    list: async () =>
      [...new Set([...versions.map((v) => v.blueprint.id), ...drafts.keys()])].map((id) => {
        const p = live(id);
        const d = drafts.get(id);
        return { blueprintId: id, name: d?.blueprint.name ?? p?.blueprint.name ?? id, ...(p ? { published: p } : {}), ...(d ? { draft: d } : {}) };
      }),
    getPublished: async (id) => (id ? live(id) : [...versions].sort((a, b) => b.modifiedAt - a.modifiedAt)[0]),
    getVersion: async (id, version) => versions.find((v) => v.blueprint.id === id && v.blueprint.version === version),
    getDraft: async (id) => drafts.get(id),
    saveDraft: async (blueprint, etag) => {
      draftSaves.push({ blueprint, etag });
      const current = drafts.get(blueprint.id);
      if ((current?.etag ?? undefined) !== etag) throw new ConcurrencyConflictError<Blueprint>(blueprint, current?.blueprint, etag ?? '', current?.etag);
      const basedOn = current?.basedOnVersion ?? live(blueprint.id)?.blueprint.version;
      const saved = stamp({ ...blueprint, status: 'draft', version: (basedOn ?? 0) + 1 }, basedOn !== undefined ? { basedOnVersion: basedOn } : {});
      drafts.set(blueprint.id, saved);
      return saved;
    },
    discardDraft: async (id, etag) => {
      if (drafts.get(id)?.etag !== etag) throw new ConcurrencyConflictError<Blueprint | undefined>(undefined, drafts.get(id)?.blueprint, etag, drafts.get(id)?.etag);
      drafts.delete(id);
    },
    publish: async (id, etag, expected) => {
      const draft = drafts.get(id);
      if (!draft || draft.etag !== etag) throw new ConcurrencyConflictError<Blueprint | undefined>(undefined, draft?.blueprint, etag, draft?.etag);
      const version = guard(id, expected);
      const stored = stamp({ ...draft.blueprint, status: 'published', version });
      versions.push(stored);
      drafts.delete(id);
      return stored;
    },
    republish: async (id, version, expected) => {
      const earlier = versions.find((v) => v.blueprint.id === id && v.blueprint.version === version);
      if (!earlier) throw new RangeError(`no v${version}`);
      const next = guard(id, expected);
      const stored = stamp({ ...earlier.blueprint, version: next }, { restoredFrom: version });
      versions.push(stored);
      return stored;
    },
    history: async (id) => versions.filter((v) => v.blueprint.id === id).sort((a, b) => b.blueprint.version - a.blueprint.version),
    access: async () => access
  };
}
