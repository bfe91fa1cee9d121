/**
 * Closeness centrality: how near a node is to the others, from the distances it can be reached over.
 */
import { shortestPathAdjacency } from './adjacency';
import { scoresOf, type Graph, type NodeScores } from './graph';
import { breadthFirstFrom, createPathWorkspace, dijkstraFrom, resetPathWorkspace } from './shortestPaths';

export interface ClosenessOptions {
  /**
   * Apply the Wasserman-Faust correction (1994, p. 201): multiply by the share of the other n - 1 nodes
   * that reach the node. Default true, as networkx's `wf_improved`, because without it a node reached by
   * one neighbour at distance 1 in a tiny component scores 1, the same as the hub of a connected graph.
   * graphology-metrics calls this option `wassermanFaust` and defaults it to false.
   */
  readonly wassermanFaust?: boolean;
  /** Use edge weights as lengths (Dijkstra); otherwise every edge has length 1. Default false. */
  readonly weighted?: boolean;
}

/**
 * Closeness of every node v: r / (sum of distances d(u, v) over the r nodes u != v that reach v),
 * times r / (n - 1) with the Wasserman-Faust correction. In a directed graph the distances are incoming
 * (from u to v), as in networkx and graphology; use the reversed graph for outgoing closeness.
 * A node nobody reaches, and every node of a one-node graph, scores 0.
 * Parallel edges collapse (smallest weight kept) and self-loops are ignored.
 * @throws InvalidGraphError for duplicate nodes, edges to unknown nodes or weights that are not > 0.
 */
export function closenessCentrality(graph: Graph, options: ClosenessOptions = {}): NodeScores {
  const wassermanFaust = options.wassermanFaust ?? true;
  const weighted = options.weighted ?? false;
  const adj = shortestPathAdjacency(graph, weighted);
  const n = adj.order;
  const ws = createPathWorkspace(n, adj.weights);
  const incoming = { starts: adj.inStarts, targets: adj.inTargets, weights: adj.inWeights };
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const count = weighted ? dijkstraFrom(incoming, v, ws) : breadthFirstFrom(incoming, v, ws);
    let total = 0;
    for (let k = 1; k < count; k++) total += ws.dist[ws.order[k]];
    const reached = count - 1;
    if (total > 0 && n > 1) closeness[v] = wassermanFaust ? (reached / total) * (reached / (n - 1)) : reached / total;
    resetPathWorkspace(ws, count);
  }
  return scoresOf(graph.nodes, closeness);
}
