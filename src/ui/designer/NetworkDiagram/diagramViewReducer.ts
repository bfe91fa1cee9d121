import type { Point } from '../layout';
import type { DiagramView } from './NetworkDiagram.types';

/** Interaction state of the diagram that is not part of the blueprint (never undone). */
export interface DiagramState {
  readonly view: DiagramView;
  /** A role being dragged, and where it is now (diagram units). */
  readonly drag: { readonly id: string; readonly at: Point; readonly moved: boolean } | undefined;
  /** Background drag: the last pointer position (CSS pixels). */
  readonly pan: Point | undefined;
  /** Connect mode: `undefined` off, `''` waiting for the source, else the chosen source role id. */
  readonly connectFrom: string | undefined;
}

export type DiagramAction =
  | { readonly type: 'zoom'; readonly factor: number; readonly around: Point }
  | { readonly type: 'fit'; readonly view: DiagramView }
  | { readonly type: 'dragStart'; readonly id: string; readonly at: Point }
  | { readonly type: 'dragTo'; readonly at: Point }
  | { readonly type: 'dragEnd' }
  | { readonly type: 'panStart'; readonly at: Point }
  | { readonly type: 'panTo'; readonly at: Point }
  | { readonly type: 'panEnd' }
  | { readonly type: 'connectMode'; readonly on: boolean }
  | { readonly type: 'connectPick'; readonly id: string };

export const MIN_SCALE: number = 0.25;
export const MAX_SCALE: number = 3;

export function diagramViewReducer(state: DiagramState, action: DiagramAction): DiagramState {
  switch (action.type) {
    case 'zoom': {
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, state.view.scale * action.factor));
      const k = scale / state.view.scale;
      // Keep the point under `around` (CSS pixels) fixed while zooming.
      const view = { scale, tx: action.around.x - (action.around.x - state.view.tx) * k, ty: action.around.y - (action.around.y - state.view.ty) * k };
      return { ...state, view };
    }
    case 'fit':
      return { ...state, view: action.view };
    case 'dragStart':
      return { ...state, drag: { id: action.id, at: action.at, moved: false } };
    case 'dragTo':
      return state.drag ? { ...state, drag: { ...state.drag, at: action.at, moved: true } } : state;
    case 'dragEnd':
      return { ...state, drag: undefined };
    case 'panStart':
      return { ...state, pan: action.at };
    case 'panTo':
      if (!state.pan) return state;
      return { ...state, pan: action.at, view: { ...state.view, tx: state.view.tx + action.at.x - state.pan.x, ty: state.view.ty + action.at.y - state.pan.y } };
    case 'panEnd':
      return { ...state, pan: undefined };
    case 'connectMode':
      return { ...state, connectFrom: action.on ? '' : undefined };
    case 'connectPick':
      return state.connectFrom === '' ? { ...state, connectFrom: action.id } : { ...state, connectFrom: undefined };
  }
}
