// `npm test`: every check of the project, in the order a failure is cheapest to find, ending with one
// line `N passed, N failed` (jest tests plus the non-jest checks: type-check, lint and the package build).
//   1. type-check everything (src, workbench, cli, bench, tests)
//   2. lint src/ with the SPFx profile and the layer rules (a --ship build fails on any warning)
//   3. jest: unit (core, interchange, adapters against the emulators over HTTP, ui) and e2e (Chromium)
//   4. npm run ship, then the package tests over sharepoint/solution/valuenetworks.sppkg
//   5. when ../shared/fixtures is present: the external-fixtures suite
// Options: --quick skips the package build and its tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function jest(project) {
  const output = join(resultsDir, `jest-${project}.json`);
  const ok = run(`jest ${project}`, 'npx', ['jest', '--selectProjects', project, '--json', `--outputFile=${output}`]);
  if (!existsSync(output)) {
    failed += 1;
    failures.push(`jest ${project} (no results)`);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load counts no test; count it so it cannot pass silently.
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  failed += brokenSuites;
  if (!ok || report.numFailedTests > 0 || brokenSuites > 0) failures.push(`jest ${project}`);
}

check('type-check', 'npx', ['tsc', '-p', 'tsconfig.node.json']);
check('lint', 'npm', ['run', 'lint', '--silent']);
jest('unit');
jest('e2e');
if (!quick) {
  check('package build', 'npm', ['run', 'ship', '--silent']);
  jest('package');
}
if (existsSync(join(root, '..', 'shared', 'fixtures'))) jest('fixtures');
else console.log('\n(../shared/fixtures is absent: the external-fixtures suite is skipped)');

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
