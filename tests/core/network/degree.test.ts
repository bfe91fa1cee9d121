import { degrees } from '../../../src/core/network/degree';
import { InvalidGraphError, type Graph } from '../../../src/core/network/graph';

describe('degrees', () => {
  const g: Graph = {
    nodes: ['a', 'b', 'c'],
    directed: true,
    edges: [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'a', target: 'b', weight: 3 },
      { source: 'b', target: 'c', weight: 0.5 },
      { source: 'c', target: 'c' }
    ]
  };

  it('counts every edge of a directed multigraph; a self-loop is one in and one out', () => {
    expect(degrees(g)).toEqual({
      a: { in: 0, out: 2, total: 2 },
      b: { in: 2, out: 1, total: 3 },
      c: { in: 2, out: 1, total: 3 }
    });
  });

  it('sums weights when weighted (missing weight = 1)', () => {
    expect(degrees(g, { weighted: true })).toEqual({
      a: { in: 0, out: 5, total: 5 },
      b: { in: 5, out: 0.5, total: 5.5 },
      c: { in: 1.5, out: 1, total: 2.5 }
    });
  });

  it('undirected: in, out and total are the degree, a self-loop counting twice', () => {
    const star: Graph = { nodes: ['c', 'l1', 'l2'], directed: false, edges: [{ source: 'c', target: 'l1' }, { source: 'c', target: 'l2' }, { source: 'l2', target: 'l2' }] };
    expect(degrees(star)).toEqual({ c: { in: 2, out: 2, total: 2 }, l1: { in: 1, out: 1, total: 1 }, l2: { in: 3, out: 3, total: 3 } });
  });

  it('rejects edges to unknown nodes', () => {
    expect(() => degrees({ nodes: ['a'], edges: [{ source: 'a', target: 'b' }], directed: true })).toThrow(InvalidGraphError);
  });
});
