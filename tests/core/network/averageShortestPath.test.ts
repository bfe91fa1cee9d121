import { averageShortestPath } from '../../../src/core/network/averageShortestPath';
import type { Graph } from '../../../src/core/network/graph';
import { randomGraph } from '../../fixtures/network/randomGraph';

function undirected(nodes: string[], pairs: [string, string, number?][]): Graph {
  return { nodes, directed: false, edges: pairs.map(([source, target, weight]) => (weight === undefined ? { source, target } : { source, target, weight })) };
}

/** Floyd-Warshall on the collapsed graph: the slow, obvious oracle. */
function floydAverage(graph: Graph, weighted: boolean): { average: number; reachablePairs: number } {
  const n = graph.nodes.length;
  const at = new Map(graph.nodes.map((node, i) => [node, i]));
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const e of graph.edges) {
    const s = at.get(e.source) as number;
    const t = at.get(e.target) as number;
    if (s === t) continue;
    const w = weighted ? e.weight ?? 1 : 1;
    d[s][t] = Math.min(d[s][t], w);
    if (!graph.directed) d[t][s] = Math.min(d[t][s], w);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  let total = 0;
  let reachablePairs = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && d[i][j] < Infinity) {
    total += d[i][j];
    reachablePairs++;
  }
  return { average: reachablePairs === 0 ? 0 : total / reachablePairs, reachablePairs };
}

describe('averageShortestPath', () => {
  it('path a-b-c-d: unordered distances 1+2+3+1+2+1 = 10 over 6 pairs', () => {
    const summary = averageShortestPath(undirected(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]));
    expect(summary.average).toBeCloseTo(5 / 3, 12);
    expect(summary).toMatchObject({ reachablePairs: 12, orderedPairs: 12, reachability: 1 });
  });

  it('directed cycle of three: every node reaches the others at 1 and 2', () => {
    const g: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }] };
    expect(averageShortestPath(g)).toEqual({ average: 1.5, reachablePairs: 6, orderedPairs: 6, reachability: 1 });
  });

  it('directed path a->b->c: only three of six ordered pairs are reachable', () => {
    const g: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] };
    const summary = averageShortestPath(g);
    expect(summary.average).toBeCloseTo(4 / 3, 12);
    expect(summary).toMatchObject({ reachablePairs: 3, orderedPairs: 6, reachability: 0.5 });
  });

  it('two components: (2 * (1+1+2) + 2 * 1) / 8 reachable ordered pairs', () => {
    const summary = averageShortestPath(undirected(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['d', 'e']]));
    expect(summary).toEqual({ average: 1.25, reachablePairs: 8, orderedPairs: 20, reachability: 0.4 });
  });

  it('weighted square: 10 over 6 pairs weighted, 8 over 6 unweighted', () => {
    const g = undirected(['s', 'a', 'b', 't'], [['s', 't', 10], ['s', 'a', 1], ['a', 'b', 1], ['b', 't', 1]]);
    expect(averageShortestPath(g, { weighted: true }).average).toBeCloseTo(5 / 3, 12);
    expect(averageShortestPath(g).average).toBeCloseTo(4 / 3, 12);
  });

  it('no pairs: 0 with reachability 0', () => {
    expect(averageShortestPath({ nodes: ['x'], edges: [], directed: true })).toEqual({ average: 0, reachablePairs: 0, orderedPairs: 0, reachability: 0 });
  });

  it.each([
    { seed: 31, nodes: 30, edges: 60, directed: true, maxWeight: 5 },
    { seed: 32, nodes: 30, edges: 40, directed: false, maxWeight: 4, blocks: 2 },
    { seed: 33, nodes: 30, edges: 50, directed: true, blocks: 3 },
    // Lengths over 64 and halves take Dijkstra's heap; the others its bucket queue.
    { seed: 34, nodes: 30, edges: 60, directed: true, maxWeight: 80 },
    { seed: 35, nodes: 30, edges: 60, directed: false, maxWeight: 6, weightStep: 0.5 }
  ])('equals Floyd-Warshall on seeded graph $seed', (spec) => {
    const g = randomGraph(spec);
    for (const weighted of [true, false]) {
      const oracle = floydAverage(g, weighted);
      const ours = averageShortestPath(g, { weighted });
      expect(ours.reachablePairs).toBe(oracle.reachablePairs);
      expect(Math.abs(ours.average - oracle.average)).toBeLessThanOrEqual(1e-9);
    }
  });
});
