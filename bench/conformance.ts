/**
 * Conformance checking throughput: seeded synthetic logs of 10k, 100k and 1M events checked against
 * 200 constraints of mixed templates (every template, some timed), single-threaded.
 *
 * Keys (per size s in 10k, 100k, 1m):
 *   conformance.events_<s>.median_ms     median wall time of checkLog over the whole log, ms
 *   conformance.events_<s>.min_ms        fastest run, ms
 *   conformance.events_<s>.peak_rss_mib  peak resident memory of the process during the timed runs, MiB
 *                                        (includes the synthetic log itself and the results)
 *   conformance.events_<s>.events_per_s  events checked per second at the median
 *   conformance.events_<s>.cpu_ms        CPU time (user + system, all threads incl. GC) of one more run,
 *                                        ms: on a busy shared machine wall time overstates the work
 *   conformance.streaming_<s>.median_ms  forEachCaseConformance over the same log, results not kept
 *                                        (only the number of violations is counted), ms
 *   conformance.streaming_<s>.peak_rss_mib  peak resident memory of those runs (measured first), MiB
 */
import { checkLog, forEachCaseConformance, TEMPLATE_SPECS } from '../src/core/conformance';
import type { DeclareConstraint, TemplateName } from '../src/core/conformance';
import type { LogTrace } from '../src/core/model';
import { time, type BenchFigure, type BenchSuite } from './harness';
import { seededRandom } from '../workbench/demo/random';

const DAY = 86_400_000;
const ACTIVITY_COUNT = 40;
const MEAN_TRACE_LENGTH = 100;

/**
 * A log of about `eventCount` events: traces of 50..150 events, activities drawn with a skew (low ids
 * more frequent, as real sales logs have a few common exchanges) and drifting forward through the
 * alphabet so that ordering constraints are sometimes met, sometimes not; one to 30 hours between events.
 */
export function syntheticLog(eventCount: number, seed: number): LogTrace[] {
  const random = seededRandom(seed);
  const names = Array.from({ length: ACTIVITY_COUNT }, (_, i) => `activity ${i}`);
  const traces: LogTrace[] = [];
  let produced = 0;
  while (produced < eventCount) {
    const length = Math.min(eventCount - produced, MEAN_TRACE_LENGTH / 2 + Math.floor(random() * MEAN_TRACE_LENGTH));
    const events = new Array(length);
    let timestamp = 1_700_000_000_000 + Math.floor(random() * 365) * DAY;
    for (let i = 0; i < length; i++) {
      const drift = Math.floor((i / length) * ACTIVITY_COUNT * 0.5);
      const index = (drift + Math.floor(random() * random() * ACTIVITY_COUNT)) % ACTIVITY_COUNT;
      timestamp += Math.floor((1 + random() * 29) * 3_600_000);
      events[i] = { activity: names[index], timestamp };
    }
    traces.push({ caseId: `case ${traces.length}`, events });
    produced += length;
  }
  return traces;
}

/** 200 constraints cycling through every template over random activity pairs; a quarter of responses timed. */
export function syntheticConstraints(count: number, seed: number): DeclareConstraint[] {
  const random = seededRandom(seed);
  const templates = Object.keys(TEMPLATE_SPECS) as TemplateName[];
  const pick = (): string => `activity ${Math.floor(random() * ACTIVITY_COUNT)}`;
  return Array.from({ length: count }, (_, i): DeclareConstraint => {
    const template = templates[i % templates.length];
    const id = `c${i}`;
    if (TEMPLATE_SPECS[template].arity === 1) {
      if (template === 'existence' && i % 3 === 0) return { id, template, activities: [pick()], withinDays: 10, reference: pick() };
      return template === 'init' ? { id, template, activities: [pick()] } : { id, template, activities: [pick()], n: 1 + (i % 3) };
    }
    const first = pick();
    let second = pick();
    while (second === first) second = pick();
    return template === 'response' && i % 4 === 0
      ? { id, template, activities: [first, second], withinDays: 14 }
      : { id, template, activities: [first, second] };
  });
}

const SIZES: readonly { key: string; events: number; runs: number; warmups: number }[] = [
  { key: '10k', events: 10_000, runs: 9, warmups: 2 },
  { key: '100k', events: 100_000, runs: 7, warmups: 1 },
  { key: '1m', events: 1_000_000, runs: 3, warmups: 1 }
];

export const suite: BenchSuite = {
  name: 'conformance',
  async run(): Promise<readonly BenchFigure[]> {
    const constraints = syntheticConstraints(200, 7);
    const figures: BenchFigure[] = [];
    for (const size of SIZES) {
      const traces = syntheticLog(size.events, 42);
      const now = 1_800_000_000_000;
      // Every third case is closed, so pending and closed paths are both exercised.
      const options = { now, isClosed: (caseId: string) => caseId.length % 3 === 0 };
      const prefix = `conformance.events_${size.key}`;
      // Streaming first, so that its peak memory is not inflated by what the checkLog runs leave behind.
      let violations = 0;
      const streaming = await time(
        () =>
          forEachCaseConformance(traces, constraints, options, (outcome) => {
            for (const result of outcome.results) if (result.state === 'violated') violations++;
          }),
        { runs: size.runs, warmups: size.warmups }
      );
      if (violations === 0) throw new Error('the synthetic log produced no violations: the benchmark data is broken');
      const timing = await time(() => checkLog(traces, constraints, options), { runs: size.runs, warmups: size.warmups });
      const cpuBefore = process.cpuUsage();
      checkLog(traces, constraints, options);
      const cpu = process.cpuUsage(cpuBefore);
      figures.push(
        { key: `${prefix}.median_ms`, value: timing.medianMs, unit: 'ms', label: `checkLog, ${size.events} events x 200 constraints, median of ${timing.runs}` },
        { key: `${prefix}.min_ms`, value: timing.minMs, unit: 'ms', label: 'fastest run' },
        { key: `${prefix}.peak_rss_mib`, value: timing.peakRssMiB, unit: 'MiB', label: 'peak resident memory, log and results included' },
        { key: `${prefix}.events_per_s`, value: Math.round(size.events / (timing.medianMs / 1000)), unit: 'events/s', label: 'throughput at the median' },
        { key: `${prefix}.cpu_ms`, value: (cpu.user + cpu.system) / 1000, unit: 'ms', label: 'CPU time of one run, all threads (GC included)' },
        { key: `conformance.streaming_${size.key}.median_ms`, value: streaming.medianMs, unit: 'ms', label: `forEachCaseConformance, results not kept, median of ${streaming.runs}` },
        { key: `conformance.streaming_${size.key}.peak_rss_mib`, value: streaming.peakRssMiB, unit: 'MiB', label: 'peak resident memory, log included' }
      );
    }
    return figures;
  }
};

// Run directly: `npx tsx bench/conformance.ts` prints this suite's figures alone.
if (require.main === module) {
  suite
    .run()
    .then((figures) => figures.forEach((figure) => console.log(`${figure.key}\t${figure.value.toFixed(1)} ${figure.unit}\t${figure.label}`)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
