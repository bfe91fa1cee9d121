/**
 * The indexed adjacency (compressed sparse rows over typed arrays) that shortest-path metrics build
 * inside each call. Kept separate so that every metric validates and indexes a graph the same way.
 */
import { InvalidGraphError, type Graph } from './graph';

/** Neighbours of node `i` are `targets[starts[i]] .. targets[starts[i + 1] - 1]`. */
export interface Adjacency {
  readonly order: number;
  readonly starts: Int32Array;
  readonly targets: Int32Array;
  /** Edge lengths, parallel to `targets`; all 1 when built unweighted. */
  readonly weights: Float64Array;
  /** Incoming neighbours (for an undirected graph, the same arrays as the outgoing ones). */
  readonly inStarts: Int32Array;
  readonly inTargets: Int32Array;
  readonly inWeights: Float64Array;
}

/**
 * Maps node ids to indices 0..n-1 in the graph's node order.
 * @throws InvalidGraphError when a node id appears twice.
 */
export function indexNodes(graph: Graph): Map<string, number> {
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => {
    if (index.has(node)) throw new InvalidGraphError(`The node "${node}" appears twice: give every node a unique id.`);
    index.set(node, i);
  });
  return index;
}

/**
 * Resolves each edge to node indices, checking ids and (when `weighted`) weights.
 * @returns sources, targets and weights parallel to `graph.edges`.
 * @throws InvalidGraphError for an edge naming an unknown node, or a weight that is not finite and > 0.
 */
export function resolveEdges(
  graph: Graph,
  index: ReadonlyMap<string, number>,
  weighted: boolean
): { sources: Int32Array; targets: Int32Array; weights: Float64Array } {
  const m = graph.edges.length;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  graph.edges.forEach((edge, e) => {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) {
      const missing = s === undefined ? edge.source : edge.target;
      throw new InvalidGraphError(`Edge ${e} (${edge.source} -> ${edge.target}) names "${missing}", which is not a node: add the node or remove the edge.`);
    }
    const w = weighted ? edge.weight ?? 1 : 1;
    // Dijkstra-based Brandes needs strictly positive lengths: a zero-length edge would let two nodes
    // share a distance while one is the other's predecessor, breaking the settle order.
    if (!Number.isFinite(w) || w <= 0) {
      throw new InvalidGraphError(`Edge ${e} (${edge.source} -> ${edge.target}) has weight ${w}: weights must be finite numbers greater than 0.`);
    }
    sources[e] = s;
    targets[e] = t;
    weights[e] = w;
  });
  return { sources, targets, weights };
}

/**
 * Builds the adjacency that shortest paths run on. Self-loops are dropped (they never lie on a shortest
 * path) and parallel edges collapse into one of the smallest weight, so that, as in networkx, parallel
 * edges do not multiply the number of shortest paths. An undirected edge is entered in both directions.
 * @param weighted when false every edge has length 1 and `weight` is ignored.
 */
export function shortestPathAdjacency(graph: Graph, weighted: boolean): Adjacency {
  const n = graph.nodes.length;
  const edges = resolveEdges(graph, indexNodes(graph), weighted);
  const m = edges.sources.length;
  // Directed arcs (both directions for an undirected graph), self-loops dropped.
  const arcCap = graph.directed ? m : 2 * m;
  const from = new Int32Array(arcCap);
  const to = new Int32Array(arcCap);
  const len = new Float64Array(arcCap);
  let arcs = 0;
  for (let e = 0; e < m; e++) {
    const s = edges.sources[e];
    const t = edges.targets[e];
    if (s === t) continue;
    from[arcs] = s;
    to[arcs] = t;
    len[arcs++] = edges.weights[e];
    if (!graph.directed) {
      from[arcs] = t;
      to[arcs] = s;
      len[arcs++] = edges.weights[e];
    }
  }
  const out = compress(n, from.subarray(0, arcs), to.subarray(0, arcs), len.subarray(0, arcs));
  if (!graph.directed) {
    return { order: n, ...out, inStarts: out.starts, inTargets: out.targets, inWeights: out.weights };
  }
  const reverse = reverseOf(n, out.starts, out.targets, out.weights);
  return { order: n, ...out, inStarts: reverse.starts, inTargets: reverse.targets, inWeights: reverse.weights };
}

/** Counting sort of arcs by source (stable: keeps input order per node), merging parallel arcs. */
function compress(
  n: number,
  from: Int32Array,
  to: Int32Array,
  len: Float64Array
): { starts: Int32Array; targets: Int32Array; weights: Float64Array } {
  const rawStarts = new Int32Array(n + 1);
  for (let a = 0; a < from.length; a++) rawStarts[from[a] + 1]++;
  for (let i = 0; i < n; i++) rawStarts[i + 1] += rawStarts[i];
  const fill = rawStarts.slice(0, n);
  const rawTo = new Int32Array(from.length);
  const rawLen = new Float64Array(from.length);
  for (let a = 0; a < from.length; a++) {
    const slot = fill[from[a]]++;
    rawTo[slot] = to[a];
    rawLen[slot] = len[a];
  }
  const starts = new Int32Array(n + 1);
  const targets = new Int32Array(from.length);
  const weights = new Float64Array(from.length);
  const seenFrom = new Int32Array(n).fill(-1);
  const position = new Int32Array(n);
  let k = 0;
  for (let u = 0; u < n; u++) {
    starts[u] = k;
    for (let j = rawStarts[u]; j < rawStarts[u + 1]; j++) {
      const v = rawTo[j];
      if (seenFrom[v] !== u) {
        seenFrom[v] = u;
        position[v] = k;
        targets[k] = v;
        weights[k++] = rawLen[j];
      } else if (rawLen[j] < weights[position[v]]) {
        weights[position[v]] = rawLen[j];
      }
    }
  }
  starts[n] = k;
  return { starts, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

function reverseOf(
  n: number,
  starts: Int32Array,
  targets: Int32Array,
  weights: Float64Array
): { starts: Int32Array; targets: Int32Array; weights: Float64Array } {
  const inStarts = new Int32Array(n + 1);
  for (let j = 0; j < targets.length; j++) inStarts[targets[j] + 1]++;
  for (let i = 0; i < n; i++) inStarts[i + 1] += inStarts[i];
  const fill = inStarts.slice(0, n);
  const inTargets = new Int32Array(targets.length);
  const inWeights = new Float64Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let j = starts[u]; j < starts[u + 1]; j++) {
      const slot = fill[targets[j]]++;
      inTargets[slot] = u;
      inWeights[slot] = weights[j];
    }
  }
  return { starts: inStarts, targets: inTargets, weights: inWeights };
}
