/**
 * The designer's editing state: the blueprint being edited, where its roles sit in the diagram, what is
 * selected, and an undo/redo history of (blueprint, positions) snapshots. Every edit that changes the
 * blueprint or moves a node is one undo step; selecting is not.
 */
import type { Blueprint, Role, Stage, Transaction } from '../../core/model';
import {
  addRole,
  addStage,
  addTransaction,
  removeRole,
  removeStage,
  removeTransaction,
  updateRole,
  updateStage,
  updateTransaction,
  type RoleChanges,
  type StageChanges,
  type TransactionChanges
} from './blueprintEdits';
import { layoutRoles, type Point, type Positions } from './layout';

export type Selection =
  | { readonly kind: 'role'; readonly id: string }
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'transaction'; readonly id: string };

interface Snapshot {
  readonly blueprint: Blueprint;
  readonly positions: Positions;
  /**
   * Roles the user placed by hand (dragged, moved by keyboard, or loaded with a position): the diagram
   * keeps them where they are; every other role is placed by the diagram's automatic layout.
   */
  readonly pinned: readonly string[];
}

export interface DesignerState extends Snapshot {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  readonly selection: Selection | undefined;
  /** The blueprint as last loaded or saved; the editor is dirty while `blueprint` differs from it. */
  readonly saved: Blueprint;
}

export type DesignerAction =
  /** Replaces everything (opened, reloaded or imported); clears the history. Missing positions are laid out. */
  | { readonly type: 'load'; readonly blueprint: Blueprint; readonly positions?: Positions }
  /** Replaces the blueprint (an import) as one undoable, unsaved edit, laid out afresh. */
  | { readonly type: 'replace'; readonly blueprint: Blueprint }
  /** The store accepted a save and returned what it keeps (status, version); not an undo step. */
  | { readonly type: 'saved'; readonly blueprint: Blueprint }
  | { readonly type: 'addRole'; readonly role: Role; readonly at?: Point }
  | { readonly type: 'updateRole'; readonly id: string; readonly changes: RoleChanges }
  | { readonly type: 'removeRole'; readonly id: string }
  | { readonly type: 'addStage'; readonly stage: Stage }
  | { readonly type: 'updateStage'; readonly id: string; readonly changes: StageChanges }
  | { readonly type: 'removeStage'; readonly id: string }
  | { readonly type: 'addTransaction'; readonly transaction: Transaction }
  | { readonly type: 'updateTransaction'; readonly id: string; readonly changes: TransactionChanges }
  | { readonly type: 'removeTransaction'; readonly id: string }
  /** A finished drag: one undo step per drag, not per pointer move. */
  | { readonly type: 'moveRole'; readonly id: string; readonly to: Point }
  | { readonly type: 'autoLayout' }
  | { readonly type: 'select'; readonly selection: Selection | undefined }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/** Undo steps kept; older ones are dropped so a long session does not grow without bound. */
export const HISTORY_LIMIT: number = 100;

/** The state for a freshly opened blueprint, laid out automatically where no positions are given. */
export function initialDesignerState(blueprint: Blueprint, positions?: Positions): DesignerState {
  const pinned = blueprint.roles.filter((r) => positions?.[r.id] !== undefined).map((r) => r.id);
  return { blueprint, positions: completePositions(blueprint, positions ?? {}), pinned, past: [], future: [], selection: undefined, saved: blueprint };
}

/** True while the edited blueprint differs from the one last loaded or saved. */
export function isDirty(state: DesignerState): boolean {
  return state.blueprint !== state.saved;
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'load':
      return initialDesignerState(action.blueprint, action.positions);
    case 'saved':
      return { ...state, blueprint: action.blueprint, saved: action.blueprint };
    case 'replace':
      return edit(state, action.blueprint, layoutRoles(action.blueprint), undefined, []);
    case 'addRole': {
      const blueprint = addRole(state.blueprint, action.role);
      const positions = action.at ? { ...state.positions, [action.role.id]: action.at } : state.positions;
      return edit(state, blueprint, positions, { kind: 'role', id: action.role.id }, action.at ? [...state.pinned, action.role.id] : state.pinned);
    }
    case 'updateRole': {
      const blueprint = updateRole(state.blueprint, action.id, action.changes);
      const before = state.blueprint.roles.find((r) => r.id === action.id);
      // A role changing side moves to that side's column: roles are added from the table as internal and
      // then switched, and would otherwise all stack in the internal column with arrows drawn through them.
      if (action.changes.side === undefined || before === undefined || before.side === action.changes.side) return edit(state, blueprint, state.positions);
      const positions = Object.fromEntries(Object.entries(state.positions).filter(([id]) => id !== action.id));
      return edit(state, blueprint, completePositions(blueprint, positions), state.selection, unpin(state.pinned, action.id));
    }
    case 'removeRole': {
      const positions = Object.fromEntries(Object.entries(state.positions).filter(([id]) => id !== action.id));
      return edit(state, removeRole(state.blueprint, action.id), positions, undefined, unpin(state.pinned, action.id));
    }
    case 'addStage':
      return edit(state, addStage(state.blueprint, action.stage), state.positions, { kind: 'stage', id: action.stage.id });
    case 'updateStage':
      return edit(state, updateStage(state.blueprint, action.id, action.changes), state.positions);
    case 'removeStage':
      return edit(state, removeStage(state.blueprint, action.id), state.positions, undefined);
    case 'addTransaction':
      return edit(state, addTransaction(state.blueprint, action.transaction), state.positions, { kind: 'transaction', id: action.transaction.id });
    case 'updateTransaction':
      return edit(state, updateTransaction(state.blueprint, action.id, action.changes), state.positions);
    case 'removeTransaction':
      return edit(state, removeTransaction(state.blueprint, action.id), state.positions, undefined);
    case 'moveRole': {
      const from = state.positions[action.id];
      if (!from || (from.x === action.to.x && from.y === action.to.y)) return state;
      return edit(state, state.blueprint, { ...state.positions, [action.id]: action.to }, state.selection, [...unpin(state.pinned, action.id), action.id]);
    }
    case 'autoLayout':
      return edit(state, state.blueprint, layoutRoles(state.blueprint), state.selection, []);
    case 'select':
      return { ...state, selection: action.selection };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        ...previous,
        past: state.past.slice(0, -1),
        future: [snapshotOf(state), ...state.future],
        selection: keepSelection(state.selection, previous.blueprint)
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { ...state, ...next, past: [...state.past, snapshotOf(state)], future: state.future.slice(1), selection: keepSelection(state.selection, next.blueprint) };
    }
  }
}

function snapshotOf(state: DesignerState): Snapshot {
  return { blueprint: state.blueprint, positions: state.positions, pinned: state.pinned };
}

/** Records one undo step; an edit that changed nothing (same objects) records none. */
function edit(state: DesignerState, blueprint: Blueprint, positions: Positions, selection: Selection | undefined = state.selection, pinned: readonly string[] = state.pinned): DesignerState {
  if (blueprint === state.blueprint && positions === state.positions) return state;
  const past = [...state.past, snapshotOf(state)].slice(-HISTORY_LIMIT);
  return { ...state, blueprint, positions: completePositions(blueprint, positions), pinned, past, future: [], selection: keepSelection(selection, blueprint) };
}

function unpin(pinned: readonly string[], id: string): readonly string[] {
  return pinned.includes(id) ? pinned.filter((p) => p !== id) : pinned;
}

/** Gives roles without a position the place automatic layout would give them; keeps the others. */
function completePositions(blueprint: Blueprint, positions: Positions): Positions {
  const missing = blueprint.roles.filter((r) => positions[r.id] === undefined);
  if (missing.length === 0) return positions;
  const auto = layoutRoles(blueprint);
  const taken = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
  const next: Record<string, Point> = { ...positions };
  for (const role of missing) {
    let point = auto[role.id];
    // A new role would often land on a node the user already dragged there: step down until free.
    while (taken.has(`${point.x},${point.y}`)) point = { x: point.x, y: point.y + 110 };
    taken.add(`${point.x},${point.y}`);
    next[role.id] = point;
  }
  return next;
}

function keepSelection(selection: Selection | undefined, blueprint: Blueprint): Selection | undefined {
  if (!selection) return undefined;
  const list = selection.kind === 'role' ? blueprint.roles : selection.kind === 'stage' ? blueprint.stages : blueprint.transactions;
  return list.some((item) => item.id === selection.id) ? selection : undefined;
}
