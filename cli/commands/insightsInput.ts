/**
 * What `evaluate`, `score` and `patterns` learn from: the user's own files (`--blueprint`,
 * `--opportunities`, `--log`, with the column options of `check`) or, only when asked with `--demo`,
 * the generated demo organisation. The same services as the Sales Insights page run on either.
 */
import { readFileSync } from 'node:fs';
import type { Blueprint, Interaction, Opportunity } from '../../src/core/model';
import { readBlueprintJson } from '../../src/interchange';
import type { DateOrder } from '../../src/interchange';
import { generateDemoOrganisation } from '../../workbench/demo';
import { CheckInputError, loadInteractions, loadOpportunities } from './check';

/** Options every insights command accepts (parseArgs form); unknown flags are refused by parseArgs. */
export const INPUT_OPTIONS = {
  demo: { type: 'boolean' },
  seed: { type: 'string' },
  scale: { type: 'string' },
  blueprint: { type: 'string' },
  opportunities: { type: 'string' },
  log: { type: 'string' },
  'case-column': { type: 'string', default: 'case:concept:name' },
  'activity-column': { type: 'string', default: 'concept:name' },
  'timestamp-column': { type: 'string', default: 'time:timestamp' },
  'date-order': { type: 'string', default: 'iso' },
  now: { type: 'string' },
  format: { type: 'string', default: 'table' }
} as const;

export type InputValues = Partial<Record<keyof typeof INPUT_OPTIONS, string | boolean>>;

export interface InsightsInput {
  readonly opportunities: readonly Opportunity[];
  readonly interactions: readonly Interaction[];
  readonly blueprint: Blueprint;
  /** Epoch ms the command reads the history as of. */
  readonly now: number;
  /** One line saying what was read, e.g. `Demo organisation, seed 42: 1500 opportunities, 59554 interactions`. */
  readonly source: string;
  readonly format: 'table' | 'json';
}

/** The command was called wrongly: exit 2. */
export class InsightsUsageError extends Error {}

function number(name: string, value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n)) throw new InsightsUsageError(`--${name} needs a number, got "${String(value)}".`);
  return n;
}

function latestTime(opportunities: readonly Opportunity[], interactions: readonly Interaction[]): number {
  let latest = 0;
  for (const o of opportunities) {
    latest = Math.max(latest, o.createdAt, o.closedAt ?? 0, ...o.stageHistory.map((s) => s.enteredAt));
  }
  for (const i of interactions) latest = Math.max(latest, i.timestamp);
  return latest;
}

/**
 * Reads the input the flags name.
 * @throws InsightsUsageError for a wrong combination (exit 2); CheckInputError for unreadable files (exit 1)
 */
export function readInsightsInput(values: InputValues, warn: (line: string) => void): InsightsInput {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new InsightsUsageError(`--format must be table or json, not "${String(format)}".`);
  const files = ['blueprint', 'opportunities', 'log'] as const;
  const given = files.filter((name) => values[name] !== undefined);
  if (values.demo === true) {
    if (given.length > 0) throw new InsightsUsageError(`--demo generates its own data: leave out --${given.join(', --')}.`);
    const seed = number('seed', values.seed, 42);
    const org = generateDemoOrganisation({ seed, scale: number('scale', values.scale, 1) });
    return {
      opportunities: org.opportunities,
      interactions: org.interactions,
      blueprint: org.blueprint,
      now: values.now === undefined ? org.referenceDate : parseNow(values.now),
      source: `Demo organisation, seed ${seed}: ${org.opportunities.length} opportunities, ${org.interactions.length} interactions`,
      format
    };
  }
  if (values.seed !== undefined || values.scale !== undefined) throw new InsightsUsageError('--seed and --scale apply to the demo only: add --demo.');
  if (given.length < files.length) {
    const missing = files.filter((name) => values[name] === undefined);
    throw new InsightsUsageError(`Give your files with --blueprint <b.json> --opportunities <o.csv> --log <l.csv|.xes> (missing: --${missing.join(', --')}), or --demo for the generated demo organisation.`);
  }
  const dateOrder = values['date-order'] as DateOrder;
  if (!['iso', 'day-first', 'month-first'].includes(dateOrder)) throw new InsightsUsageError(`--date-order must be one of iso, day-first, month-first, not "${dateOrder}".`);
  const blueprintPath = values.blueprint as string;
  let text: string;
  try {
    text = readFileSync(blueprintPath, 'utf8');
  } catch (error) {
    throw new CheckInputError(`Cannot read the blueprint file "${blueprintPath}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const blueprint = readBlueprintJson(text);
  const opportunities = loadOpportunities(values.opportunities as string, { dateOrder }, warn);
  const interactions = loadInteractions(
    {
      model: blueprintPath,
      log: values.log as string,
      caseColumn: values['case-column'] as string,
      activityColumn: values['activity-column'] as string,
      timestampColumn: values['timestamp-column'] as string,
      dateOrder,
      format: 'table'
    },
    warn
  );
  return {
    opportunities,
    interactions,
    blueprint,
    now: values.now === undefined ? latestTime(opportunities, interactions) : parseNow(values.now),
    source: `${blueprint.name} (version ${blueprint.version}): ${opportunities.length} opportunities, ${interactions.length} interactions`,
    format
  };
}

function parseNow(value: string | boolean): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new InsightsUsageError(`--now "${String(value)}" is not an ISO 8601 date-time (e.g. 2024-05-01T12:00:00Z).`);
  return ms;
}
