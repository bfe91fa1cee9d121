/**
 * Which blueprints the app has and which one it edits.
 */
import type { BlueprintHead } from '../../../services';

export type LoaderState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'loaded'; readonly blueprints: readonly BlueprintHead[]; readonly selectedId: string | undefined }
  | { readonly phase: 'failed'; readonly message: string };

export type LoaderAction =
  | { readonly type: 'loaded'; readonly blueprints: readonly BlueprintHead[]; readonly preferredId: string | undefined }
  | { readonly type: 'select'; readonly blueprintId: string }
  | { readonly type: 'failed'; readonly message: string };

/**
 * The blueprint to show: `preferredId` when it exists, else the one published most recently, else
 * the first listed; `undefined` when there is none.
 */
export function pickBlueprint(blueprints: readonly BlueprintHead[], preferredId: string | undefined): string | undefined {
  if (preferredId !== undefined && blueprints.some((b) => b.blueprintId === preferredId)) return preferredId;
  const published = blueprints.filter((b) => b.published !== undefined).sort((a, b) => (b.published?.modifiedAt ?? 0) - (a.published?.modifiedAt ?? 0));
  return (published[0] ?? blueprints[0])?.blueprintId;
}

export function loaderReducer(state: LoaderState, action: LoaderAction): LoaderState {
  switch (action.type) {
    case 'loaded':
      return { phase: 'loaded', blueprints: action.blueprints, selectedId: pickBlueprint(action.blueprints, action.preferredId) };
    case 'select':
      return state.phase === 'loaded' ? { ...state, selectedId: action.blueprintId } : state;
    case 'failed':
      return { phase: 'failed', message: action.message };
    default:
      return state;
  }
}
