/**
 * `npm run bench`: runs every benchmark suite, each in a fresh Node process so that one suite's heap
 * never inflates another's peak memory or slows it with garbage, prints each figure with its meaning,
 * and writes them all to bench/results.json. Pass suite names to run only some:
 * `npm run bench -- betweenness conformance`. Keys are documented in each suite's file and the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure, BenchSuite } from './harness';

interface SuiteEntry {
  readonly name: string;
  load(): Promise<BenchSuite>;
}

// Cheapest first, so that a partial run still reports the quick figures.
const suites: readonly SuiteEntry[] = [
  { name: 'demo', load: async () => (await import('../workbench/demo/bench')).suite },
  { name: 'insights', load: async () => (await import('./insights')).suite },
  { name: 'decisions', load: async () => (await import('./decisions')).suite },
  { name: 'recognition', load: async () => (await import('./recognition')).suite },
  { name: 'conformance', load: async () => (await import('./conformance')).suite },
  { name: 'csv_import', load: async () => (await import('./csvImport')).suite },
  { name: 'xes_import', load: async () => (await import('./xesImport')).suite },
  { name: 'mapping_step', load: async () => (await import('./mappingStep')).suite },
  { name: 'leads_mapping', load: async () => (await import('./leadsMapping')).suite },
  { name: 'data_layer', load: async () => (await import('./dataLayer')).suite },
  { name: 'webparts', load: async () => (await import('./webparts')).suite },
  { name: 'site_training', load: async () => (await import('./siteTraining')).suite },
  { name: 'page', load: async () => (await import('./page')).suite },
  { name: 'betweenness', load: async () => (await import('./betweenness')).suite },
  { name: 'network_layout', load: async () => (await import('./networkLayout')).suite }
];

function format(figure: BenchFigure): string {
  const magnitude = Math.abs(figure.value);
  // Tiny non-zero values (floating-point differences) in exponent form, so that they never print as 0.
  const value = Number.isInteger(figure.value) ? String(figure.value) : magnitude < 1e-3 ? figure.value.toExponential(2) : figure.value.toFixed(magnitude < 10 ? 3 : 1);
  return `  ${figure.key.padEnd(44)} ${value.padStart(12)} ${figure.unit.padEnd(8)} ${figure.label}`;
}

/** In a child process: run one suite, print its figures, write them as JSON to `outputPath`. */
async function runChild(name: string, outputPath: string): Promise<void> {
  const entry = suites.find((s) => s.name === name);
  if (!entry) throw new Error(`Unknown suite ${name}`);
  const suite = await entry.load();
  if (suite.name !== name) throw new Error(`Suite file for ${name} names itself ${suite.name}`);
  const figures = await suite.run();
  for (const figure of figures) console.log(format(figure));
  writeFileSync(outputPath, JSON.stringify(figures));
}

function runParent(wanted: readonly string[]): void {
  const unknown = wanted.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`Unknown suite(s) ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
  const chosen = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`
  };
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);

  const scratch = mkdtempSync(join(tmpdir(), 'vn-bench-'));
  const figures: Record<string, { value: number; unit: string; label: string }> = {};
  const failed: string[] = [];
  try {
    for (const { name } of chosen) {
      console.log(`\n${name}`);
      const output = join(scratch, `${name}.json`);
      // Same Node, same TypeScript loader (tsx) as this process; the collector exposed so that the
      // harness can collect between runs (see `time`).
      const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', __filename, '--child', name, output], { stdio: 'inherit' });
      if (child.status !== 0) {
        failed.push(name);
        continue;
      }
      for (const figure of JSON.parse(readFileSync(output, 'utf8')) as BenchFigure[]) {
        figures[figure.key] = { value: figure.value, unit: figure.unit, label: figure.label };
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const path = join(__dirname, 'results.json');
  writeFileSync(path, `${JSON.stringify({ generatedAt: new Date().toISOString(), machine, figures }, undefined, 2)}\n`);
  console.log(`\nWrote ${path}`);
  if (failed.length > 0) {
    console.error(`Suite(s) that failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

const [flag, childName, childOutput] = process.argv.slice(2);
if (flag === '--child' && childName !== undefined && childOutput !== undefined) {
  runChild(childName, childOutput).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  runParent(process.argv.slice(2));
}
