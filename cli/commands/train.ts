/**
 * `train`: trains the opportunity score on the closed deals, tests it on a time split against the
 * stage-only baseline, and computes the success patterns: on a SharePoint site through the same use
 * case as "Train on this site's outcomes" on the Sales Insights page (trainSiteModel: the model is
 * stored on the site, and put in use only with `--use`), or on the user's files (or `--demo`) through
 * buildModelRecord, printed and written to `--out`.
 *
 *   train --site <monitor.json> [--use] [--min-per-class 40] [--now ISO] [--out model.json] [--format table|json]
 *   train (FILES | --demo [--seed N] [--scale N]) [--min-per-class 40] [--now ISO] [--out model.json] [--format table|json]
 *
 * On a site `now` defaults to the current time (the training's id and the deals it may learn from);
 * on files to the latest date in them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValueNetworksError } from '../../src/core';
import { formatEvaluation } from '../../src/core/insights';
import { buildModelRecord, DEFAULT_MIN_PER_CLASS, trainSiteModel, type ModelRecord, type NewModelRecord } from '../../src/services';
import { CheckInputError } from './check';
import { INPUT_OPTIONS, InsightsUsageError, openSite } from './insightsInput';
import { runInsightsCommand, wholeOption } from './insightsRun';

const TRAIN_OPTIONS = { use: { type: 'boolean' }, out: { type: 'string' }, 'min-per-class': { type: 'string' } } as const;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const percent = (share: number | undefined): string => (share === undefined ? 'n/a' : `${Math.round(share * 100)}%`);

/** What was learnt and how well it tested, in plain words (one line each). */
export function trainingSummary(record: NewModelRecord, minPerClass: number): string[] {
  const { won, lost } = record.model.trainedOn;
  const lines = [`Model: ${record.label}, learnt from the deals closed ${isoDay(record.window.from)} – ${isoDay(record.window.to)}, each read at its stage entries.`];
  if (record.model.model === 'blueprint-distance') {
    lines.push(`Only ${won} won and ${lost} lost deals have closed; the learnt model needs ${minPerClass} of each, so the score stays each deal's closeness to the blueprint.`);
  }
  const evaluation = record.evaluation;
  if (evaluation === undefined) {
    lines.push('Too few closed deals to test the model: a test needs at least 10 deals closed before and 10 after the split.');
    return lines;
  }
  const m = evaluation.modelMetrics;
  const b = evaluation.baselineMetrics;
  const tested = `Tested on the ${evaluation.test.won + evaluation.test.lost} deals closed ${isoDay(evaluation.cutDate)} – ${isoDay(evaluation.now)} (${evaluation.test.won} won, ${evaluation.test.lost} lost), each scored as it entered every stage by a ${evaluation.model === 'logistic' ? 'model' : 'blueprint-distance score (too few deals closed before the split to learn from)'} trained only on the deals closed before.`;
  const better = m.auc !== undefined && b.auc !== undefined ? (m.auc > b.auc ? 'better than' : 'no better than') : undefined;
  lines.push(
    tested,
    `Given a won and a lost deal, the score ranks the won one higher ${percent(m.auc)} of the time; knowing only the stage, ${percent(b.auc)}${better ? `: ${better} the stage alone` : ''}. Brier score ${m.brier?.toFixed(3) ?? 'n/a'} (stage only ${b.brier?.toFixed(3) ?? 'n/a'}; lower is better).`
  );
  return lines;
}

/** The record as `--format json` and `--out` write it (the weights only in `--out`). */
function summaryJson(record: NewModelRecord | ModelRecord): Record<string, unknown> {
  const { modelId, label, trainedAt, trainedBy, blueprintId, blueprintVersion, window, model, evaluation } = record;
  return { modelId, label, ...('status' in record ? { status: record.status } : {}), trainedAt, trainedBy: trainedBy ?? null, blueprintId, blueprintVersion, window, model: model.model, trainedOn: model.trainedOn, evaluation: evaluation ?? null };
}

/** Writes the whole record (weights, evaluation, patterns) as JSON. @throws CheckInputError when it cannot. */
function writeRecord(path: string, record: NewModelRecord | ModelRecord): void {
  try {
    writeFileSync(path, `${JSON.stringify(record, undefined, 2)}\n`);
  } catch (error) {
    throw new CheckInputError(`Cannot write the model to "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

function parseNow(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InsightsUsageError(`--now "${value}" is not an ISO 8601 date-time (e.g. 2024-05-01T12:00:00Z).`);
  return ms;
}

async function trainOnSite(values: Record<string, string | boolean | undefined>, out: (text: string) => void): Promise<number> {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new InsightsUsageError(`--format must be table or json, not "${String(format)}".`);
  const files = (['demo', 'blueprint', 'opportunities', 'log', 'seed', 'scale'] as const).filter((name) => values[name] !== undefined);
  if (files.length > 0) throw new InsightsUsageError(`--site trains on the site's own deals: leave out --${files.join(', --')}.`);
  const minPerClass = wholeOption('min-per-class', values['min-per-class'] as string | undefined, DEFAULT_MIN_PER_CLASS);
  const now = parseNow(values.now as string | undefined, Date.now());
  const { siteUrl, stores } = await openSite(values.site as string);
  let dealsRead = 0;
  const { record } = await trainSiteModel(stores, { now, minPerClass, use: values.use === true, trainedBy: 'Command line', onProgress: (p) => (dealsRead = p.dealsRead) });
  const inUse = values.use === true ? record : await stores.models.getInUse();
  if (typeof values.out === 'string') writeRecord(values.out, record);
  if (format === 'json') {
    out(`${JSON.stringify({ site: siteUrl, dealsRead, record: summaryJson(record), inUse: inUse ? { modelId: inUse.modelId, label: inUse.label } : null }, undefined, 2)}\n`);
    return 0;
  }
  const stored =
    record.status === 'in-use'
      ? `Stored on the site as ${record.modelId} and put in use: the next analysis scores with it.`
      : `Stored on the site as ${record.modelId}, not in use. ${inUse ? `In use: ${inUse.label}, trained ${isoDay(inUse.trainedAt)} (${inUse.modelId}).` : 'No model is in use yet: scores show each deal\'s closeness to the blueprint.'} Put the new one in use with --use, or compare the two on the Sales Insights page.`;
  const lines = [`Site ${siteUrl}: read ${dealsRead} closed deals.`, ...trainingSummary(record, minPerClass), stored];
  if (typeof values.out === 'string') lines.push(`Wrote the model and its evaluation to ${values.out}.`);
  out(`${lines.join('\n')}\n`);
  return 0;
}

/** Runs the command; resolves to the process exit code (0 ok, 1 input or site error, 2 bad arguments). */
export async function runTrain(argv: string[]): Promise<number> {
  // Strict: an unknown flag or a positional throws ERR_PARSE_ARGS_*, which main turns into exit 2.
  const { values } = parseArgs({ args: argv, options: { ...INPUT_OPTIONS, ...TRAIN_OPTIONS }, strict: true, allowPositionals: false });
  if (typeof values.site === 'string') {
    try {
      return await trainOnSite(values, (text) => process.stdout.write(text));
    } catch (error) {
      const code = error instanceof InsightsUsageError ? 2 : error instanceof CheckInputError || error instanceof ValueNetworksError ? 1 : undefined;
      if (code === undefined) throw error;
      process.stderr.write(`error: ${(error as Error).message}\n`);
      return code;
    }
  }
  if (values.use === true) {
    process.stderr.write('error: --use puts the model in use on a site: it needs --site <monitor.json>. On files, write the model with --out <model.json>.\n');
    return 2;
  }
  return runInsightsCommand(argv, { out: { type: 'string' }, 'min-per-class': { type: 'string' } }, (input, options, out) => {
    const minPerClass = wholeOption('min-per-class', options['min-per-class'], DEFAULT_MIN_PER_CLASS);
    const record = buildModelRecord(input, input.blueprint, { now: input.now, minPerClass, trainedBy: 'Command line' });
    if (options.out !== undefined) writeRecord(options.out, record);
    if (input.format === 'json') {
      out(`${JSON.stringify({ source: input.source, record: summaryJson(record) }, undefined, 2)}\n`);
      return 0;
    }
    const lines = [input.source, ...trainingSummary(record, minPerClass)];
    if (options.out !== undefined) lines.push(`Wrote the model and its evaluation to ${options.out}.`);
    if (record.evaluation !== undefined) lines.push('', formatEvaluation(record.evaluation));
    out(`${lines.join('\n')}\n`);
    return 0;
  });
}
