import type { BpmnGraph, BpmnNode } from './bpmnGraph';

/** A rectangle in diagram units (BPMN DI pixels), origin top left. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface BpmnLayout {
  readonly pool: Bounds;
  /** Lane bounds per role id, in role order. */
  readonly lanes: ReadonlyMap<string, Bounds>;
  readonly nodes: ReadonlyMap<string, Bounds>;
  /** Waypoints per flow id. */
  readonly edges: ReadonlyMap<string, readonly Point[]>;
}

const POOL_HEADER = 30;
const COLUMN = 160;
const ROW = 100;
const MARGIN_X = 50;
const SIZE: Readonly<Record<BpmnNode['kind'], { width: number; height: number }>> = {
  sendTask: { width: 100, height: 80 },
  receiveTask: { width: 100, height: 80 },
  userTask: { width: 100, height: 80 },
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  parallelGateway: { width: 50, height: 50 }
};

/**
 * Lays the graph out left to right: lanes are horizontal bands in role order (each as tall as its
 * busiest column, at least one row), every node sits in its lane's band at the column of its
 * topological level (longest path from the start event), nodes sharing a lane and a level stack
 * downwards. Flows are routed orthogonally: right from the source, vertically at the middle between
 * columns, right into the target.
 *
 * @param roleIds - lane order.
 * @returns absolute coordinates; the pool starts at (0, 0).
 */
export function layoutBpmn(graph: BpmnGraph, roleIds: readonly string[]): BpmnLayout {
  const level = topologicalLevels(graph);
  const slot = new Map<string, number>();
  const used = new Map<string, number>();
  for (const node of graph.nodes) {
    const key = `${node.lane}\u0000${level.get(node.id) ?? 0}`;
    slot.set(node.id, used.get(key) ?? 0);
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  const rowsPerLane = new Map(roleIds.map((r) => [r, 1]));
  for (const node of graph.nodes) {
    rowsPerLane.set(node.lane, Math.max(rowsPerLane.get(node.lane) ?? 1, (slot.get(node.id) ?? 0) + 1));
  }
  const columns = Math.max(0, ...[...level.values()]) + 1;
  const width = POOL_HEADER + 2 * MARGIN_X + columns * COLUMN;

  const lanes = new Map<string, Bounds>();
  let top = 0;
  for (const roleId of roleIds) {
    const height = (rowsPerLane.get(roleId) ?? 1) * ROW + 20;
    lanes.set(roleId, { x: POOL_HEADER, y: top, width: width - POOL_HEADER, height });
    top += height;
  }

  const nodes = new Map<string, Bounds>();
  for (const node of graph.nodes) {
    const lane = lanes.get(node.lane) ?? { x: POOL_HEADER, y: 0, width: 0, height: ROW };
    const size = SIZE[node.kind];
    const centerX = POOL_HEADER + MARGIN_X + (level.get(node.id) ?? 0) * COLUMN + COLUMN / 2;
    const centerY = lane.y + 10 + (slot.get(node.id) ?? 0) * ROW + ROW / 2;
    nodes.set(node.id, { x: centerX - size.width / 2, y: centerY - size.height / 2, width: size.width, height: size.height });
  }

  const edges = new Map<string, readonly Point[]>();
  for (const flow of graph.flows) {
    const from = nodes.get(flow.source);
    const to = nodes.get(flow.target);
    if (from !== undefined && to !== undefined) {
      edges.set(flow.id, route(from, to));
    }
  }
  return { pool: { x: 0, y: 0, width, height: Math.max(top, ROW) }, lanes, nodes, edges };
}

/** Longest path from the sources (Kahn's algorithm); nodes on a cycle (invalid input) keep level 0. */
function topologicalLevels(graph: BpmnGraph): Map<string, number> {
  const incoming = new Map(graph.nodes.map((n) => [n.id, 0]));
  const outgoing = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const flow of graph.flows) {
    incoming.set(flow.target, (incoming.get(flow.target) ?? 0) + 1);
    outgoing.get(flow.source)?.push(flow.target);
  }
  const level = new Map(graph.nodes.map((n) => [n.id, 0]));
  const ready = graph.nodes.filter((n) => incoming.get(n.id) === 0).map((n) => n.id);
  while (ready.length > 0) {
    const id = ready.shift() as string;
    for (const next of outgoing.get(id) ?? []) {
      level.set(next, Math.max(level.get(next) ?? 0, (level.get(id) ?? 0) + 1));
      incoming.set(next, (incoming.get(next) ?? 0) - 1);
      if (incoming.get(next) === 0) {
        ready.push(next);
      }
    }
  }
  return level;
}

function route(from: Bounds, to: Bounds): Point[] {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  if (start.y === end.y) {
    return [start, end];
  }
  const middleX = Math.round((start.x + end.x) / 2);
  return [start, { x: middleX, y: start.y }, { x: middleX, y: end.y }, end];
}
