// Layer rules (../shared/ARCHITECTURE.md): dependencies point one way,
// core -> interchange -> services -> adapters / ui -> webparts, and another package is reached only
// through its face (its index.ts; rule valuenetworks/import-through-faces, config/eslint-plugin-valuenetworks).
// Kept in their own module so that .eslintrc.js spreads them into its overrides and
// tests/lint/layers.test.ts applies exactly the same rules to probe sources.
module.exports = [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx', 'cli/**/*.ts', 'workbench/**/*.ts', 'workbench/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
      plugins: ['valuenetworks'],
      rules: { 'valuenetworks/import-through-faces': 2 }
    },
    {
      files: ['src/core/**/*.ts'],
      rules: {
        '@typescript-eslint/no-explicit-any': 2,
        'no-restricted-imports': [2, { patterns: [
          { group: ['/@*', '/[a-zA-Z]*'], message: 'src/core is pure TypeScript: it imports nothing outside src/core.' },
          { group: ['**/interchange', '**/interchange/**', '**/services', '**/services/**', '**/adapters', '**/adapters/**', '**/ui', '**/ui/**', '**/webparts', '**/webparts/**'], message: 'src/core imports nothing outside src/core.' }
        ] }]
      }
    },
    {
      files: ['src/interchange/**/*.ts'],
      rules: {
        'no-restricted-imports': [2, { patterns: [
          { group: ['/@*', '/[a-zA-Z]*', '!/papaparse', '!/fast-xml-parser', '!/fflate'], message: 'src/interchange imports only src/core and its parsers (papaparse, fast-xml-parser, fflate).' },
          { group: ['**/services', '**/services/**', '**/adapters', '**/adapters/**', '**/ui', '**/ui/**', '**/webparts', '**/webparts/**'], message: 'src/interchange imports only src/core and its parsers.' }
        ] }]
      }
    },
    {
      files: ['src/services/**/*.ts'],
      rules: {
        'no-restricted-imports': [2, { patterns: [
          { group: ['@pnp/*', '@microsoft/*', 'react', 'react-dom', '@fluentui/*'], message: 'src/services defines ports and use cases: no PnPjs, SPFx, Graph or UI.' },
          { group: ['**/adapters', '**/adapters/**', '**/ui', '**/ui/**', '**/webparts', '**/webparts/**'], message: 'src/services never depends on adapters, UI or web parts.' }
        ] }]
      }
    },
    {
      files: ['src/adapters/**/*.ts'],
      rules: {
        'no-restricted-imports': [2, { patterns: [
          { group: ['**/ui', '**/ui/**', '**/webparts', '**/webparts/**', 'react', 'react-dom', '@fluentui/*'], message: 'src/adapters talk to the outside world; they never import UI or web parts.' }
        ] }]
      }
    },
    {
      files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
      rules: {
        'no-restricted-imports': [2, { patterns: [
          { group: ['**/adapters', '**/adapters/**', '**/webparts', '**/webparts/**', '@pnp/*', '@microsoft/microsoft-graph-client', '@microsoft/sp-http', '@microsoft/sp-http-*', '@microsoft/teams-js'], message: 'Components never fetch: src/ui receives services through context or props, never adapters, PnPjs or Graph.' }
        ] }]
      }
    }
];
