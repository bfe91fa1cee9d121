import type { Role } from '../../../src/core/model/blueprint';
import { designerReducer, HISTORY_LIMIT, initialDesignerState, isDirty, type DesignerAction, type DesignerState } from '../../../src/ui/designer/designerReducer';
import { nextId, nextSequence, nextStageOrder } from '../../../src/ui/designer/blueprintEdits';
import { smallBlueprint, transaction } from '../../fixtures/model/smallBlueprint';

const cfo: Role = { id: 'cfo', name: 'CFO', side: 'customer' };

function run(state: DesignerState, ...actions: DesignerAction[]): DesignerState {
  return actions.reduce(designerReducer, state);
}

describe('designerReducer', () => {
  const start = initialDesignerState(smallBlueprint);

  it('starts laid out, clean, with no history', () => {
    expect(start.positions.ch).toEqual({ x: 660, y: 60 });
    expect(start.past).toEqual([]);
    expect(isDirty(start)).toBe(false);
  });

  it('adds a role below the column it belongs to, selects it, and undoes and redoes it', () => {
    const added = run(start, { type: 'addRole', role: cfo });
    expect(added.blueprint.roles.map((r) => r.id)).toEqual(['ae', 'se', 'ch', 'eb', 'pt', 'cfo']);
    expect(added.positions.cfo).toEqual({ x: 660, y: 280 });
    expect(added.selection).toEqual({ kind: 'role', id: 'cfo' });
    expect(isDirty(added)).toBe(true);

    const undone = run(added, { type: 'undo' });
    expect(undone.blueprint).toBe(smallBlueprint);
    expect(undone.positions.cfo).toBeUndefined();
    expect(undone.selection).toBeUndefined();
    expect(undone.future).toHaveLength(1);
    expect(isDirty(undone)).toBe(false);

    const redone = run(undone, { type: 'redo' });
    expect(redone.blueprint.roles.map((r) => r.id)).toEqual(['ae', 'se', 'ch', 'eb', 'pt', 'cfo']);
    expect(redone.future).toEqual([]);
    expect(redone.past).toHaveLength(1);
  });

  it('removes a role with its transactions and the references to them', () => {
    const state = run(start, { type: 'removeRole', id: 'ae' });
    expect(state.blueprint.transactions).toEqual([
      transaction('t3', 3, 'se', 'ch', 's2', { precededBy: [], kind: 'tangible', due: { days: 5 } })
    ]);
    expect(Object.keys(state.positions).sort()).toEqual(['ch', 'eb', 'pt', 'se']);
    expect(smallBlueprint.transactions).toHaveLength(4);
  });

  it('updates and removes transactions and stages', () => {
    const state = run(
      start,
      { type: 'updateTransaction', id: 't1', changes: { deliverable: 'Discovery call', kind: 'tangible' } },
      { type: 'removeTransaction', id: 't2' },
      { type: 'updateStage', id: 's2', changes: { name: 'Prove' } },
      { type: 'addStage', stage: { id: 's3', name: 'Close', order: 3, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } } },
      { type: 'removeStage', id: 's1' }
    );
    expect(state.blueprint.transactions.map((t) => [t.id, t.deliverable, t.kind, t.precededBy])).toEqual([
      ['t1', 'Discovery call', 'tangible', []],
      ['t3', 'Deliverable t3', 'tangible', []],
      ['t4', 'Deliverable t4', 'tangible', ['t3']]
    ]);
    expect(state.blueprint.transactions[1].due).toEqual({ days: 5 });
    expect(state.blueprint.stages.map((s) => `${s.id}:${s.name}`)).toEqual(['s2:Prove', 's3:Close']);
    expect(state.past).toHaveLength(5);
  });

  it('records one step per finished drag and none for a drag that ends where it started', () => {
    const moved = run(start, { type: 'moveRole', id: 'ch', to: { x: 700, y: 90 } }, { type: 'moveRole', id: 'ch', to: { x: 700, y: 90 } });
    expect(moved.positions.ch).toEqual({ x: 700, y: 90 });
    expect(moved.past).toHaveLength(1);
    expect(run(moved, { type: 'undo' }).positions.ch).toEqual({ x: 660, y: 60 });
    expect(run(moved, { type: 'autoLayout' }).positions.ch).toEqual({ x: 660, y: 60 });
  });

  it('pins the roles placed by hand until the user arranges automatically; undo and removal unpin', () => {
    expect(start.pinned).toEqual([]);
    const moved = run(start, { type: 'moveRole', id: 'ch', to: { x: 700, y: 90 } }, { type: 'moveRole', id: 'ae', to: { x: 10, y: 10 } }, { type: 'moveRole', id: 'ch', to: { x: 710, y: 90 } });
    expect(moved.pinned).toEqual(['ae', 'ch']);
    expect(run(moved, { type: 'undo' }).pinned).toEqual(['ch', 'ae']);
    expect(run(moved, { type: 'removeRole', id: 'ch' }).pinned).toEqual(['ae']);
    expect(run(moved, { type: 'autoLayout' }).pinned).toEqual([]);
    expect(run(moved, { type: 'autoLayout' }, { type: 'undo' }).pinned).toEqual(['ae', 'ch']);
    expect(initialDesignerState(smallBlueprint, { eb: { x: 1, y: 2 }, gone: { x: 0, y: 0 } }).pinned).toEqual(['eb']);
  });

  it('does not record selection, ignores duplicate ids, and drops a selection that no longer exists', () => {
    const selected = run(start, { type: 'select', selection: { kind: 'transaction', id: 't4' } });
    expect(selected.past).toEqual([]);
    expect(run(selected, { type: 'addRole', role: { id: 'ae', name: 'Again', side: 'internal' } })).toBe(selected);
    expect(run(selected, { type: 'removeTransaction', id: 't4' }).selection).toBeUndefined();
    expect(run(selected, { type: 'undo' })).toBe(selected);
    expect(run(selected, { type: 'redo' })).toBe(selected);
  });

  it('keeps the saved blueprint out of the history and clears it on load', () => {
    const edited = run(start, { type: 'updateRole', id: 'ch', changes: { name: 'Champion (VP)' } });
    const published = { ...edited.blueprint, status: 'published' as const, version: 2 };
    const saved = run(edited, { type: 'saved', blueprint: published });
    expect(isDirty(saved)).toBe(false);
    expect(saved.past).toHaveLength(1);
    expect(saved.blueprint.version).toBe(2);
    const loaded = run(saved, { type: 'load', blueprint: smallBlueprint, positions: { ae: { x: 1, y: 2 } } });
    expect(loaded.past).toEqual([]);
    expect(loaded.positions.ae).toEqual({ x: 1, y: 2 });
    expect(loaded.positions.se).toEqual({ x: 100, y: 170 });
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    let state = start;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) state = designerReducer(state, { type: 'moveRole', id: 'pt', to: { x: 380, y: 60 + i } });
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    expect(state.past[0].positions.pt).toEqual({ x: 380, y: 65 });
  });
});

describe('id and order helpers', () => {
  it('picks the first free readable id and the next sequence and stage order', () => {
    expect(nextId('role', ['role-1', 'role-3'])).toBe('role-2');
    expect(nextId('t', [])).toBe('t-1');
    expect(nextSequence(smallBlueprint)).toBe(5);
    expect(nextSequence({ ...smallBlueprint, transactions: [] })).toBe(1);
    expect(nextStageOrder(smallBlueprint)).toBe(3);
  });
});

describe('designerReducer: a role changing side', () => {
  const start = initialDesignerState(smallBlueprint);

  it('moves to the bottom of its new side column, as a role added on that side would; a rename keeps it in place', () => {
    const added = run(start, { type: 'addRole', role: { ...cfo, side: 'internal' } });
    expect(added.positions.cfo).toEqual({ x: 100, y: 280 });
    const renamed = run(added, { type: 'updateRole', id: 'cfo', changes: { name: 'Chief financial officer' } });
    expect(renamed.positions.cfo).toEqual({ x: 100, y: 280 });
    const switched = run(renamed, { type: 'updateRole', id: 'cfo', changes: { side: 'customer' } });
    expect(switched.positions.cfo).toEqual({ x: 660, y: 280 });
    expect(switched.positions.ae).toBe(start.positions.ae);
    expect(run(switched, { type: 'undo' }).positions.cfo).toEqual({ x: 100, y: 280 });
  });
});
