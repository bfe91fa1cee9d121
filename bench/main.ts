/**
 * `npm run bench`: runs every benchmark suite in one process, prints each figure with its meaning, and
 * writes them all to bench/results.json (keys documented in bench/README.md). Pass suite names to run
 * only some: `npm run bench -- betweenness conformance`.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure, BenchSuite } from './harness';
import { suite as demo } from '../workbench/demo/bench';
import { suite as betweenness } from './betweenness';
import { suite as conformance } from './conformance';
import { suite as csvImport } from './csvImport';
import { suite as dataLayer } from './dataLayer';
import { suite as insights } from './insights';
import { suite as recognition } from './recognition';
import { suite as webparts } from './webparts';
import { suite as xesImport } from './xesImport';

// Cheapest first, so that a partial run still reports the quick figures.
const suites: readonly BenchSuite[] = [demo, insights, recognition, conformance, csvImport, xesImport, dataLayer, webparts, betweenness];

function format(figure: BenchFigure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(figure.value < 10 ? 3 : 1);
  return `  ${figure.key.padEnd(44)} ${value.padStart(12)} ${figure.unit.padEnd(8)} ${figure.label}`;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;
  const unknown = wanted.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`Unknown suite(s) ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`
  };
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);

  const figures: Record<string, { value: number; unit: string; label: string }> = {};
  for (const suite of chosen) {
    console.log(`\n${suite.name}`);
    for (const figure of await suite.run()) {
      console.log(format(figure));
      figures[figure.key] = { value: figure.value, unit: figure.unit, label: figure.label };
    }
  }
  const path = join(__dirname, 'results.json');
  writeFileSync(path, `${JSON.stringify({ generatedAt: new Date().toISOString(), machine, figures }, undefined, 2)}\n`);
  console.log(`\nWrote ${path}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
