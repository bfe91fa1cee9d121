import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { betweennessCentrality } from '../../../src/core/network/betweenness';
import { InvalidGraphError, type Graph } from '../../../src/core/network/graph';
import { randomGraph, toGraphology, type RandomGraphSpec } from '../../fixtures/network/randomGraph';

function undirected(nodes: string[], pairs: [string, string, number?][]): Graph {
  return { nodes, directed: false, edges: pairs.map(([source, target, weight]) => (weight === undefined ? { source, target } : { source, target, weight })) };
}

describe('betweennessCentrality on hand-computed graphs', () => {
  it('path a-b-c-d: b and c each lie on two of the six pairs', () => {
    const g = undirected(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // normalized: ordered sums 4 / ((n-1)(n-2) = 6)
    const normalized = betweennessCentrality(g);
    expect(normalized.b).toBeCloseTo(2 / 3, 12);
    expect(normalized.c).toBeCloseTo(2 / 3, 12);
    expect(normalized.a).toBe(0);
  });

  it('star with four leaves: the centre lies on all C(4,2) = 6 leaf pairs', () => {
    const g = undirected(['c', 'l1', 'l2', 'l3', 'l4'], [['c', 'l1'], ['c', 'l2'], ['c', 'l3'], ['c', 'l4']]);
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ c: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(betweennessCentrality(g).c).toBe(1);
  });

  it('directed cycle a->b->c->a: each node is the middle of exactly one ordered pair', () => {
    const g: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }] };
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ a: 1, b: 1, c: 1 });
    expect(betweennessCentrality(g)).toEqual({ a: 0.5, b: 0.5, c: 0.5 });
  });

  it('two components: pairs across components count for nobody', () => {
    const g = undirected(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['d', 'e']]);
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ a: 0, b: 1, c: 0, d: 0, e: 0 });
    // ordered sum 2 / (4 * 3)
    expect(betweennessCentrality(g).b).toBeCloseTo(1 / 6, 12);
  });

  it('clique a-b-c-d with the tail d-e-f-g: the search changes direction as the frontier grows and shrinks', () => {
    // From a, level 1 (b, c, d) has more out-arcs than the unreached nodes have in-arcs, so e is found
    // bottom-up, f top-down and g bottom-up again; the accumulation pushes from g and e and pulls into e.
    const clique: [string, string][] = [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']];
    const g = undirected(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [...clique, ['d', 'e'], ['e', 'f'], ['f', 'g']]);
    // d separates {a, b, c} from {e, f, g}: 9 pairs; e separates {a, b, c, d} from {f, g}: 8; f: 5 x {g}.
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ a: 0, b: 0, c: 0, d: 9, e: 8, f: 5, g: 0 });
    const bothWays: Graph = { ...g, directed: true, edges: g.edges.flatMap((e) => [e, { source: e.target, target: e.source }]) };
    expect(betweennessCentrality(bothWays, { normalized: false })).toEqual({ a: 0, b: 0, c: 0, d: 18, e: 16, f: 10, g: 0 });
  });

  it('weighted square: the long edge s-t loses to s-a-b-t only when weights count', () => {
    const g = undirected(['s', 'a', 'b', 't'], [['s', 't', 10], ['s', 'a', 1], ['a', 'b', 1], ['b', 't', 1]]);
    // Unweighted it is a 4-cycle: each opposite pair has two paths, one through each other node.
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ s: 0.5, a: 0.5, b: 0.5, t: 0.5 });
    // Weighted: s-b via a, a-t via b, s-t via a and b.
    expect(betweennessCentrality(g, { normalized: false, weighted: true })).toEqual({ s: 0, a: 2, b: 2, t: 0 });
  });

  it('ignores self-loops and collapses parallel edges (keeping the shortest)', () => {
    const g: Graph = {
      nodes: ['a', 'b', 'c', 'd'],
      directed: true,
      edges: [
        { source: 'a', target: 'b', weight: 5 },
        { source: 'a', target: 'b', weight: 1 },
        { source: 'a', target: 'a' },
        { source: 'b', target: 'c', weight: 1 },
        { source: 'a', target: 'd', weight: 1 },
        { source: 'd', target: 'c', weight: 1 }
      ]
    };
    // a->c has two shortest paths (via b and via d) in both modes; the parallel a->b does not double the one via b.
    expect(betweennessCentrality(g, { normalized: false })).toEqual({ a: 0, b: 0.5, c: 0, d: 0.5 });
    expect(betweennessCentrality(g, { normalized: false, weighted: true })).toEqual({ a: 0, b: 0.5, c: 0, d: 0.5 });
  });

  it('handles empty and tiny graphs', () => {
    expect(betweennessCentrality({ nodes: [], edges: [], directed: true })).toEqual({});
    expect(betweennessCentrality({ nodes: ['x', 'y'], edges: [{ source: 'x', target: 'y' }], directed: false })).toEqual({ x: 0, y: 0 });
  });

  it('rejects unknown nodes, duplicate nodes and non-positive weights', () => {
    expect(() => betweennessCentrality({ nodes: ['a'], edges: [{ source: 'a', target: 'z' }], directed: true })).toThrow(InvalidGraphError);
    expect(() => betweennessCentrality({ nodes: ['a', 'a'], edges: [], directed: true })).toThrow(InvalidGraphError);
    expect(() => betweennessCentrality({ nodes: ['a', 'b'], edges: [{ source: 'a', target: 'b', weight: 0 }], directed: true }, { weighted: true })).toThrow(InvalidGraphError);
  });

  it('does not mutate its input', () => {
    const g = undirected(['a', 'b', 'c'], [['a', 'b', 2], ['b', 'c', 3]]);
    const copy = JSON.parse(JSON.stringify(g)) as Graph;
    betweennessCentrality(g, { weighted: true });
    expect(g).toEqual(copy);
  });
});

describe('betweennessCentrality equals graphology-metrics on seeded random graphs', () => {
  const specs: RandomGraphSpec[] = [
    { seed: 11, nodes: 60, edges: 150, directed: true },
    { seed: 12, nodes: 60, edges: 110, directed: false },
    { seed: 13, nodes: 50, edges: 140, directed: true, maxWeight: 4 },
    { seed: 14, nodes: 50, edges: 90, directed: false, maxWeight: 3 },
    { seed: 15, nodes: 80, edges: 120, directed: true, blocks: 4 },
    { seed: 16, nodes: 80, edges: 100, directed: false, maxWeight: 5, blocks: 3 },
    // Large enough for every source's search to expand some levels each way.
    { seed: 17, nodes: 600, edges: 3000, directed: true },
    { seed: 18, nodes: 600, edges: 1500, directed: false },
    { seed: 19, nodes: 600, edges: 2400, directed: true, blocks: 3 },
    // Each source reaches under a quarter of the nodes, so its arrays are cleared node by node.
    { seed: 23, nodes: 600, edges: 2400, directed: true, blocks: 10 },
    { seed: 24, nodes: 600, edges: 1500, directed: false, blocks: 10 },
    // Whole-number lengths up to 64 take Dijkstra's bucket queue; halves and longer lengths the heap.
    { seed: 20, nodes: 300, edges: 1500, directed: true, maxWeight: 64 },
    { seed: 21, nodes: 300, edges: 1500, directed: true, maxWeight: 65 },
    { seed: 22, nodes: 300, edges: 900, directed: false, maxWeight: 6, weightStep: 0.5 }
  ];
  it.each(specs)('seed $seed (directed: $directed)', (spec) => {
    const g = randomGraph(spec);
    const weighted = spec.maxWeight !== undefined;
    for (const normalized of [true, false]) {
      const ours = betweennessCentrality(g, { normalized, weighted });
      const theirs = graphologyBetweenness(toGraphology(g), { normalized, getEdgeWeight: weighted ? 'weight' : null });
      for (const node of g.nodes) expect(Math.abs(ours[node] - theirs[node])).toBeLessThanOrEqual(1e-9);
    }
  });
});
