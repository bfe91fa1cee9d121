import type { Graph } from '../../../src/core/network/graph';
import { reciprocity } from '../../../src/core/network/reciprocity';

describe('reciprocity', () => {
  it('a<->b and b->c: two of three directed ties have their reverse', () => {
    const g: Graph = { nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'b', target: 'c' }] };
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 12);
  });

  it('ignores parallel edges and self-loops', () => {
    const g: Graph = {
      nodes: ['a', 'b', 'c'],
      directed: true,
      edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'c', target: 'c' }, { source: 'a', target: 'c' }]
    };
    // ties a->b, b->a, a->c: two mutual
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 12);
  });

  it('directed cycle of three has no mutual tie; undirected ties are all mutual; no ties gives 0', () => {
    expect(reciprocity({ nodes: ['a', 'b', 'c'], directed: true, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }] })).toBe(0);
    expect(reciprocity({ nodes: ['a', 'b'], directed: false, edges: [{ source: 'a', target: 'b' }] })).toBe(1);
    expect(reciprocity({ nodes: ['a'], directed: true, edges: [{ source: 'a', target: 'a' }] })).toBe(0);
  });
});
