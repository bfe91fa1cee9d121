/**
 * Geometry of the diagram's arrows: where an arrow leaves and enters a role's box and how parallel
 * exchanges between the same two roles fan out so that each stays visible and clickable.
 */
import type { Transaction } from '../../core/model/blueprint';
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
