/**
 * Exact betweenness on a seeded random graph (5,000 nodes, 25,000 edges), ours against
 * graphology-metrics in the same process, with a check that both give the same values.
 *
 * Figures (keys):
 *   betweenness.<variant>.ours.median_ms        median wall time of ours
 *   betweenness.<variant>.graphology.median_ms  median wall time of graphology-metrics
 *   betweenness.<variant>.speedup               graphology median / ours median
 *   betweenness.<variant>.max_abs_diff          largest |ours - graphology| over all nodes (normalized scores)
 *   betweenness.<variant>.max_rel_diff          largest |ours - graphology| / graphology over nodes with a score
 *   betweenness.<variant>.peak_rss_mib          peak resident memory while ours ran
 * where <variant> is `directed` (unweighted BFS) or `weighted` (directed, integer weights 1..9, Dijkstra).
 * The unprefixed keys betweenness.ours.median_ms, .graphology.median_ms, .speedup and .max_abs_diff
 * repeat the `directed` figures.
 */
import GraphologyGraph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { betweennessCentrality } from '../src/core/network';
import type { Graph } from '../src/core/network';
import { median, time, type BenchFigure, type BenchSuite, type Timing } from './harness';
import { seededRandom } from '../workbench/demo/random';

const NODES = 5000;
const EDGES = 25000;
const RUNS = 5;

/** A simple directed graph (no self-loops, no parallel edges): graphology's indices assume one. */
function randomDirectedGraph(seed: number, maxWeight?: number): Graph {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: NODES }, (_, i) => `n${i}`);
  const seen = new Set<number>();
  const edges: { source: string; target: string; weight?: number }[] = [];
  while (edges.length < EDGES) {
    const s = Math.floor(random() * NODES);
    const t = Math.floor(random() * NODES);
    if (s === t || seen.has(s * NODES + t)) continue;
    seen.add(s * NODES + t);
    edges.push(maxWeight === undefined ? { source: nodes[s], target: nodes[t] } : { source: nodes[s], target: nodes[t], weight: 1 + Math.floor(random() * maxWeight) });
  }
  return { nodes, edges, directed: true };
}

function toGraphology(graph: Graph): GraphologyGraph {
  const g = new GraphologyGraph({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.nodes.forEach((node) => g.addNode(node));
  graph.edges.forEach((edge) => g.addEdge(edge.source, edge.target, edge.weight === undefined ? {} : { weight: edge.weight }));
  return g;
}

async function compare(variant: string, graph: Graph, weighted: boolean): Promise<BenchFigure[]> {
  const g = toGraphology(graph);
  let ours: Readonly<Record<string, number>> = {};
  let theirs: Record<string, number> = {};
  // Alternate the two implementations run by run: on a shared machine the load drifts, and timing
  // all of ours and then all of theirs would hand one side the quieter minutes.
  const oursSamples: Timing[] = [];
  const theirsSamples: Timing[] = [];
  const runOurs = (): void => {
    ours = betweennessCentrality(graph, { weighted });
  };
  const runTheirs = (): void => {
    theirs = graphologyBetweenness(g, { getEdgeWeight: weighted ? 'weight' : null });
  };
  runOurs();
  runTheirs();
  for (let r = 0; r < RUNS; r++) {
    oursSamples.push(await time(runOurs, { runs: 1 }));
    theirsSamples.push(await time(runTheirs, { runs: 1 }));
  }
  const oursTiming = { medianMs: median(oursSamples.map((t) => t.medianMs)), peakRssMiB: Math.max(...oursSamples.map((t) => t.peakRssMiB)) };
  const theirsTiming = { medianMs: median(theirsSamples.map((t) => t.medianMs)) };
  let maxAbsDiff = 0;
  let maxRelDiff = 0;
  for (const node of graph.nodes) {
    const diff = Math.abs(ours[node] - theirs[node]);
    maxAbsDiff = Math.max(maxAbsDiff, diff);
    if (theirs[node] !== 0) maxRelDiff = Math.max(maxRelDiff, diff / Math.abs(theirs[node]));
  }
  const p = `betweenness.${variant}`;
  return [
    { key: `${p}.ours.median_ms`, value: oursTiming.medianMs, unit: 'ms', label: `ours, ${variant}, ${NODES} nodes / ${EDGES} edges, median of ${RUNS}` },
    { key: `${p}.graphology.median_ms`, value: theirsTiming.medianMs, unit: 'ms', label: `graphology-metrics, ${variant}, median of ${RUNS}` },
    { key: `${p}.speedup`, value: theirsTiming.medianMs / oursTiming.medianMs, unit: 'x', label: `graphology median / ours median (${variant})` },
    { key: `${p}.max_abs_diff`, value: maxAbsDiff, unit: '', label: `largest |ours - graphology| over all nodes (${variant}, normalized)` },
    { key: `${p}.max_rel_diff`, value: maxRelDiff, unit: '', label: `largest relative difference (${variant}): floating-point rounding, not a different answer` },
    { key: `${p}.peak_rss_mib`, value: oursTiming.peakRssMiB, unit: 'MiB', label: `peak resident memory while ours ran (${variant})` }
  ];
}

export const suite: BenchSuite = {
  name: 'betweenness',
  async run(): Promise<readonly BenchFigure[]> {
    const directed = await compare('directed', randomDirectedGraph(20240601), false);
    const weighted = await compare('weighted', randomDirectedGraph(20240602, 9), true);
    const alias = (from: string, to: string): BenchFigure => {
      const figure = directed.find((f) => f.key === `betweenness.directed.${from}`);
      if (!figure) throw new Error(`missing figure ${from}`);
      return { ...figure, key: `betweenness.${to}` };
    };
    return [
      alias('ours.median_ms', 'ours.median_ms'),
      alias('graphology.median_ms', 'graphology.median_ms'),
      alias('speedup', 'speedup'),
      alias('max_abs_diff', 'max_abs_diff'),
      ...directed,
      ...weighted
    ];
  }
};
