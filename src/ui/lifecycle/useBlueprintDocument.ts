import * as React from 'react';
import { ConcurrencyConflictError, PublishConflictError, publishDraft, reanalyseAgainstPublished, rollBack } from '../../services';
import { InvalidBlueprintError } from '../../core';
import type { Blueprint } from '../../core/model';
import type { BlueprintHead, BlueprintStore, DataStores, StoredBlueprint } from '../../services';
import type { LifecycleStrings } from '../i18n/lifecycle';
import { documentReducer, initialDocumentState, NO_ACCESS, type DocumentState, type Notice } from './documentReducer';

export interface BlueprintDocument {
  readonly state: DocumentState;
  /** Saves the edits to the working draft; the live version is not touched. */
  saveDraft(blueprint: Blueprint): Promise<void>;
  /** Saves pending edits to the draft, then publishes the draft as the next version. */
  publish(blueprint: Blueprint, dirty: boolean): Promise<void>;
  /** After a publish conflict: publish the draft over the version that went live meanwhile. */
  publishAnyway(): Promise<void>;
  /** Deletes the draft and returns the editor to the live version. */
  discardDraft(): Promise<void>;
  /** Publishes published version `version` again as the next version. */
  rollBack(version: number): Promise<void>;
  /** Conflict resolution: take the stored state, discarding the edits. */
  reload(): Promise<void>;
  /** Conflict resolution: write the edits over the other editor's draft, deliberately. */
  overwrite(blueprint: Blueprint): Promise<void>;
  loadHistory(): Promise<void>;
  dismiss(): void;
  notify(notice: Notice): void;
  fail(error: unknown): void;
}

function messageOf(error: unknown): string {
  if (error instanceof InvalidBlueprintError) return error.problems.map((p) => p.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** The blueprint to open: `preferredId` when the site has it, else the one edited or published last. */
function pickHead(heads: readonly BlueprintHead[], preferredId: string | undefined): BlueprintHead | undefined {
  const latest = (h: BlueprintHead): number => Math.max(h.draft?.modifiedAt ?? 0, h.published?.modifiedAt ?? 0);
  return heads.find((h) => h.blueprintId === preferredId) ?? [...heads].sort((a, b) => latest(b) - latest(a))[0];
}

/** The editor the document feeds: what to show after opening, and what was stored after a save. */
export interface DocumentEditor {
  /** Replace the editor's content (open, reload, discard). */
  load(blueprint: Blueprint): void;
  /** The content was stored as it is: the editor is clean again. */
  saved(blueprint: Blueprint): void;
  /** The content for a site with no blueprint yet. */
  blank(): Blueprint;
}

export interface BlueprintDocumentOptions {
  readonly preferredId?: string;
  readonly publisherGroup?: string;
  /** For re-analysis after a publication; without them the deals are re-analysed by the monitor. */
  readonly deals?: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants'> & Partial<Pick<DataStores, 'models'>>;
  readonly clock?: () => number;
}

/**
 * The designer's document: opens the draft of a blueprint (or its live version when there is no
 * draft), saves edits to the draft with the ETag it was read with, publishes the draft as the next
 * version, and re-analyses the deals against what went live in the background.
 */
export function useBlueprintDocument(store: BlueprintStore, strings: LifecycleStrings, editor: DocumentEditor, options: BlueprintDocumentOptions = {}): BlueprintDocument {
  const [state, dispatch] = React.useReducer(documentReducer, initialDocumentState);
  const current = React.useRef(state);
  current.current = state;
  const { preferredId, publisherGroup, deals } = options;
  const clock = options.clock ?? Date.now;

  const open = React.useCallback(async (blueprintId?: string): Promise<void> => {
    try {
      const [heads, access] = await Promise.all([store.list(), store.access(publisherGroup).catch(() => NO_ACCESS)]);
      const head = pickHead(heads, blueprintId ?? preferredId);
      editor.load(head?.draft?.blueprint ?? head?.published?.blueprint ?? editor.blank());
      dispatch({ type: 'opened', published: head?.published, draft: head?.draft, access });
    } catch (error) {
      editor.load(editor.blank());
      dispatch({ type: 'opened', published: undefined, draft: undefined, access: NO_ACCESS });
      dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
    }
  }, [store, strings, editor, preferredId, publisherGroup]);

  React.useEffect(() => {
    open().catch(() => undefined);
  }, [open]);

  const reanalyse = (version: number): void => {
    if (!deals) return;
    dispatch({ type: 'reanalysis', reanalysis: { version, done: 0, total: 0, finished: false } });
    reanalyseAgainstPublished(deals, { now: clock(), onProgress: (p) => dispatch({ type: 'reanalysis', reanalysis: { version, done: p.done, total: p.total, finished: false } }) })
      .then((report) => dispatch({ type: 'reanalysis', reanalysis: { version, done: report.stale, total: report.stale, finished: true } }))
      .catch((error: unknown) => dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } }));
  };

  const onConflict = async (error: unknown): Promise<boolean> => {
    if (error instanceof PublishConflictError) {
      const id = current.current.draft?.blueprint.id ?? current.current.published?.blueprint.id ?? '';
      const basedOn = error.expectedVersion !== undefined ? await store.getVersion(id, error.expectedVersion) : undefined;
      const live = await store.getPublished(id);
      if (live) dispatch({ type: 'publishConflict', conflict: { basedOn, live } });
      return live !== undefined;
    }
    if (error instanceof ConcurrencyConflictError) {
      const id = current.current.draft?.blueprint.id ?? current.current.published?.blueprint.id ?? '';
      const theirs = await store.getDraft(id);
      dispatch({ type: 'conflict', conflict: { base: current.current.draft, theirs } });
      return true;
    }
    return false;
  };

  const guarded = async (work: () => Promise<void>): Promise<void> => {
    dispatch({ type: 'busy' });
    try {
      await work();
    } catch (error) {
      const handled = await onConflict(error).catch(() => false);
      if (!handled) dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
    }
  };

  const writeDraft = async (blueprint: Blueprint, etag: string | undefined): Promise<StoredBlueprint> => {
    const saved = await store.saveDraft(blueprint, etag);
    editor.saved(saved.blueprint);
    dispatch({ type: 'draftSaved', draft: saved, notice: { kind: 'success', text: strings.draftSaved(saved.blueprint.version) } });
    return saved;
  };

  const publishStored = async (draft: StoredBlueprint, expected: number | undefined): Promise<void> => {
    const published = await publishDraft(store, draft.blueprint.id, draft.etag, expected);
    editor.saved(published.blueprint);
    dispatch({ type: 'published', published, notice: { kind: 'success', text: strings.publishedOk(published.blueprint.version) } });
    reanalyse(published.blueprint.version);
  };

  return {
    state,
    saveDraft: (blueprint) => guarded(async () => { await writeDraft(blueprint, current.current.draft?.etag); }),
    publish: (blueprint, dirty) =>
      guarded(async () => {
        const draft = dirty || !current.current.draft ? await writeDraft(blueprint, current.current.draft?.etag) : current.current.draft;
        await publishStored(draft, draft.basedOnVersion);
      }),
    publishAnyway: () =>
      guarded(async () => {
        const { draft, publishConflict } = current.current;
        if (!draft || !publishConflict) return;
        await publishStored(draft, publishConflict.live.blueprint.version);
      }),
    discardDraft: () =>
      guarded(async () => {
        const { draft, published } = current.current;
        if (!draft) return;
        await store.discardDraft(draft.blueprint.id, draft.etag);
        editor.load(published?.blueprint ?? editor.blank());
        dispatch({ type: 'discarded', notice: { kind: 'success', text: strings.draftDiscarded } });
      }),
    rollBack: (version) =>
      guarded(async () => {
        const { published, draft } = current.current;
        if (!published) return;
        const live = await rollBack(store, published.blueprint.id, version, published.blueprint.version);
        // A draft in progress stays as it is; without one the editor shows what is live now.
        if (!draft) editor.load(live.blueprint);
        dispatch({ type: 'published', published: live, notice: { kind: 'success', text: strings.rolledBack(version, live.blueprint.version) } });
        reanalyse(live.blueprint.version);
      }),
    reload: () => guarded(() => open(current.current.draft?.blueprint.id ?? current.current.published?.blueprint.id)),
    overwrite: (blueprint) =>
      guarded(async () => {
        // Re-read only for the current ETag: the user chose to replace the other editor's draft.
        const theirs = await store.getDraft(blueprint.id);
        await writeDraft(blueprint, theirs?.etag);
      }),
    loadHistory: async () => {
      const id = current.current.published?.blueprint.id ?? current.current.draft?.blueprint.id;
      if (!id) return;
      try {
        dispatch({ type: 'versions', versions: await store.history(id) });
      } catch (error) {
        dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
      }
    },
    dismiss: () => dispatch({ type: 'notice', notice: undefined }),
    notify: (notice) => dispatch({ type: 'notice', notice }),
    fail: (error) => dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } })
  };
}
