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
