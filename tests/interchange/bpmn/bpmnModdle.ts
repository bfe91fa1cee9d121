import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/** The slice of bpmn-moddle's element objects the tests read. */
export interface ModdleElement {
  readonly $type: string;
  readonly id: string;
  readonly name?: string;
  readonly [key: string]: unknown;
}

export interface Moddle {
  fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: unknown[] }>;
}

/**
 * Loads bpmn-moddle in jest. The package and its dependencies (min-dash, moddle, moddle-xml, saxen) ship
 * ES modules that jest's CommonJS runtime refuses, so they are bundled once into a single CommonJS file
 * with esbuild (a dev dependency) and required from a temporary folder.
 */
export function loadBpmnModdle(): new () => Moddle {
  const bundle = buildSync({ entryPoints: [require.resolve('bpmn-moddle/package.json').replace(/package\.json$/, 'dist/index.js')], bundle: true, format: 'cjs', platform: 'node', write: false });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vn-bpmn-moddle-')), 'bpmn-moddle.cjs');
  writeFileSync(file, bundle.outputFiles[0].text);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const loaded = require(file) as { BpmnModdle: new () => Moddle };
  return loaded.BpmnModdle;
}
