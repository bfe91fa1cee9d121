import graphologyCloseness from 'graphology-metrics/centrality/closeness';
import { closenessCentrality } from '../../../src/core/network/closeness';
import type { Graph } from '../../../src/core/network/graph';
import { randomGraph, toGraphology, type RandomGraphSpec } from '../../fixtures/network/randomGraph';

function undirected(nodes: string[], pairs: [string, string, number?][]): Graph {
  return { nodes, directed: false, edges: pairs.map(([source, target, weight]) => (weight === undefined ? { source, target } : { source, target, weight })) };
}

describe('closenessCentrality on hand-computed graphs', () => {
  it('path a-b-c-d: a sums 1+2+3, b sums 1+1+2', () => {
    const g = undirected(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect(closenessCentrality(g)).toEqual({ a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
  });

  it('star: the centre is at distance 1 from all, a leaf sums 1 + 2 + 2 + 2', () => {
    const g = undirected(['c', 'l1', 'l2', 'l3', 'l4'], [['c', 'l1'], ['c', 'l2'], ['c', 'l3'], ['c', 'l4']]);
    const scores = closenessCentrality(g);
    expect(scores.c).toBe(1);
    expect(scores.l1).toBeCloseTo(4 / 7, 12);
  });

  it('directed graphs use incoming distances', () => {
    const cycle: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }] };
    const scores = closenessCentrality(cycle);
    expect(scores.a).toBeCloseTo(2 / 3, 12);
    expect(closenessCentrality({ nodes: ['a', 'b'], directed: true, edges: [{ source: 'a', target: 'b' }] })).toEqual({ a: 0, b: 1 });
  });

  it('two components: Wasserman-Faust scales by the share of nodes that reach the node', () => {
    const g = undirected(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['d', 'e']]);
    const corrected = closenessCentrality(g);
    expect(corrected.a).toBeCloseTo(1 / 3, 12); // 2/3 * 2/4
    expect(corrected.b).toBe(0.5); // 1 * 2/4
    expect(corrected.d).toBe(0.25); // 1 * 1/4
    const raw = closenessCentrality(g, { wassermanFaust: false });
    expect(raw.a).toBeCloseTo(2 / 3, 12);
    expect(raw.b).toBe(1);
    expect(raw.d).toBe(1);
  });

  it('weighted square: s reaches t over s-a-b-t (3), not the direct edge (10)', () => {
    const g = undirected(['s', 'a', 'b', 't'], [['s', 't', 10], ['s', 'a', 1], ['a', 'b', 1], ['b', 't', 1]]);
    expect(closenessCentrality(g)).toEqual({ s: 0.75, a: 0.75, b: 0.75, t: 0.75 });
    expect(closenessCentrality(g, { weighted: true })).toEqual({ s: 0.5, a: 0.75, b: 0.75, t: 0.5 });
  });

  it('gives 0 to isolated nodes and to a one-node graph', () => {
    expect(closenessCentrality({ nodes: ['x'], edges: [], directed: true })).toEqual({ x: 0 });
    expect(closenessCentrality({ nodes: ['x', 'y'], edges: [], directed: false })).toEqual({ x: 0, y: 0 });
  });
});

describe('closenessCentrality equals graphology-metrics on seeded random graphs', () => {
  const specs: RandomGraphSpec[] = [
    { seed: 21, nodes: 60, edges: 150, directed: true },
    { seed: 22, nodes: 60, edges: 100, directed: false },
    { seed: 23, nodes: 80, edges: 110, directed: true, blocks: 4 },
    { seed: 24, nodes: 80, edges: 90, directed: false, blocks: 3 }
  ];
  it.each(specs)('seed $seed (directed: $directed)', (spec) => {
    const g = randomGraph(spec);
    for (const wassermanFaust of [true, false]) {
      const ours = closenessCentrality(g, { wassermanFaust });
      const theirs = graphologyCloseness(toGraphology(g), { wassermanFaust });
      for (const node of g.nodes) expect(Math.abs(ours[node] - theirs[node])).toBeLessThanOrEqual(1e-9);
    }
  });
});
