/**
 * Geometry of the diagram's arrows: where an arrow leaves and enters a role's box and how parallel
 * exchanges between the same two roles fan out so that each stays visible and clickable.
 */
import type { Transaction } from '../../core/model';
import { NODE_HEIGHT, NODE_WIDTH, type Point, type Positions } from './layout';

export interface ArrowGeometry {
  readonly transactionId: string;
  /** SVG path data: a quadratic curve from the source box edge to the target box edge. */
  readonly path: string;
  /** Where the label sits: the curve's midpoint. */
  readonly label: Point;
}

/** Spacing between parallel arrows at their midpoint, in diagram units. */
export const FAN_SPACING: number = 36;

/** The point where the ray from the centre of a node box towards `towards` leaves the box. */
export function boxExit(centre: Point, towards: Point): Point {
  const dx = towards.x - centre.x;
  const dy = towards.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const t = Math.min(dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx), dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy));
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Arrows for the transactions whose roles both have positions, in transaction order. The k-th of n
 * transactions between the same unordered pair of roles bends by (k - (n - 1) / 2) x FAN_SPACING at its
 * midpoint, measured on the normal of the pair's canonical direction (lower id to higher id), so that
 * A -> B and B -> A never overlap. Self-exchanges become a loop above the box.
 */
export function arrowGeometry(transactions: readonly Transaction[], positions: Positions): ArrowGeometry[] {
  const pairKey = (t: Transaction): string => (t.from < t.to ? `${t.from}\u0000${t.to}` : `${t.to}\u0000${t.from}`);
  const drawable = transactions.filter((t) => positions[t.from] !== undefined && positions[t.to] !== undefined);
  const totals = new Map<string, number>();
  for (const t of drawable) totals.set(pairKey(t), (totals.get(pairKey(t)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return drawable.map((t) => {
    const key = pairKey(t);
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const a = positions[t.from];
    const b = positions[t.to];
    if (t.from === t.to) {
      const lift = NODE_HEIGHT / 2 + 30 + k * 20;
      const top = a.y - NODE_HEIGHT / 2;
      return {
        transactionId: t.id,
        path: `M ${round(a.x - 20)} ${round(top)} C ${round(a.x - 40)} ${round(a.y - lift - 20)} ${round(a.x + 40)} ${round(a.y - lift - 20)} ${round(a.x + 20)} ${round(top)}`,
        label: { x: a.x, y: round(a.y - lift - 5) }
      };
    }
    const [low, high] = t.from < t.to ? [a, b] : [b, a];
    const length = Math.hypot(high.x - low.x, high.y - low.y);
    const normal = { x: -(high.y - low.y) / length, y: (high.x - low.x) / length };
    const offset = (k - ((totals.get(key) ?? 1) - 1) / 2) * FAN_SPACING;
    const mid = { x: (a.x + b.x) / 2 + normal.x * offset, y: (a.y + b.y) / 2 + normal.y * offset };
    // A quadratic curve passes its control point's direction at the ends but only half the offset at
    // t = 1/2: doubling the offset puts the curve's midpoint (and the label) exactly at `mid`.
    const control = { x: 2 * mid.x - (a.x + b.x) / 2, y: 2 * mid.y - (a.y + b.y) / 2 };
    const start = boxExit(a, control);
    const end = boxExit(b, control);
    return {
      transactionId: t.id,
      path: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
      label: { x: round(mid.x), y: round(mid.y) }
    };
  });
}

/** An axis-aligned box in diagram units; `x`, `y` is the top left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box of the role drawn at `centre`. */
export function roleBox(centre: Point): Rect {
  return { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
}

/** True when the interiors of two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * True when the segment from `a` to `b` passes through the interior of `box` (Liang-Barsky clipping).
 * A segment that only touches the box's border, as a line ending on a role's edge does, does not cross.
 */
export function segmentCrossesBox(a: Point, b: Point, box: Rect): boolean {
  // Shrink by a hair so that touching the border (within rounding) is not a crossing.
  const e = 0.5;
  const [x0, y0, x1, y1] = [box.x + e, box.y + e, box.x + box.width - e, box.y + box.height - e];
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - x0) && clip(dx, x1 - a.x) && clip(-dy, a.y - y0) && clip(dy, y1 - a.y) && t1 > t0;
}

/** How many pairs of boxes overlap. */
export function countOverlaps(boxes: readonly Rect[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) count++;
  return count;
}

/** How many (polyline, box) pairs have a segment through the box's interior; each pair counts once. */
export function countCrossings(polylines: readonly (readonly Point[])[], boxes: readonly Rect[]): number {
  let count = 0;
  for (const line of polylines) {
    for (const box of boxes) {
      for (let i = 1; i < line.length; i++) {
        if (segmentCrossesBox(line[i - 1], line[i], box)) {
          count++;
          break;
        }
      }
    }
  }
  return count;
}
