import { arrowGeometry, boxExit, countCrossings, countOverlaps, FAN_SPACING, roleBox, segmentCrossesBox } from '../../../src/ui/designer/diagramGeometry';
import { transaction } from '../../fixtures/model/smallBlueprint';

describe('boxExit', () => {
  it('leaves a 160 x 52 box through the side or the top, whichever the ray meets first', () => {
    expect(boxExit({ x: 0, y: 0 }, { x: 200, y: 0 })).toEqual({ x: 80, y: 0 });
    expect(boxExit({ x: 0, y: 0 }, { x: 0, y: -100 })).toEqual({ x: 0, y: -26 });
    expect(boxExit({ x: 0, y: 0 }, { x: 100, y: 100 })).toEqual({ x: 26, y: 26 });
    expect(boxExit({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 });
  });
});

describe('arrowGeometry', () => {
  const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };

  it('draws a single exchange straight between the box edges with its label in the middle', () => {
    expect(arrowGeometry([transaction('t1', 1, 'a', 'b', 's1')], positions)).toEqual([{ transactionId: 't1', path: 'M 80 0 Q 150 0 220 0', label: { x: 150, y: 0 } }]);
  });

  it('fans two opposite exchanges to either side of the line', () => {
    const arrows = arrowGeometry([transaction('t1', 1, 'a', 'b', 's1'), transaction('t2', 2, 'b', 'a', 's1')], positions);
    // Canonical direction a -> b has normal (0, 1): offsets -18 and +18; control points at twice that.
    expect(arrows.map((x) => x.label)).toEqual([{ x: 150, y: -FAN_SPACING / 2 }, { x: 150, y: FAN_SPACING / 2 }]);
    // Towards (150, -36) the ray meets the side first: t = min(80 / 150, 26 / 36) = 0.5333 -> (80, -19.2).
    expect(arrows[0].path).toBe('M 80 -19.2 Q 150 -36 220 -19.2');
    expect(arrows[1].path).toBe('M 220 19.2 Q 150 36 80 19.2');
  });

  it('skips exchanges with a role that has no position and loops a self-exchange above its box', () => {
    const arrows = arrowGeometry([transaction('t1', 1, 'a', 'zz', 's1'), transaction('t2', 2, 'a', 'a', 's1')], positions);
    expect(arrows).toEqual([{ transactionId: 't2', path: 'M -20 -26 C -40 -76 40 -76 20 -26', label: { x: 0, y: -61 } }]);
  });
});

describe('segmentCrossesBox, countOverlaps and countCrossings', () => {
  const box = { x: 0, y: 0, width: 100, height: 50 };

  it('counts a segment through the interior and not one along or ending on the border', () => {
    expect(segmentCrossesBox({ x: -10, y: 25 }, { x: 110, y: 25 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -10, y: -10 }, { x: 20, y: 20 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -10, y: 0 }, { x: 110, y: 0 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -30, y: 25 }, { x: 0, y: 25 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -30, y: 60 }, { x: 130, y: 60 }, box)).toBe(false);
  });

  it('counts overlapping pairs and (line, box) pairs once each', () => {
    // box/corner overlap; box/touching does not; the 160 x 52 role box overlaps all three.
    expect(countOverlaps([box, { x: 99, y: 49, width: 5, height: 5 }, { x: 100, y: 0, width: 5, height: 5 }, roleBox({ x: 50, y: 25 })])).toBe(4);
    const zigzag = [{ x: -10, y: 10 }, { x: 110, y: 10 }, { x: 110, y: 40 }, { x: -10, y: 40 }];
    expect(countCrossings([zigzag, [{ x: 0, y: 100 }, { x: 100, y: 100 }]], [box, { x: 200, y: 0, width: 10, height: 10 }])).toBe(1);
  });
});
