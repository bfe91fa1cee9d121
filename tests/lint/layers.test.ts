import { join } from 'node:path';
import { ESLint } from 'eslint';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');

/**
 * The layer rules exactly as .eslintrc.js uses them (config/eslint-layers.js), applied without type information so that probe sources can be linted in memory, as if they were files
 * in each layer, without writing into src/.
 */
// The installed @types/eslint describe ESLint 9's flat config; ESLint 8.57 (SPFx's) takes the eslintrc
// shape below, hence the plain object types.
function layerRuleConfig(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const overrides = require(join(root, 'config', 'eslint-layers.js')) as unknown[];
  return { root: true, parser: '@typescript-eslint/parser', parserOptions: { ecmaVersion: 2018, sourceType: 'module' }, overrides };
}

const probes: { path: string; source: string; restricted: string[] }[] = [
  {
    path: 'src/core/layerProbe.ts',
    source: "import { spfi } from '@pnp/sp';\nimport * as React from 'react';\nimport { parse } from 'papaparse';\nimport { x } from '../interchange/layerProbe';\nimport { ValueNetworksError } from './errors';\nexport const probe = [spfi, React, parse, x, ValueNetworksError];\n",
    restricted: ['@pnp/sp', 'react', 'papaparse', '../interchange/layerProbe']
  },
  {
    path: 'src/interchange/layerProbe.ts',
    source: "import { parse } from 'papaparse';\nimport { XMLParser } from 'fast-xml-parser';\nimport { spfi } from '@pnp/sp';\nimport type { HostContext } from '../services/hostContext';\nimport { ValueNetworksError } from '../core/errors';\nexport const x = [parse, XMLParser, spfi, ValueNetworksError];\nexport type H = HostContext;\n",
    restricted: ['@pnp/sp', '../services/hostContext']
  },
  {
    path: 'src/services/layerProbe.ts',
    source: "import { spfi } from '@pnp/sp';\nimport { Version } from '@microsoft/sp-core-library';\nimport { toHostContext } from '../adapters/teams/hostContext';\nimport { ValueNetworksError } from '../core/errors';\nexport const probe = [spfi, Version, toHostContext, ValueNetworksError];\n",
    restricted: ['@pnp/sp', '@microsoft/sp-core-library', '../adapters/teams/hostContext']
  },
  {
    path: 'src/ui/layerProbe.ts',
    source: "import { spfi } from '@pnp/sp';\nimport { Client } from '@microsoft/microsoft-graph-client';\nimport { toHostContext } from '../adapters/teams/hostContext';\nimport { stringsFor } from './i18n';\nexport const probe = [spfi, Client, toHostContext, stringsFor];\n",
    restricted: ['@pnp/sp', '@microsoft/microsoft-graph-client', '../adapters/teams/hostContext']
  }
];

describe('layer rules (no-restricted-imports per folder)', () => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    const eslint = new ESLint({ cwd: root, useEslintrc: false, overrideConfig: layerRuleConfig() } as ConstructorParameters<typeof ESLint>[0]);
    results = [];
    for (const probe of probes) results.push(...(await eslint.lintText(probe.source, { filePath: join(root, probe.path) })));
  });

  it.each(probes.map((p) => [p.path, p.restricted] as const))('%s may import only what its layer allows', (path, restricted) => {
    const result = results.find((r) => r.filePath === join(root, path));
    const flagged = (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => /'([^']+)' import is restricted/.exec(m.message)?.[1]);
    expect([...new Set(flagged)]).toEqual(restricted);
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').every((m) => m.severity === 2)).toBe(true);
  });
});

const faceProbes: { path: string; source: string; deep: string[] }[] = [
  {
    path: 'src/ui/dashboard/faceProbe.ts',
    source:
      "import { validateBlueprint } from '../../core/model/validateBlueprint';\nimport { ValueNetworksError } from '../../core/errors';\nimport { type Blueprint } from '../../core/model';\n" +
      "import { ValueNetworksError as E } from '../../core';\nimport { importData } from '../../services/importData';\nimport { analyseBlueprint } from '../../services';\nimport { kpis } from '../dashboard/model/kpis';\n" +
      "import { DATE_FORMATS } from '../../interchange/light';\nimport { INTERACTION_CSV_PRESETS } from '../../interchange/csv/mapping';\n" +
      "export const probe = [validateBlueprint, ValueNetworksError, E, importData, analyseBlueprint, kpis, DATE_FORMATS, INTERACTION_CSV_PRESETS];\nexport type B = Blueprint;\n",
    deep: ['../../core/model/validateBlueprint', '../../core/errors', '../../services/importData', '../../interchange/csv/mapping']
  },
  {
    path: 'src/core/insights/faceProbe.ts',
    source:
      "import { validateBlueprint } from '../model/validateBlueprint';\nimport { type Blueprint } from '../model';\nimport { median } from './statistics/median';\nimport { checkLog } from '../conformance/checkLog';\n" +
      'export const probe = [validateBlueprint, median, checkLog];\nexport type B = Blueprint;\n',
    deep: ['../model/validateBlueprint', '../conformance/checkLog']
  },
  {
    path: 'src/webparts/shared/faceProbe.ts',
    source:
      "import { PerformanceDashboardApp } from '../../ui/apps/PerformanceDashboardApp';\nimport { AppRoot } from '../../ui/shell/AppRoot';\nimport { createBlueprintStore } from '../../adapters/sharepoint/blueprintStore';\nimport { readHostContext } from '../../adapters/teams';\n" +
      'export const probe = [PerformanceDashboardApp, AppRoot, createBlueprintStore, readHostContext];\n',
    deep: ['../../ui/shell/AppRoot', '../../adapters/sharepoint/blueprintStore']
  },
  {
    path: 'cli/commands/faceProbe.ts',
    source:
      "import { successPatterns } from '../../src/core/insights/patterns/successPatterns';\nimport { trainScoringModel } from '../../src/core/insights';\nimport { parseXes } from '../../src/interchange/xes/parseXes';\nimport { run } from './run';\n" +
      "export const probe = [successPatterns, trainScoringModel, parseXes, run, import('../../src/services/analysis')];\n",
    deep: ['../../src/core/insights/patterns/successPatterns', '../../src/interchange/xes/parseXes', '../../src/services/analysis']
  }
];

describe('faces (valuenetworks/import-through-faces)', () => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    const config = { ...layerRuleConfig(), parserOptions: { ecmaVersion: 2020, sourceType: 'module' } };
    const eslint = new ESLint({ cwd: root, useEslintrc: false, overrideConfig: config } as ConstructorParameters<typeof ESLint>[0]);
    results = [];
    for (const probe of faceProbes) results.push(...(await eslint.lintText(probe.source, { filePath: join(root, probe.path) })));
  });

  it.each(faceProbes.map((p) => [p.path, p.deep] as const))('%s reaches other packages only through their faces', (path, deep) => {
    const result = results.find((r) => r.filePath === join(root, path));
    const flagged = (result?.messages ?? []).filter((m) => m.ruleId === 'valuenetworks/import-through-faces');
    expect(flagged.map((m) => /^'([^']+)'/.exec(m.message)?.[1])).toEqual(deep);
    expect(flagged.every((m) => m.severity === 2)).toBe(true);
  });

  it('names the face to use instead', () => {
    const result = results.find((r) => r.filePath === join(root, 'src/ui/dashboard/faceProbe.ts'));
    expect(result?.messages.find((m) => m.ruleId === 'valuenetworks/import-through-faces')?.message).toBe(
      "'../../core/model/validateBlueprint' reaches into src/core/model: import it through '../../core/model' (the package's index.ts), exporting the name there if it belongs to the package's public face."
    );
  });
});
