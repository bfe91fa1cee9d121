/**
 * Reciprocity: how much of the exchange in a network flows both ways.
 */
import { indexNodes, resolveEdges } from './adjacency';
import type { Graph } from './graph';

/**
 * Share of distinct directed ties (u -> v, u != v) whose reverse v -> u also exists, as networkx's
 * `overall_reciprocity` on a simple digraph. Parallel edges count once and self-loops are ignored.
 * In an undirected graph every tie is mutual: the result is 1 when there is any tie between two
 * different nodes. A graph without such ties gives 0.
 * @throws InvalidGraphError for duplicate nodes or edges to unknown nodes.
 */
export function reciprocity(graph: Graph): number {
  const n = graph.nodes.length;
  const { sources, targets } = resolveEdges(graph, indexNodes(graph), false);
  const ties = new Set<number>();
  for (let e = 0; e < sources.length; e++) {
    if (sources[e] !== targets[e]) ties.add(sources[e] * n + targets[e]);
  }
  if (ties.size === 0) return 0;
  if (!graph.directed) return 1;
  let mutual = 0;
  ties.forEach((key) => {
    const s = Math.floor(key / n);
    const t = key - s * n;
    if (ties.has(t * n + s)) mutual++;
  });
  return mutual / ties.size;
}
