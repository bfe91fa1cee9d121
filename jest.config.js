/**
 * Jest projects:
 *  unit     - tests/**\/*.test.ts(x): core, interchange, services, adapters (against the emulator over HTTP), ui
 *  e2e      - tests/e2e: the workbench in Debian's Chromium through playwright-core
 *  package  - tests/package: opens the built sharepoint/solution/valuenetworks.sppkg
 *  fixtures - tests/external: third-party files in ../shared/fixtures (absent on a fresh clone)
 */
const common = {
  preset: 'ts-jest',
  testEnvironment: '<rootDir>/tests/environment/nodeWithAllGlobals.js',
  setupFiles: ['<rootDir>/tests/setup.ts'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    '^.+\\.(js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }]
  },
  // PnPjs ships ES modules only: let ts-jest transform them.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '^@ms/(.*)$': '<rootDir>/tests/mocks/msNoop.js',
    '^@msinternal/(.*)$': '<rootDir>/tests/mocks/msNoop.js',
    '^[A-Za-z]+WebPartStrings$': '<rootDir>/tests/mocks/webPartStrings.js'
  }
};

module.exports = {
  // Adapter and service tests talk HTTP to the emulators in the same process: on a loaded 2-core
  // machine a set-up can outlast jest's 5 s default, so a test may take 30 s (no test asserts time).
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/package/', '<rootDir>/tests/external/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    { ...common, displayName: 'package', testMatch: ['<rootDir>/tests/package/**/*.test.ts'] },
    { ...common, displayName: 'fixtures', testMatch: ['<rootDir>/tests/external/**/*.test.ts'] }
  ]
};
