import { density as graphologyDensity } from 'graphology-metrics/graph/density';
import { density } from '../../../src/core/network/density';
import type { Graph } from '../../../src/core/network/graph';
import { randomGraph, toGraphology } from '../../fixtures/network/randomGraph';

describe('density', () => {
  it('directed cycle of three: 3 of 6 ordered pairs', () => {
    const g: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }] };
    expect(density(g)).toBe(0.5);
  });

  it('undirected star with four leaves: 4 of 10 pairs', () => {
    const g: Graph = { nodes: ['c', 'l1', 'l2', 'l3', 'l4'], directed: false, edges: ['l1', 'l2', 'l3', 'l4'].map((l) => ({ source: 'c', target: l })) };
    expect(density(g)).toBe(0.4);
  });

  it('counts parallel edges once and ignores self-loops; both directions of an undirected tie are one pair', () => {
    const directed: Graph = { nodes: ['a', 'b'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'b', target: 'b' }] };
    expect(density(directed)).toBe(0.5);
    const undirectedGraph: Graph = { nodes: ['a', 'b', 'c'], directed: false, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }] };
    expect(density(undirectedGraph)).toBeCloseTo(1 / 3, 12);
  });

  it('is 0 for fewer than two nodes', () => {
    expect(density({ nodes: ['x'], edges: [{ source: 'x', target: 'x' }], directed: true })).toBe(0);
  });

  it.each([
    { seed: 41, nodes: 40, edges: 120, directed: true },
    { seed: 42, nodes: 40, edges: 90, directed: false }
  ])('equals graphology-metrics on simple graph $seed', (spec) => {
    const g = randomGraph(spec);
    expect(Math.abs(density(g) - graphologyDensity(toGraphology(g)))).toBeLessThanOrEqual(1e-12);
  });
});
