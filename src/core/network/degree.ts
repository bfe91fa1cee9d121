/**
 * Degree: how many exchanges a node takes part in.
 */
import { indexNodes, resolveEdges } from './adjacency';
import type { Graph } from './graph';

export interface NodeDegree {
  readonly in: number;
  readonly out: number;
  readonly total: number;
}

export interface DegreeOptions {
  /** Sum edge weights (missing weight = 1) instead of counting edges. Default false. */
  readonly weighted?: boolean;
}

/**
 * In-, out- and total degree of every node, counting every edge of a multigraph (three exchanges
 * between the same roles are three). In a directed graph a self-loop adds 1 to in and 1 to out.
 * In an undirected graph direction does not exist, so `in`, `out` and `total` all equal the degree,
 * where a self-loop counts twice (as in graphology and networkx).
 * @throws InvalidGraphError for duplicate nodes, edges to unknown nodes or (weighted) weights not > 0.
 */
export function degrees(graph: Graph, options: DegreeOptions = {}): Readonly<Record<string, NodeDegree>> {
  const n = graph.nodes.length;
  const { sources, targets, weights } = resolveEdges(graph, indexNodes(graph), options.weighted ?? false);
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let e = 0; e < sources.length; e++) {
    outDegree[sources[e]] += weights[e];
    inDegree[targets[e]] += weights[e];
  }
  return Object.fromEntries(
    graph.nodes.map((node, i) => {
      const total = inDegree[i] + outDegree[i];
      const degree: NodeDegree = graph.directed ? { in: inDegree[i], out: outDegree[i], total } : { in: total, out: total, total };
      return [node, degree];
    })
  );
}
