import type { Blueprint } from '../../../core/model';
import type { ProposalSet } from '../../../services';

export type ProposalsNotice =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'changed'; readonly text: string; readonly before: Blueprint; readonly live: Blueprint }
  | { readonly kind: 'error'; readonly text: string };

export interface ProposalsState {
  readonly phase: 'idle' | 'finding' | 'ready' | 'saving';
  readonly set: ProposalSet | undefined;
  readonly accepted: readonly string[];
  readonly notice: ProposalsNotice | undefined;
}

export type ProposalsAction =
  | { readonly type: 'finding' }
  | { readonly type: 'found'; readonly set: ProposalSet }
  | { readonly type: 'toggle'; readonly id: string; readonly accepted: boolean }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly text: string }
  | { readonly type: 'changed'; readonly text: string; readonly before: Blueprint; readonly live: Blueprint; readonly recomputed: ProposalSet }
  | { readonly type: 'failed'; readonly text: string };

export const INITIAL_PROPOSALS_STATE: ProposalsState = { phase: 'idle', set: undefined, accepted: [], notice: undefined };

export function proposalsReducer(state: ProposalsState, action: ProposalsAction): ProposalsState {
  switch (action.type) {
    case 'finding':
      return { ...state, phase: 'finding', notice: undefined };
    case 'found':
      return { phase: 'ready', set: action.set, accepted: [], notice: undefined };
    case 'toggle':
      return { ...state, accepted: action.accepted ? [...state.accepted.filter((id) => id !== action.id), action.id] : state.accepted.filter((id) => id !== action.id) };
    case 'saving':
      return { ...state, phase: 'saving', notice: undefined };
    case 'saved':
      return { ...state, phase: 'ready', accepted: [], notice: { kind: 'saved', text: action.text } };
    case 'changed':
      // Nothing was saved: the new proposals replace the stale ones, and nothing is pre-accepted.
      return { phase: 'ready', set: action.recomputed, accepted: [], notice: { kind: 'changed', text: action.text, before: action.before, live: action.live } };
    case 'failed':
      return { ...state, phase: state.set ? 'ready' : 'idle', notice: { kind: 'error', text: action.text } };
  }
}
