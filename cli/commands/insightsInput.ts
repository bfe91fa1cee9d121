/**
 * What the insights and decision commands learn from: the user's own files (`--blueprint`,
 * `--opportunities`, `--log`, with the column options of `check`), a SharePoint site (`--site
 * monitor.json`: the published blueprint, every opportunity and their interactions, read through the
 * product's SharePoint adapter with the monitor's configuration) or, only when asked with `--demo`,
 * the generated demo organisation. The same services as the Sales Insights page run on each.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Blueprint, Interaction, Opportunity, OpportunityStatus } from '../../src/core/model';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import type { DataStores } from '../../src/services';
import { readBlueprintJson } from '../../src/interchange';
import type { DateOrder } from '../../src/interchange';
import { generateDemoOrganisation } from '../../workbench/demo';
import { CheckInputError, loadInteractions, loadOpportunities } from './check';
import { createMonitorClients } from './monitorClients';
import { parseMonitorConfig } from './monitorConfig';

/** Options every insights command accepts (parseArgs form); unknown flags are refused by parseArgs. */
export const INPUT_OPTIONS = {
  demo: { type: 'boolean' },
  site: { type: 'string' },
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
  /** Where the input came from, short, for sentences: `Demo organisation, seed 42`, `opportunities.csv`, `Site https://…`. */
  readonly label: string;
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

const STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];

/**
 * The SharePoint stores of the site a monitor configuration (`--site monitor.json`) names, with the
 * monitor's auth (app-only, or the workbench's emulated user).
 * @throws CheckInputError for an unreadable configuration
 */
export async function openSite(path: string): Promise<{ readonly siteUrl: string; readonly stores: DataStores }> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CheckInputError(`Cannot read the monitor configuration "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const config = parseMonitorConfig(json);
  const { sp } = await createMonitorClients(config, dirname(path));
  return { siteUrl: config.siteUrl, stores: createSharePointStores(sp) };
}

/**
 * Reads the site the monitor configuration (`--site monitor.json`) names: its published blueprint,
 * every opportunity (paged by status, as the dashboard reads them) and their interactions.
 *
 * @throws CheckInputError for an unreadable configuration or a site without a published blueprint
 */
async function readSite(path: string, format: 'table' | 'json', now: string | undefined): Promise<InsightsInput> {
  const { siteUrl, stores } = await openSite(path);
  const published = await stores.blueprints.getPublished();
  if (!published) throw new CheckInputError(`${siteUrl} has no published blueprint yet: publish one in the Value Network Designer, then run this again.`);
  const opportunities: Opportunity[] = [];
  for (const status of STATUSES) for await (const page of stores.opportunities.pagesByStatus(status)) opportunities.push(...page.map((r) => r.opportunity));
  opportunities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const interactions: Interaction[] = [];
  for (let start = 0; start < opportunities.length; start += 100) {
    const read = await stores.interactions.listByOpportunities(opportunities.slice(start, start + 100).map((o) => o.id));
    for (const o of opportunities.slice(start, start + 100)) interactions.push(...(read.get(o.id) ?? []));
  }
  return {
    opportunities,
    interactions,
    blueprint: published.blueprint,
    now: now === undefined ? latestTime(opportunities, interactions) : parseNow(now),
    source: `Site ${siteUrl}, blueprint "${published.blueprint.name}" v${published.blueprint.version}: ${opportunities.length} opportunities, ${interactions.length} interactions`,
    label: `Site ${siteUrl}, blueprint "${published.blueprint.name}" v${published.blueprint.version}`,
    format
  };
}

/**
 * Reads the input the flags name.
 * @throws InsightsUsageError for a wrong combination (exit 2); CheckInputError for unreadable files or site (exit 1)
 */
export async function readInsightsInput(values: InputValues, warn: (line: string) => void): Promise<InsightsInput> {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new InsightsUsageError(`--format must be table or json, not "${String(format)}".`);
  const files = ['blueprint', 'opportunities', 'log'] as const;
  const given = files.filter((name) => values[name] !== undefined);
  if (typeof values.site === 'string') {
    if (values.demo === true || given.length > 0) throw new InsightsUsageError(`--site reads the site's own data: leave out ${values.demo === true ? '--demo' : `--${given.join(', --')}`}.`);
    return readSite(values.site, format, typeof values.now === 'string' ? values.now : undefined);
  }
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
      label: `Demo organisation, seed ${seed}`,
      format
    };
  }
  if (values.seed !== undefined || values.scale !== undefined) throw new InsightsUsageError('--seed and --scale apply to the demo only: add --demo.');
  if (given.length < files.length) {
    const missing = files.filter((name) => values[name] === undefined);
    throw new InsightsUsageError(`Give your files with --blueprint <b.json> --opportunities <o.csv> --log <l.csv|.xes> (missing: --${missing.join(', --')}), or --site <monitor.json> for a SharePoint site, or --demo for the generated demo organisation.`);
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
    label: `${blueprint.name} (version ${blueprint.version})`,
    format
  };
}

function parseNow(value: string | boolean): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new InsightsUsageError(`--now "${String(value)}" is not an ISO 8601 date-time (e.g. 2024-05-01T12:00:00Z).`);
  return ms;
}
