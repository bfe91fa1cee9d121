/**
 * Average shortest path length, read as the agility of a value network: how many hand-offs it takes,
 * on average, for one role to reach another.
 */
import { shortestPathAdjacency } from './adjacency';
import type { Graph } from './graph';
import { breadthFirstFrom, createPathWorkspace, dijkstraFrom, resetPathWorkspace } from './shortestPaths';

export interface ShortestPathSummary {
  /** Mean distance over the ordered pairs (u, v), u != v, where v is reachable from u; 0 when there are none. */
  readonly average: number;
  /** Ordered pairs (u, v), u != v, with a path from u to v. */
  readonly reachablePairs: number;
  /** All ordered pairs u != v: n (n - 1). */
  readonly orderedPairs: number;
  /** reachablePairs / orderedPairs; 0 for graphs with fewer than two nodes. */
  readonly reachability: number;
}

export interface AverageShortestPathOptions {
  /** Use edge weights as lengths (Dijkstra); otherwise every edge has length 1. Default false. */
  readonly weighted?: boolean;
}

/**
 * Mean shortest-path length over reachable ordered pairs. Unlike networkx, which refuses a graph that is
 * not (strongly) connected, unreachable pairs are left out of the mean and reported through
 * `reachability`, because real sales networks are rarely strongly connected and "no path" is a finding,
 * not an error. For an undirected graph every pair counts in both orders, which leaves the mean unchanged.
 * Parallel edges collapse (smallest weight kept) and self-loops are ignored.
 * @throws InvalidGraphError for duplicate nodes, edges to unknown nodes or weights that are not > 0.
 */
export function averageShortestPath(graph: Graph, options: AverageShortestPathOptions = {}): ShortestPathSummary {
  const weighted = options.weighted ?? false;
  const adj = shortestPathAdjacency(graph, weighted);
  const n = adj.order;
  const ws = createPathWorkspace(n, adj.weights);
  const forward = { starts: adj.starts, targets: adj.targets, weights: adj.weights };
  let total = 0;
  let reachablePairs = 0;
  for (let s = 0; s < n; s++) {
    const count = weighted ? dijkstraFrom(forward, s, ws) : breadthFirstFrom(forward, s, ws);
    for (let k = 1; k < count; k++) total += ws.dist[ws.order[k]];
    reachablePairs += count - 1;
    resetPathWorkspace(ws, count);
  }
  const orderedPairs = n * (n - 1);
  return {
    average: reachablePairs === 0 ? 0 : total / reachablePairs,
    reachablePairs,
    orderedPairs,
    reachability: orderedPairs === 0 ? 0 : reachablePairs / orderedPairs
  };
}
