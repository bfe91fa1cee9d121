import { diagramViewReducer, MAX_SCALE, MIN_SCALE, type DiagramAction, type DiagramState } from '../../../../src/ui/designer/NetworkDiagram/diagramViewReducer';

function run(state: DiagramState, ...actions: DiagramAction[]): DiagramState {
  return actions.reduce(diagramViewReducer, state);
}

const idle: DiagramState = { view: { tx: 10, ty: 20, scale: 1 }, drag: undefined, pan: undefined, connectFrom: undefined };

describe('diagramViewReducer', () => {
  describe('zoom', () => {
    it('allows a quarter to three times the natural size', () => {
      expect([MIN_SCALE, MAX_SCALE]).toEqual([0.25, 3]);
    });

    it('zooms in keeping the diagram point under the pointer where it is', () => {
      const state = run(idle, { type: 'zoom', factor: 2, around: { x: 110, y: 70 } });
      expect(state).toEqual({ ...idle, view: { scale: 2, tx: -90, ty: -30 } });
      // Diagram point (100, 50) was drawn at (110, 70) and still is.
      expect([100 * state.view.scale + state.view.tx, 50 * state.view.scale + state.view.ty]).toEqual([110, 70]);
    });

    it('zooms out around the pointer', () => {
      const state = run({ ...idle, view: { tx: 0, ty: 0, scale: 1 } }, { type: 'zoom', factor: 0.5, around: { x: 200, y: 100 } });
      expect(state.view).toEqual({ scale: 0.5, tx: 100, ty: 50 });
    });

    it('stops at three times, scaling the offset by the zoom actually applied', () => {
      const state = run({ ...idle, view: { tx: 40, ty: -20, scale: 2 } }, { type: 'zoom', factor: 4, around: { x: 0, y: 0 } });
      expect(state.view).toEqual({ scale: 3, tx: 60, ty: -30 });
    });

    it('stops at a quarter', () => {
      const state = run({ ...idle, view: { tx: 20, ty: 60, scale: 0.5 } }, { type: 'zoom', factor: 0.1, around: { x: 100, y: 100 } });
      expect(state.view).toEqual({ scale: 0.25, tx: 60, ty: 80 });
    });

    it('leaves the view where it is when zooming past a limit already reached', () => {
      const atMax: DiagramState = { ...idle, view: { tx: 7, ty: 9, scale: 3 } };
      expect(run(atMax, { type: 'zoom', factor: 1.5, around: { x: 300, y: 200 } })).toEqual(atMax);
      const atMin: DiagramState = { ...idle, view: { tx: 7, ty: 9, scale: 0.25 } };
      expect(run(atMin, { type: 'zoom', factor: 0.5, around: { x: 300, y: 200 } })).toEqual(atMin);
    });

    it('keeps the drag, pan and connect state while zooming', () => {
      const busy: DiagramState = { view: { tx: 0, ty: 0, scale: 1 }, drag: { id: 'ae', at: { x: 1, y: 2 }, moved: true }, pan: { x: 3, y: 4 }, connectFrom: 'ae' };
      expect(run(busy, { type: 'zoom', factor: 2, around: { x: 0, y: 0 } })).toEqual({ ...busy, view: { scale: 2, tx: 0, ty: 0 } });
    });
  });

  it('fits by replacing the view, even beyond the zoom limits', () => {
    expect(run(idle, { type: 'fit', view: { tx: -5, ty: 12.5, scale: 0.2 } })).toEqual({ ...idle, view: { tx: -5, ty: 12.5, scale: 0.2 } });
  });

  describe('dragging a role', () => {
    it('starts unmoved, becomes moved on the first move, follows the pointer and ends', () => {
      const started = run(idle, { type: 'dragStart', id: 'ae', at: { x: 100, y: 40 } });
      expect(started).toEqual({ ...idle, drag: { id: 'ae', at: { x: 100, y: 40 }, moved: false } });
      const moved = run(started, { type: 'dragTo', at: { x: 120, y: 45 } }, { type: 'dragTo', at: { x: 130, y: 50 } });
      expect(moved).toEqual({ ...idle, drag: { id: 'ae', at: { x: 130, y: 50 }, moved: true } });
      expect(run(moved, { type: 'dragEnd' })).toEqual(idle);
    });

    it('ignores a move when no role is being dragged', () => {
      expect(run(idle, { type: 'dragTo', at: { x: 1, y: 1 } })).toBe(idle);
    });

    it('restarts unmoved when another drag starts', () => {
      const state = run(idle, { type: 'dragStart', id: 'ae', at: { x: 0, y: 0 } }, { type: 'dragTo', at: { x: 5, y: 5 } }, { type: 'dragStart', id: 'eb', at: { x: 9, y: 9 } });
      expect(state.drag).toEqual({ id: 'eb', at: { x: 9, y: 9 }, moved: false });
    });
  });

  describe('panning the background', () => {
    it('moves the view by each pointer step and forgets the pointer at the end', () => {
      const started = run(idle, { type: 'panStart', at: { x: 5, y: 5 } });
      expect(started).toEqual({ ...idle, pan: { x: 5, y: 5 } });
      const first = run(started, { type: 'panTo', at: { x: 15, y: -5 } });
      expect(first).toEqual({ ...idle, pan: { x: 15, y: -5 }, view: { tx: 20, ty: 10, scale: 1 } });
      const second = run(first, { type: 'panTo', at: { x: 20, y: 0 } });
      expect(second).toEqual({ ...idle, pan: { x: 20, y: 0 }, view: { tx: 25, ty: 15, scale: 1 } });
      expect(run(second, { type: 'panEnd' })).toEqual({ ...idle, view: { tx: 25, ty: 15, scale: 1 } });
    });

    it('pans in CSS pixels whatever the zoom', () => {
      const zoomed: DiagramState = { ...idle, view: { tx: 0, ty: 0, scale: 2.5 } };
      expect(run(zoomed, { type: 'panStart', at: { x: 0, y: 0 } }, { type: 'panTo', at: { x: 30, y: 40 } }).view).toEqual({ tx: 30, ty: 40, scale: 2.5 });
    });

    it('ignores pointer moves when no pan started', () => {
      expect(run(idle, { type: 'panTo', at: { x: 50, y: 50 } })).toBe(idle);
    });
  });

  describe('connect mode', () => {
    it('waits for a source, takes the first pick as the source, and leaves the mode on the second pick', () => {
      const waiting = run(idle, { type: 'connectMode', on: true });
      expect(waiting).toEqual({ ...idle, connectFrom: '' });
      const source = run(waiting, { type: 'connectPick', id: 'ae' });
      expect(source).toEqual({ ...idle, connectFrom: 'ae' });
      expect(run(source, { type: 'connectPick', id: 'eb' })).toEqual(idle);
    });

    it('is switched off by the toggle, whether waiting or with a source chosen', () => {
      expect(run(idle, { type: 'connectMode', on: true }, { type: 'connectMode', on: false })).toEqual(idle);
      expect(run({ ...idle, connectFrom: 'ae' }, { type: 'connectMode', on: false })).toEqual(idle);
    });

    it('forgets a chosen source when the mode is switched on again', () => {
      expect(run({ ...idle, connectFrom: 'ae' }, { type: 'connectMode', on: true })).toEqual({ ...idle, connectFrom: '' });
    });

    it('does not start connecting on a pick outside the mode', () => {
      expect(run(idle, { type: 'connectPick', id: 'ae' })).toEqual(idle);
    });
  });

  it('never mutates the state it is given', () => {
    const frozen: DiagramState = Object.freeze({ view: Object.freeze({ tx: 1, ty: 2, scale: 1 }), drag: Object.freeze({ id: 'ae', at: { x: 0, y: 0 }, moved: false }), pan: Object.freeze({ x: 0, y: 0 }), connectFrom: '' });
    const after = run(frozen, { type: 'zoom', factor: 2, around: { x: 0, y: 0 } }, { type: 'dragTo', at: { x: 1, y: 1 } }, { type: 'panTo', at: { x: 2, y: 2 } }, { type: 'connectPick', id: 'ae' });
    expect(after).toEqual({ view: { tx: 4, ty: 6, scale: 2 }, drag: { id: 'ae', at: { x: 1, y: 1 }, moved: true }, pan: { x: 2, y: 2 }, connectFrom: 'ae' });
    expect(frozen).toEqual({ view: { tx: 1, ty: 2, scale: 1 }, drag: { id: 'ae', at: { x: 0, y: 0 }, moved: false }, pan: { x: 0, y: 0 }, connectFrom: '' });
  });
});
