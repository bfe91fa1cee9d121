import type { BenchFigure, BenchSuite } from '../../bench/harness';
import { time } from '../../bench/harness';
import { generateDemoOrganisation, toGraphSeed } from './index';

/**
 * Demo generation figures:
 *  - `demo.generate_default.median_ms`: generateDemoOrganisation({ seed: 42 }) (1,500 opportunities, ~60k interactions)
 *  - `demo.generate_scale4.median_ms`: the same at scale 4 (6,000 opportunities, ~240k interactions)
 *  - `demo.graph_seed_default.median_ms`: toGraphSeed of the default organisation
 *  - `demo.generate_default.peak_rss_mib`: peak resident memory while generating the default size
 */
export const suite: BenchSuite = {
  name: 'demo',
  run: async (): Promise<readonly BenchFigure[]> => {
    const base = await time(() => generateDemoOrganisation({ seed: 42 }), { runs: 5, warmups: 1 });
    const scaled = await time(() => generateDemoOrganisation({ seed: 42, scale: 4 }), { runs: 3, warmups: 1 });
    const org = generateDemoOrganisation({ seed: 42 });
    const seed = await time(() => toGraphSeed(org), { runs: 5, warmups: 1 });
    return [
      { key: 'demo.generate_default.median_ms', value: base.medianMs, unit: 'ms', label: 'generate the default demo organisation (1,500 opportunities)' },
      { key: 'demo.generate_default.peak_rss_mib', value: base.peakRssMiB, unit: 'MiB', label: 'peak RSS while generating the default organisation' },
      { key: 'demo.generate_scale4.median_ms', value: scaled.medianMs, unit: 'ms', label: 'generate at scale 4 (6,000 opportunities)' },
      { key: 'demo.graph_seed_default.median_ms', value: seed.medianMs, unit: 'ms', label: 'build the Graph emulator seed from the default organisation' }
    ];
  }
};
