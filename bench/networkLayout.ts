/**
 * Layout of the value network map (ELK layered in the calling thread) on the demo blueprint
 * (12 roles, 25 exchanges).
 *
 * Figures (keys):
 *   network_layout.demo.first_ms    wall time of the first layout in a fresh process (engine cold)
 *   network_layout.demo.median_ms   median wall time of 10 layouts after 3 warm-ups
 *   network_layout.demo.cpu_ms      process CPU time (user + system) per warm layout, averaged over the 10
 */
import { performance } from 'node:perf_hooks';
import { layoutNetwork } from '../src/ui';
import { enterpriseSaleBlueprint } from '../workbench/demo/blueprint';
import { time, type BenchFigure, type BenchSuite } from './harness';

const RUNS = 10;

export const suite: BenchSuite = {
  name: 'network_layout',
  async run(): Promise<readonly BenchFigure[]> {
    const blueprint = enterpriseSaleBlueprint();
    const started = performance.now();
    await layoutNetwork(blueprint);
    const firstMs = performance.now() - started;
    for (let i = 0; i < 3; i++) await layoutNetwork(blueprint);
    const cpu = process.cpuUsage();
    const timing = await time(() => layoutNetwork(blueprint), { runs: RUNS });
    const used = process.cpuUsage(cpu);
    return [
      { key: 'network_layout.demo.first_ms', value: firstMs, unit: 'ms', label: 'first layout of the demo map in a fresh process (engine cold)' },
      { key: 'network_layout.demo.median_ms', value: timing.medianMs, unit: 'ms', label: `demo map (12 roles, 25 exchanges), median of ${RUNS} warm layouts` },
      { key: 'network_layout.demo.cpu_ms', value: (used.user + used.system) / 1000 / RUNS, unit: 'ms', label: 'process CPU time per warm layout (less sensitive to a shared machine than wall time)' }
    ];
  }
};
