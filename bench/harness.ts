/**
 * A small benchmark harness: runs a case several times, reports the median wall time and the peak
 * resident memory seen while it ran. Figures are printed and collected into bench/results.json;
 * nothing here ever fails because a machine is slow.
 */
import { performance } from 'node:perf_hooks';

export interface BenchFigure {
  /** Dotted key, stable across runs, e.g. `conformance.events_1m.median_ms`. */
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  /** What the figure means, printed beside it. */
  readonly label: string;
}

export interface TimingOptions {
  readonly runs: number;
  /** Untimed runs first, so that the JIT has warmed up. */
  readonly warmups?: number;
}

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
  /** Highest resident set size sampled during the timed runs, in MiB. */
  readonly peakRssMiB: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** V8's collector when Node runs with `--expose-gc`, as `npm run bench` starts every suite. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Times `fn` (sync or async) `runs` times after `warmups` untimed runs. Before each timed run the
 * garbage of earlier runs is collected (when the collector is exposed), outside the timing: otherwise
 * V8 lets several runs' dead results pile up before it collects, and both the peak memory and the
 * time of whichever run pays for the collection would count work that is not this run's.
 */
export async function time(fn: () => unknown, options: TimingOptions): Promise<Timing> {
  for (let i = 0; i < (options.warmups ?? 0); i++) await fn();
  const samples: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    for (let i = 0; i < options.runs; i++) {
      collectGarbage?.();
      peak = Math.max(peak, process.memoryUsage.rss());
      const start = performance.now();
      await fn();
      samples.push(performance.now() - start);
      peak = Math.max(peak, process.memoryUsage.rss());
    }
  } finally {
    clearInterval(sampler);
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    runs: samples.length,
    peakRssMiB: peak / (1024 * 1024)
  };
}

/** A named group of figures; each bench module exports one `run` returning these. */
export interface BenchSuite {
  readonly name: string;
  run(): Promise<readonly BenchFigure[]>;
}
