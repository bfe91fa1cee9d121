import * as React from 'react';
import { ConcurrencyConflictError } from '../../../core/errors';
import type { Blueprint } from '../../../core/model/blueprint';
import type { BlueprintStore, StoredBlueprint } from '../../../services/ports';
import type { DesignerStrings } from '../../i18n/designer';
import type { DesignerAction } from '../../designer/designerReducer';
import { blueprintToSave, newBlueprint, type SaveIntent } from '../../designer/saveIntent';
import { documentReducer, initialDocumentState, type DocumentState, type Notice } from './documentReducer';

export interface BlueprintDocument {
  readonly state: DocumentState;
  save(blueprint: Blueprint, intent: SaveIntent): Promise<void>;
  /** Conflict resolution: take the stored version, discarding the edits. */
  reload(): Promise<void>;
  /** Conflict resolution: write the edits over the stored version, deliberately. */
  overwrite(blueprint: Blueprint): Promise<void>;
  loadHistory(): Promise<void>;
  dismiss(): void;
  notify(notice: Notice): void;
  fail(error: unknown): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens `preferredId` when the site has it, else the most recently modified blueprint of the site (or a
 * new one), and saves with the ETag it was read with, so two editors never overwrite each other silently.
 */
export function useBlueprintDocument(store: BlueprintStore, strings: DesignerStrings, edit: React.Dispatch<DesignerAction>, preferredId?: string): BlueprintDocument {
  const [state, dispatch] = React.useReducer(documentReducer, initialDocumentState);
  const stored = React.useRef<StoredBlueprint | undefined>(undefined);
  stored.current = state.stored;

  const open = React.useCallback(async (): Promise<void> => {
    try {
      const all = await store.list();
      const latest = all.find((b) => b.blueprint.id === preferredId) ?? [...all].sort((a, b) => b.modifiedAt - a.modifiedAt)[0];
      edit({ type: 'load', blueprint: latest?.blueprint ?? newBlueprint(strings.newBlueprintName) });
      dispatch({ type: 'opened', stored: latest });
    } catch (error) {
      edit({ type: 'load', blueprint: newBlueprint(strings.newBlueprintName) });
      dispatch({ type: 'opened', stored: undefined });
      dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
    }
  }, [store, strings, edit, preferredId]);

  React.useEffect(() => {
    open().catch(() => undefined);
  }, [open]);

  const write = async (blueprint: Blueprint, etag: string | undefined, intent: SaveIntent): Promise<void> => {
    dispatch({ type: 'busy' });
    try {
      const toSave = blueprintToSave(blueprint, stored.current?.blueprint, intent);
      const result = await store.save(toSave, etag);
      edit({ type: 'saved', blueprint: result.blueprint });
      dispatch({ type: 'stored', stored: result, notice: { kind: 'success', text: intent === 'publish' ? strings.publishedOk(result.blueprint.version) : strings.saved } });
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) dispatch({ type: 'conflict', deleted: error.current === undefined });
      else dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
    }
  };

  return {
    state,
    save: (blueprint, intent) => write(blueprint, stored.current?.etag, intent),
    reload: async () => {
      dispatch({ type: 'busy' });
      try {
        const current = await store.get(stored.current?.blueprint.id ?? '');
        if (current) {
          edit({ type: 'load', blueprint: current.blueprint });
          dispatch({ type: 'opened', stored: current });
        } else await open();
      } catch (error) {
        dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
      }
    },
    overwrite: async (blueprint) => {
      dispatch({ type: 'busy' });
      try {
        // Re-read only for the current ETag: the user chose to replace what is stored.
        const current = await store.get(blueprint.id);
        stored.current = current;
        await write(blueprint, current?.etag, blueprint.status === 'published' ? 'publish' : 'draft');
      } catch (error) {
        dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
      }
    },
    loadHistory: async () => {
      if (!stored.current) return;
      try {
        dispatch({ type: 'versions', versions: await store.history(stored.current.blueprint.id) });
      } catch (error) {
        dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } });
      }
    },
    dismiss: () => dispatch({ type: 'notice', notice: undefined }),
    notify: (notice) => dispatch({ type: 'notice', notice }),
    fail: (error) => dispatch({ type: 'notice', notice: { kind: 'error', text: strings.failed(messageOf(error)) } })
  };
}
