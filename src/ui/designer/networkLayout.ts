/**
 * Layout of the value network map by a layered graph layout engine (ELK "layered", from `elkjs`).
 *
 * The map reads left to right: partners at the outer left edge, the internal team, one column per
 * sales stage holding that stage's exchanges, then the buying committee on the right. Each exchange is
 * a small label box of its own in its stage's column, joined to its two roles by orthogonal lines, so
 * that labels never overlap (the engine keeps boxes apart) and no line runs through a role (the engine
 * routes long lines through gaps between boxes). Partitions (`elk.partitioning`) keep the columns in
 * that order whatever the exchanges are; lines always point right in the engine's graph, and the
 * drawing turns them to the transaction's real direction.
 *
 * `networkElkGraph` and `readNetworkLayout` are pure; `layoutNetwork` runs the engine in the calling
 * thread (no web worker, no `eval`: SharePoint pages forbid both for an app's script).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Blueprint, Role, Transaction } from '../../core/model';
import { NODE_HEIGHT, NODE_WIDTH, type Point, type Positions } from './layout';

/** An axis-aligned box in diagram units; `x`, `y` is the top left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ExchangeLayout {
  readonly transactionId: string;
  /** The line from the giving role's box edge to the receiving role's box edge, through the label. */
  readonly points: readonly Point[];
  /** The line's two halves: giver to the label's side, and the label's side to the receiver. */
  readonly halves: readonly [readonly Point[], readonly Point[]];
  /** The label box, on the line. */
  readonly label: Box;
  /** The label's text, abbreviated to fit the box (the full text is the transaction's). */
  readonly text: string;
}

export interface StageColumn {
  readonly stageId: string;
  /** Left edge and width of the column's label boxes. */
  readonly x: number;
  readonly width: number;
}

export interface NetworkLayout {
  /** Role box centres. */
  readonly positions: Positions;
  /** In transaction order; transactions naming an unknown role are left out. */
  readonly exchanges: readonly ExchangeLayout[];
  /** Stages that have exchanges, left to right. */
  readonly stages: readonly StageColumn[];
  readonly width: number;
  readonly height: number;
}

/** Label font size in diagram units, and the width assumed per character (generous for Segoe UI). */
export const LABEL_FONT_SIZE: number = 12;
export const LABEL_CHAR_WIDTH: number = 6.8;
export const LABEL_HEIGHT: number = 20;
/** Characters shown in a label, sequence number included; longer texts end in an ellipsis. */
export const LABEL_MAX_CHARS: number = 26;
const LABEL_PADDING = 10;
/** Space above the diagram for the stage column headings. */
export const HEADER_HEIGHT: number = 28;

/** `text` cut to `max` characters, the last one an ellipsis when anything was cut. */
export function abbreviate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The label text of a transaction: its sequence number and deliverable, abbreviated. */
export function exchangeText(t: Transaction): string {
  return abbreviate(`${t.sequence}. ${t.deliverable}`, LABEL_MAX_CHARS);
}

const exchangeNodeId = (t: Transaction): string => `x:${t.id}`;

function sideOf(role: Role): 'partner' | 'internal' | 'customer' {
  return role.side === 'partner' || role.side === 'customer' ? role.side : 'internal';
}

/**
 * The engine's input for a blueprint: roles and one node per exchange, with partitions giving the
 * column order partner < internal < stage 1 < ... < stage n < exchanges of unknown stage < customer.
 * Roles come in blueprint order and exchanges in sequence order, which the engine uses to break ties.
 */
export function networkElkGraph(blueprint: Blueprint): ElkNode {
  const roleIds = new Set(blueprint.roles.map((r) => r.id));
  const stageOrder = [...blueprint.stages].sort((a, b) => a.order - b.order).map((s) => s.id);
  const exchanges = [...blueprint.transactions].filter((t) => roleIds.has(t.from) && roleIds.has(t.to)).sort((a, b) => a.sequence - b.sequence);
  const stageRank = (stageId: string): number => 2 + (stageOrder.includes(stageId) ? stageOrder.indexOf(stageId) : stageOrder.length);
  const roleRank = (role: Role): number => ({ partner: 0, internal: 1, customer: 3 + stageOrder.length })[sideOf(role)];
  // The engine orders only consecutive partitions: number the ranks in use 0, 1, 2, ... without gaps.
  const used = [...new Set([...blueprint.roles.map(roleRank), ...exchanges.map((t) => stageRank(t.stage))])].sort((a, b) => a - b);
  const dense = (rank: number): number => used.indexOf(rank);
  const rolePartition = new Map(blueprint.roles.map((r) => [r.id, dense(roleRank(r))]));
  const stagePartition = (stageId: string): number => dense(stageRank(stageId));

  const children: ElkNode[] = blueprint.roles.map((role) => ({
    id: role.id,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    layoutOptions: { 'elk.partitioning.partition': String(rolePartition.get(role.id)) }
  }));
  const edges: ElkExtendedEdge[] = [];
  for (const t of exchanges) {
    const id = exchangeNodeId(t);
    const width = Math.ceil(exchangeText(t).length * LABEL_CHAR_WIDTH) + LABEL_PADDING;
    const partition = stagePartition(t.stage);
    children.push({
      id,
      width,
      height: LABEL_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(partition), 'elk.portConstraints': 'FIXED_POS' },
      // Fixed ports in the middle of the label's left and right sides, so that the line runs straight
      // through the label (and behind it) from one side to the other.
      ports: [
        { id: `${id}:w`, x: 0, y: LABEL_HEIGHT / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } },
        { id: `${id}:e`, x: width, y: LABEL_HEIGHT / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } }
      ]
    });
    for (const end of ['from', 'to'] as const) {
      const roleId = t[end];
      const left = (rolePartition.get(roleId) ?? 1) < partition;
      edges.push(left ? { id: `${t.id}:${end}`, sources: [roleId], targets: [`${id}:w`] } : { id: `${t.id}:${end}`, sources: [`${id}:e`], targets: [roleId] });
    }
  }
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // One picture: laid out apart, a pair of roles that only talk to each other would get columns of its own.
      'elk.separateConnectedComponents': 'false',
      'elk.randomSeed': '1',
      'elk.padding': `[top=${HEADER_HEIGHT + 8},left=12,bottom=12,right=12]`,
      'elk.spacing.nodeNode': '14',
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '8',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF'
    },
    children,
    edges
  };
}

function sectionPoints(edge: ElkExtendedEdge | undefined): Point[] {
  const section = edge?.sections?.[0];
  if (!section) return [];
  return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: round(p.x), y: round(p.y) }));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Drops points that repeat the previous one or lie on a straight line between their neighbours. */
export function simplifyPolyline(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    // Only a point between its neighbours goes: where a line turns back (a U-turn into a label), it stays.
    const between = (a: number, b: number, c: number): boolean => (a <= b && b <= c) || (a >= b && b >= c);
    if (before && last && ((before.x === last.x && last.x === p.x && between(before.y, last.y, p.y)) || (before.y === last.y && last.y === p.y && between(before.x, last.x, p.x)))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Reads the engine's result back into role centres, exchange lines and labels, and stage columns. */
export function readNetworkLayout(blueprint: Blueprint, laidOut: ElkNode): NetworkLayout {
  const nodes = new Map((laidOut.children ?? []).map((n) => [n.id, n]));
  const edges = new Map((laidOut.edges ?? []).map((e) => [e.id, e]));
  const positions: Record<string, Point> = {};
  for (const role of blueprint.roles) {
    const node = nodes.get(role.id);
    if (node) positions[role.id] = { x: round((node.x ?? 0) + NODE_WIDTH / 2), y: round((node.y ?? 0) + NODE_HEIGHT / 2) };
  }
  const exchanges: ExchangeLayout[] = [];
  const columns = new Map<string, { left: number; right: number }>();
  for (const t of [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence)) {
    const id = exchangeNodeId(t);
    const node = nodes.get(id);
    if (!node) continue;
    const label = { x: round(node.x ?? 0), y: round(node.y ?? 0), width: node.width ?? 0, height: node.height ?? 0 };
    // The engine's lines all point right: turn each half so the whole line runs from giver to receiver.
    const half = (end: 'from' | 'to'): Point[] => {
      const edge = edges.get(`${t.id}:${end}`);
      const points = sectionPoints(edge);
      const roleIsSource = edge?.sources[0] === t[end];
      return (end === 'from') === roleIsSource ? points : points.reverse();
    };
    const halves: [Point[], Point[]] = [half('from'), half('to')];
    exchanges.push({ transactionId: t.id, points: simplifyPolyline([...halves[0], ...halves[1]]), halves, label, text: exchangeText(t) });
    const column = columns.get(t.stage);
    columns.set(t.stage, { left: Math.min(column?.left ?? Infinity, label.x), right: Math.max(column?.right ?? -Infinity, label.x + label.width) });
  }
  const stages = [...blueprint.stages]
    .sort((a, b) => a.order - b.order)
    .filter((s) => columns.has(s.id))
    .map((s) => {
      const c = columns.get(s.id) as { left: number; right: number };
      return { stageId: s.id, x: c.left, width: round(c.right - c.left) };
    });
  return { positions, exchanges, stages, width: laidOut.width ?? 0, height: laidOut.height ?? 0 };
}

/**
 * Lays the blueprint out (asynchronously: the engine's interface is promise-based even in the calling
 * thread). Deterministic: the same blueprint always gets the same layout.
 */
export async function layoutNetwork(blueprint: Blueprint): Promise<NetworkLayout> {
  // The bundled build runs the engine in this thread; the plain entry point would try to start a worker.
  const { default: ELK } = await import(/* webpackChunkName: "elk" */ 'elkjs/lib/elk.bundled.js');
  const laidOut = await new ELK().layout(networkElkGraph(blueprint));
  return readNetworkLayout(blueprint, laidOut);
}

/**
 * The layout with some roles kept where the user put them (`pinned`, role centres): their boxes move
 * there and the part of each of their exchanges' lines between the role and its label is redrawn as a
 * right-angled line into the same side of the label. Labels stay where the engine put them. Unlike the
 * engine's lines, these may pass over other boxes when the user drops a role among them.
 */
export function withPinnedRoles(layout: NetworkLayout, blueprint: Blueprint, pinned: Positions): NetworkLayout {
  const moved = Object.keys(pinned).filter((id) => layout.positions[id] !== undefined);
  if (moved.length === 0) return layout;
  const positions = { ...layout.positions, ...Object.fromEntries(moved.map((id) => [id, pinned[id]])) };
  const byId = new Map(blueprint.transactions.map((t) => [t.id, t]));
  const exchanges = layout.exchanges.map((x) => {
    const t = byId.get(x.transactionId);
    if (!t || (!moved.includes(t.from) && !moved.includes(t.to))) return x;
    const half = (roleId: string): Point[] => {
      // The side of the label the engine used: towards where the role was laid out.
      const west = layout.positions[roleId].x < x.label.x;
      const port = { x: west ? x.label.x : x.label.x + x.label.width, y: x.label.y + x.label.height / 2 };
      return moved.includes(roleId) ? elbow(positions[roleId], port, west) : [];
    };
    // An unmoved end keeps the engine's half line.
    const halves: [Point[], Point[]] = [moved.includes(t.from) ? half(t.from) : [...x.halves[0]], moved.includes(t.to) ? half(t.to).reverse() : [...x.halves[1]]];
    return { ...x, halves, points: simplifyPolyline([...halves[0], ...halves[1]]) };
  });
  return { ...layout, positions, exchanges };
}

/** A right-angled line from the box of the role at `centre` to `port`, entering it from the west or east. */
function elbow(centre: Point, port: Point, west: boolean): Point[] {
  const approach = { x: port.x + (west ? -12 : 12), y: port.y };
  const exitEast = approach.x >= centre.x;
  const exit = { x: centre.x + (exitEast ? NODE_WIDTH / 2 : -NODE_WIDTH / 2), y: centre.y };
  const turnX = exitEast === west ? (exit.x + approach.x) / 2 : approach.x;
  return [exit, { x: turnX, y: exit.y }, { x: turnX, y: port.y }, port].map((p) => ({ x: round(p.x), y: round(p.y) }));
}
