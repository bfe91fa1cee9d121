/**
 * The designer's link to the store: the live version and the working draft as last read or written
 * (with their ETags), what the user may do, what the user is told, and the conflicts a save or a
 * publication ran into. Kept apart from the editing state so that undo never rewinds what the store holds.
 */
import type { Blueprint } from '../../core/model';
import type { BlueprintAccess, StoredBlueprint } from '../../services';

export type Notice = { readonly kind: 'success' | 'warning' | 'error'; readonly text: string };

/** Someone else saved, published or discarded the draft after this editor read it. */
export interface DraftConflict {
  /** The draft this editor started from; `undefined` when there was none (first edit since publishing). */
  readonly base: StoredBlueprint | undefined;
  /** The draft stored now; `undefined` when it was published or discarded meanwhile. */
  readonly theirs: StoredBlueprint | undefined;
}

/** Another version went live after the draft was started. */
export interface PublishConflict {
  /** The version the draft was based on, as published then; `undefined` when none. */
  readonly basedOn: StoredBlueprint | undefined;
  readonly live: StoredBlueprint;
}

export interface Reanalysis {
  readonly version: number;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
}

export interface DocumentState {
  readonly phase: 'loading' | 'ready';
  /** The live version; `undefined` until the blueprint is first published. */
  readonly published: StoredBlueprint | undefined;
  /** The working draft; `undefined` when there is none (the editor then starts from `published`). */
  readonly draft: StoredBlueprint | undefined;
  readonly access: BlueprintAccess;
  readonly busy: boolean;
  readonly notice: Notice | undefined;
  readonly conflict: DraftConflict | undefined;
  readonly publishConflict: PublishConflict | undefined;
  /** Published versions, newest first, once the history was opened. */
  readonly versions: readonly StoredBlueprint[] | undefined;
  readonly reanalysis: Reanalysis | undefined;
}

export type DocumentAction =
  | { readonly type: 'opened'; readonly published: StoredBlueprint | undefined; readonly draft: StoredBlueprint | undefined; readonly access: BlueprintAccess }
  | { readonly type: 'busy' }
  | { readonly type: 'draftSaved'; readonly draft: StoredBlueprint; readonly notice: Notice }
  | { readonly type: 'published'; readonly published: StoredBlueprint; readonly notice: Notice }
  | { readonly type: 'discarded'; readonly notice: Notice }
  | { readonly type: 'conflict'; readonly conflict: DraftConflict }
  | { readonly type: 'publishConflict'; readonly conflict: PublishConflict }
  | { readonly type: 'notice'; readonly notice: Notice | undefined }
  | { readonly type: 'versions'; readonly versions: readonly StoredBlueprint[] }
  | { readonly type: 'reanalysis'; readonly reanalysis: Reanalysis };

/** Until the rights are read, nothing is offered. */
export const NO_ACCESS: BlueprintAccess = { canRead: false, canEdit: false, canPublish: false };

export const initialDocumentState: DocumentState = {
  phase: 'loading',
  published: undefined,
  draft: undefined,
  access: NO_ACCESS,
  busy: false,
  notice: undefined,
  conflict: undefined,
  publishConflict: undefined,
  versions: undefined,
  reanalysis: undefined
};

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'opened':
      return { ...state, phase: 'ready', published: action.published, draft: action.draft, access: action.access, busy: false, conflict: undefined, publishConflict: undefined, versions: undefined };
    case 'busy':
      return { ...state, busy: true, notice: undefined };
    case 'draftSaved':
      return { ...state, draft: action.draft, busy: false, notice: action.notice, conflict: undefined };
    case 'published':
      return { ...state, published: action.published, draft: undefined, busy: false, notice: action.notice, conflict: undefined, publishConflict: undefined, versions: undefined };
    case 'discarded':
      return { ...state, draft: undefined, busy: false, notice: action.notice, conflict: undefined, publishConflict: undefined };
    case 'conflict':
      return { ...state, busy: false, conflict: action.conflict, notice: undefined };
    case 'publishConflict':
      return { ...state, busy: false, publishConflict: action.conflict, notice: undefined };
    case 'notice':
      return { ...state, busy: false, notice: action.notice };
    case 'versions':
      return { ...state, versions: action.versions };
    case 'reanalysis':
      return { ...state, reanalysis: action.reanalysis };
  }
}

/** What the editor starts from: the draft when there is one, else the live version. */
export function editedBlueprint(state: Pick<DocumentState, 'draft' | 'published'>): Blueprint | undefined {
  return state.draft?.blueprint ?? state.published?.blueprint;
}

/** The version number people see for the editor's content: the draft becomes live + 1. */
export function nextVersion(state: Pick<DocumentState, 'published'>): number {
  return (state.published?.blueprint.version ?? 0) + 1;
}
