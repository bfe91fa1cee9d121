/**
 * Exact betweenness centrality (Brandes 2001): for each node v, the sum over ordered pairs (s, t) with
 * s != v != t of the share of shortest s-t paths that pass through v.
 */
import { type Adjacency, shortestPathAdjacency } from './adjacency';
import { scoresOf, type Graph, type NodeScores } from './graph';
import { createPathWorkspace, dijkstraFrom, resetPathWorkspace } from './shortestPaths';
import { unitDependencies } from './unitDependencies';

export interface BetweennessOptions {
  /**
   * Divide by (n - 1)(n - 2), the number of ordered pairs excluding v, as graphology-metrics and
   * networkx do (for an undirected graph this equals networkx's 2 / ((n - 1)(n - 2)) on halved values).
   * Graphs with n <= 2 are left unscaled (every score is 0 there anyway). Default true.
   */
  readonly normalized?: boolean;
  /** Use edge weights as lengths (Dijkstra); otherwise every edge has length 1. Default false. */
  readonly weighted?: boolean;
}

/**
 * Exact betweenness of every node. Directed graphs follow edge direction; undirected graphs count each
 * unordered pair once when `normalized` is false (raw sums halved, as in graphology and networkx).
 * Unreachable pairs contribute nothing, so graphs with several components are handled naturally.
 * Parallel edges collapse (smallest weight kept) and self-loops are ignored.
 *
 * Cost: O(n m) unweighted (usually far less, see unitDependencies.ts); weighted O(n (m + D)) with
 * whole-number lengths up to 64 (D the longest distance) and O(n m log m) otherwise; memory O(n + m).
 * @throws InvalidGraphError for duplicate nodes, edges to unknown nodes or weights that are not > 0.
 */
export function betweennessCentrality(graph: Graph, options: BetweennessOptions = {}): NodeScores {
  const normalized = options.normalized ?? true;
  const weighted = options.weighted ?? false;
  const adj = shortestPathAdjacency(graph, weighted);
  const centrality = weighted ? weightedDependencies(adj) : unitDependencies(adj);
  const n = adj.order;
  const scale = normalized ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : graph.directed ? 1 : 0.5;
  if (scale !== 1) for (let i = 0; i < n; i++) centrality[i] *= scale;
  return scoresOf(graph.nodes, centrality);
}

/**
 * Brandes with Dijkstra. After each source, the reverse settle order is walked pulling from successors:
 * w follows v on a shortest path exactly when dist[v] + length(v, w) === dist[w] (the same float sum
 * Dijkstra compared), and every such w sits later in the order, so its coefficient is final. Pulling
 * needs no predecessor lists and writes each dependency once.
 */
function weightedDependencies(adj: Adjacency): Float64Array {
  const n = adj.order;
  const ws = createPathWorkspace(n, adj.weights);
  const { dist, sigma, order } = ws;
  const { starts, targets, weights } = adj;
  // coefficient[w] = (1 + delta[w]) / sigma[w], Brandes' dependency share that w passes to each predecessor.
  const coefficient = new Float64Array(n);
  const centrality = new Float64Array(n);
  const forward = { starts, targets, weights };
  for (let s = 0; s < n; s++) {
    const count = dijkstraFrom(forward, s, ws);
    for (let k = count - 1; k > 0; k--) {
      const v = order[k];
      const dv = dist[v];
      let sum = 0;
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = targets[j];
        if (dist[w] === dv + weights[j]) sum += coefficient[w];
      }
      const delta = sigma[v] * sum;
      centrality[v] += delta;
      coefficient[v] = (1 + delta) / sigma[v];
    }
    resetPathWorkspace(ws, count);
  }
  return centrality;
}
