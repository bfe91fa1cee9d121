/**
 * `evaluate`: trains the opportunity score on the closed deals of the user's files (or the demo with
 * `--demo`), tests it on a time split against the stage-only baseline and prints AUC, Brier, log loss
 * and the calibration tables: the same use case (buildModelRecord) and the same split as the Sales
 * Insights page, so the figures agree on the same deals.
 *
 *   evaluate (--blueprint b.json --opportunities o.csv --log l.csv|.xes | --demo [--seed 42] [--scale 1])
 *            [--test-share 0.25 | --cut-days N] [--min-per-class 40] [--now ISO] [--format table|json]
 *
 * Default split: the latest quarter of closed deals test. --cut-days: the cut date is that many days
 * before `now` instead.
 */
import { formatEvaluation } from '../../src/core/insights';
import { buildModelRecord } from '../../src/services';
import { InsightsUsageError } from './insightsInput';
import { runInsightsCommand, wholeOption } from './insightsRun';

const DAY_MS = 86_400_000;

/** Runs the command; resolves to the process exit code (0 ok, 1 input error, 2 bad arguments). */
export async function runEvaluate(argv: string[]): Promise<number> {
  return runInsightsCommand(argv, { 'test-share': { type: 'string' }, 'cut-days': { type: 'string' }, 'min-per-class': { type: 'string' } }, (input, values, out) => {
    const share = values['test-share'] === undefined ? undefined : Number(values['test-share']);
    if (share !== undefined && !(share > 0 && share < 1)) throw new InsightsUsageError(`--test-share needs a share between 0 and 1, got "${values['test-share'] ?? ''}".`);
    if (share !== undefined && values['cut-days'] !== undefined) throw new InsightsUsageError('Give --test-share or --cut-days, not both.');
    const cutDays = values['cut-days'] === undefined ? undefined : wholeOption('cut-days', values['cut-days'], 0);
    const record = buildModelRecord(input, input.blueprint, {
      now: input.now,
      minPerClass: wholeOption('min-per-class', values['min-per-class'], 40),
      ...(share !== undefined ? { testShare: share } : {}),
      ...(cutDays !== undefined ? { cutDate: input.now - cutDays * DAY_MS } : {})
    });
    if (input.format === 'json') {
      // The patterns have their own command; the model's weights are not a result to read.
      const { model, evaluation, label, window, blueprintId, blueprintVersion } = record;
      out(`${JSON.stringify({ source: input.source, label, model: model.model, trainedOn: model.trainedOn, window, blueprintId, blueprintVersion, evaluation }, undefined, 2)}\n`);
      return 0;
    }
    out(`${input.source}\n`);
    out(`Model trained on every closed deal: ${record.label}\n`);
    if (record.evaluation === undefined) {
      out('Too few closed deals to test the model: a test needs at least 10 deals closed before and 10 after the split.\n');
      return 0;
    }
    out(`${formatEvaluation(record.evaluation)}\n`);
    return 0;
  });
}
