/**
 * Density: the share of possible ties that exist.
 */
import { indexNodes, resolveEdges } from './adjacency';
import type { Graph } from './graph';

/**
 * Distinct connected pairs divided by possible pairs: n (n - 1) ordered pairs for a directed graph,
 * n (n - 1) / 2 unordered pairs for an undirected one. Parallel edges count once and self-loops not at
 * all, so the result stays in [0, 1] for the multigraphs a value network produces (graphology's
 * `density` counts every edge of a multigraph and can exceed 1). Graphs with fewer than two nodes give 0.
 * @throws InvalidGraphError for duplicate nodes or edges to unknown nodes.
 */
export function density(graph: Graph): number {
  const n = graph.nodes.length;
  if (n < 2) return 0;
  const { sources, targets } = resolveEdges(graph, indexNodes(graph), false);
  const pairs = new Set<number>();
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e];
    const t = targets[e];
    if (s === t) continue;
    pairs.add(graph.directed || s < t ? s * n + t : t * n + s);
  }
  const possible = graph.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return pairs.size / possible;
}
