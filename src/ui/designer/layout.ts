/**
 * Automatic layout of the value network diagram: one column per side (internal left, partner in the
 * middle, customer right), so that the seller's team faces the buying committee and every exchange
 * that crosses the deal boundary runs left to right or back. Within a column, roles are ordered by the
 * first transaction they take part in (narrative order), so the story reads top to bottom; roles
 * without transactions come last, in blueprint order.
 */
import type { Blueprint, RoleSide } from '../../core/model';

/** A node centre in diagram units (SVG user units, 1 unit = 1 CSS pixel at zoom 1). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = Readonly<Record<string, Point>>;

export interface LayoutOptions {
  /** Distance between column centres. Default 280. */
  readonly columnGap?: number;
  /** Distance between row centres. Default 110. */
  readonly rowGap?: number;
  /** Centre of the first column and first row. Default `{ x: 100, y: 60 }`. */
  readonly origin?: Point;
}

const SIDE_ORDER: readonly RoleSide[] = ['internal', 'partner', 'customer'];

/** Node box size in diagram units; shared by the layout's defaults and the diagram's drawing. */
export const NODE_WIDTH: number = 160;
export const NODE_HEIGHT: number = 52;

/**
 * Positions for every role of the blueprint. Columns exist only for sides that have roles (a blueprint
 * without partners has two columns). Deterministic: the same blueprint always gets the same layout.
 * Roles of an unknown side (from unchecked JSON) go to the internal column.
 */
export function layoutRoles(blueprint: Blueprint, options: LayoutOptions = {}): Positions {
  const columnGap = options.columnGap ?? 280;
  const rowGap = options.rowGap ?? 110;
  const origin = options.origin ?? { x: 100, y: 60 };

  const firstSeen = new Map<string, number>();
  const bySequence = [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence);
  bySequence.forEach((t, i) => {
    if (!firstSeen.has(t.from)) firstSeen.set(t.from, i);
    if (!firstSeen.has(t.to)) firstSeen.set(t.to, i);
  });

  const columns = SIDE_ORDER.map((side) =>
    blueprint.roles
      .map((role, index) => ({ role, index }))
      .filter(({ role }) => (SIDE_ORDER.includes(role.side) ? role.side : 'internal') === side)
      .sort((a, b) => (firstSeen.get(a.role.id) ?? Infinity) - (firstSeen.get(b.role.id) ?? Infinity) || a.index - b.index)
  ).filter((column) => column.length > 0);

  const positions: Record<string, Point> = {};
  columns.forEach((column, c) => {
    column.forEach(({ role }, r) => {
      positions[role.id] = { x: origin.x + c * columnGap, y: origin.y + r * rowGap };
    });
  });
  return positions;
}

/**
 * The smallest box holding every node (with its box) plus `margin` on each side; a 1 x 1 box at the
 * origin for no nodes. Used as the diagram's initial view box.
 */
export function boundsOf(positions: Positions, margin: number = 24): { x: number; y: number; width: number; height: number } {
  const points = Object.values(positions);
  if (points.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const minX = Math.min(...points.map((p) => p.x)) - NODE_WIDTH / 2 - margin;
  const minY = Math.min(...points.map((p) => p.y)) - NODE_HEIGHT / 2 - margin;
  const maxX = Math.max(...points.map((p) => p.x)) + NODE_WIDTH / 2 + margin;
  const maxY = Math.max(...points.map((p) => p.y)) + NODE_HEIGHT / 2 + margin;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
