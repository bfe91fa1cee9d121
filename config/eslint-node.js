// Lint for the Node side (workbench, command line, benchmarks): the same rules as src/ (.eslintrc.js),
// type-checked against tsconfig.node.json, which covers those folders. The layer rules only match src/.
require('@rushstack/eslint-config/patch/modern-module-resolution');
const path = require('path');
const base = require('../.eslintrc.js');

module.exports = {
  ...base,
  root: true,
  parserOptions: { tsconfigRootDir: path.join(__dirname, '..') },
  overrides: [
    ...base.overrides.map((override) =>
      override.parserOptions && override.parserOptions.project
        ? { ...override, parserOptions: { ...override.parserOptions, project: './tsconfig.node.json' } }
        : override
    ),
    {
      // Node code is not split by webpack: dynamic imports load optional dependencies, not chunks.
      files: ['*.ts', '*.tsx'],
      rules: { '@rushstack/import-requires-chunk-name': 0 }
    },
    {
      // The emulators reproduce SharePoint's and Graph's JSON, where null is part of the contract, and
      // their route tables compile regular expressions once, at load time, from constant path patterns.
      files: ['workbench/server/**/*.ts'],
      rules: { '@rushstack/no-new-null': 0, '@rushstack/security/no-unsafe-regexp': 0 }
    }
  ]
};
