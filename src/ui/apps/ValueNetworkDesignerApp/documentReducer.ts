/**
 * The designer's link to the store: what was last read or written (with its ETag), what the user is
 * told, and whether a save ran into someone else's change. Kept apart from the editing state so that
 * undo never rewinds what the store holds.
 */
import type { BlueprintVersion, StoredBlueprint } from '../../../services/ports';

export type Notice = { readonly kind: 'success' | 'warning' | 'error'; readonly text: string };

export interface DocumentState {
  readonly phase: 'loading' | 'ready';
  /** `undefined` until the blueprint is first saved. */
  readonly stored: StoredBlueprint | undefined;
  readonly busy: boolean;
  readonly notice: Notice | undefined;
  /** Set when a save was refused because the stored item changed (or was deleted) meanwhile. */
  readonly conflict: { readonly deleted: boolean } | undefined;
  readonly versions: readonly BlueprintVersion[] | undefined;
}

export type DocumentAction =
  | { readonly type: 'opened'; readonly stored: StoredBlueprint | undefined }
  | { readonly type: 'busy' }
  | { readonly type: 'stored'; readonly stored: StoredBlueprint; readonly notice: Notice }
  | { readonly type: 'conflict'; readonly deleted: boolean }
  | { readonly type: 'notice'; readonly notice: Notice | undefined }
  | { readonly type: 'versions'; readonly versions: readonly BlueprintVersion[] };

export const initialDocumentState: DocumentState = { phase: 'loading', stored: undefined, busy: false, notice: undefined, conflict: undefined, versions: undefined };

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'opened':
      return { ...state, phase: 'ready', stored: action.stored, busy: false, conflict: undefined, versions: undefined };
    case 'busy':
      return { ...state, busy: true, notice: undefined };
    case 'stored':
      return { ...state, stored: action.stored, busy: false, notice: action.notice, conflict: undefined, versions: undefined };
    case 'conflict':
      return { ...state, busy: false, conflict: { deleted: action.deleted }, notice: undefined };
    case 'notice':
      return { ...state, busy: false, notice: action.notice };
    case 'versions':
      return { ...state, versions: action.versions };
  }
}
