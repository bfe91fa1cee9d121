/**
 * `evaluate`: generates the demo organisation, evaluates opportunity scoring with a time-based split
 * and prints AUC, Brier, log loss and calibration tables for the model and the stage-only baseline.
 *
 *   evaluate [--seed 42] [--cut-days 180] [--scale 1]
 *
 * --cut-days: the cut date is this many days before the demo's reference date; deals closed before
 * it train, deals closed after it test.
 */
import { evaluateScoring } from '../../src/core/insights/evaluation/evaluateScoring';
import { formatEvaluation } from '../../src/core/insights/evaluation/formatEvaluation';
import { generateDemoOrganisation } from '../../workbench/demo';

const DAY_MS = 86_400_000;

function option(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number, got "${argv[index + 1] ?? ''}".`);
  return value;
}

/** Runs the command; resolves to the process exit code (0 ok, 2 bad arguments). */
export async function runEvaluate(argv: string[]): Promise<number> {
  let seed: number;
  let cutDays: number;
  let scale: number;
  try {
    seed = option(argv, '--seed', 42);
    cutDays = option(argv, '--cut-days', 180);
    scale = option(argv, '--scale', 1);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const org = generateDemoOrganisation({ seed, scale });
  const evaluation = evaluateScoring(org.opportunities, org.interactions, org.blueprint, {
    cutDate: org.referenceDate - cutDays * DAY_MS,
    now: org.referenceDate
  });
  process.stdout.write(`Demo organisation, seed ${seed}: ${org.opportunities.length} opportunities, ${org.interactions.length} interactions\n`);
  process.stdout.write(`${formatEvaluation(evaluation)}\n`);
  return 0;
}
