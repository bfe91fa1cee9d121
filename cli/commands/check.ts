/**
 * `check`: checks an event log against a blueprint or a Declare constraint set and prints, per case,
 * the fitness and which constraints are satisfied, violated and pending.
 *
 * A blueprint is compiled with compileBlueprint; activities in the log must then be transaction ids.
 * A log file carries no stage history. `--opportunities` adds it from an opportunities CSV (the layout
 * the product exports: one row per stage entry), so that due rules counted from stage entry can
 * activate, and by default takes each case's closed or open state from its status. Opportunities
 * without a single event in the log are checked too: a deal where nothing happened is the worst case.
 * `--now` defaults to the latest event or stage entry, so output never depends on the clock.
 *
 * A CRM export in another layout is read through `--mapping` (the mapping JSON the dashboard's mapping
 * step saves), with the mapping's lookup file (a seller-to-team table) read beside the mapping file.
 * `--suggest-mapping` prints the mapping detected for the file, for the user to check and edit.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkLog, compileBlueprint, parseConstraintSet, type CaseConformance, type DeclareConstraint, traceWithStageEntries } from '../../src/core/conformance';
import { FileMappingError, parseJsonText, readBlueprintJson, parseInteractionsCsv, OPPORTUNITY_CSV_PRESETS, opportunitiesCsvOptions, parseOpportunitiesCsv, readCsvTable, checkOpportunityMapping, readOpportunityMapping, type OpportunityFileMapping, readLookupTable, type LookupTable, suggestOpportunityMapping, parseXes } from '../../src/interchange';
import { ValueNetworksError } from '../../src/core';
import { groupIntoTraces, type LogTrace } from '../../src/core/model';
import type { Interaction, Opportunity, Blueprint } from '../../src/core/model';
import type { DateFormat, DateOrder } from '../../src/interchange';

export interface CheckCommandOptions {
  readonly model: string;
  readonly log: string;
  readonly caseColumn: string;
  readonly activityColumn: string;
  readonly timestampColumn: string;
  readonly dateOrder: DateOrder;
  /** ISO 8601 date-time, or undefined for the latest event in the log. */
  readonly now?: string;
  /** Opportunities CSV with the stage history, or undefined. */
  readonly opportunities?: string;
  /**
   * Date format of the opportunities file, apart from the log's: a month-first CRM export and an ISO
   * log in one run. Overrides the mapping's formats; undefined: the mapping's, else `dateOrder`.
   */
  readonly opportunitiesDateOrder?: DateFormat;
  /** Mapping JSON for the opportunities file; undefined: the product's export layout. */
  readonly mapping?: string;
  /** The mapping's lookup file; undefined: the mapping's `lookup.file`, beside the mapping file. */
  readonly lookup?: string;
  /**
   * `all`, `none`, `status` (won, lost and no-decision opportunities are closed), or a file listing
   * closed case ids one per line. Undefined: `status` with `--opportunities`, otherwise `all`.
   */
  readonly closed?: string;
  readonly format: 'json' | 'table';
}

/** One printed row: what `--format json` emits per case. */
export interface CaseSummary {
  readonly caseId: string;
  readonly fitness: number;
  readonly satisfied: string[];
  readonly violated: string[];
  readonly pending: string[];
}

/** A problem with the files given (not with how the command was called): exit code 1. */
export class CheckInputError extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CheckInputError(`Cannot read the ${what} file "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

/** A constraint set when the JSON has a `constraints` list, otherwise a blueprint document. */
export function loadConstraints(path: string): DeclareConstraint[] {
  const text = readText(path, 'model');
  let json: unknown;
  try {
    json = parseJsonText(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // parseJsonText says where and why without echoing the file (which may be binary).
    throw new CheckInputError(`The model file "${path}" is not JSON: ${(error as Error).message}`);
  }
  if (typeof json === 'object' && json !== null && Array.isArray((json as { constraints?: unknown }).constraints)) {
    return [...parseConstraintSet(json).constraints];
  }
  return compileBlueprint(readBlueprintJson(text));
}

/** One warning per refused row that the parser kept an error for, and one for the rest. */
function warnSkippedRows(result: { readonly errors: readonly Error[]; readonly rejected: number }, warn: (line: string) => void): void {
  result.errors.forEach((error) => warn(`skipped: ${error.message}`));
  if (result.rejected > result.errors.length) warn(`skipped ${result.rejected - result.errors.length} more rows`);
}

/** Reads a CSV or XES (optionally .xes.gz) log into interactions, in file order. */
export function loadInteractions(options: CheckCommandOptions, warn: (line: string) => void): Interaction[] {
  const lower = options.log.toLowerCase();
  if (lower.endsWith('.xes') || lower.endsWith('.xes.gz')) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(options.log);
    } catch (error) {
      throw new CheckInputError(`Cannot read the log file "${options.log}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    const result = parseXes(bytes);
    result.errors.forEach((error) => warn(`skipped: ${error.message}`));
    return result.interactions;
  }
  if (!lower.endsWith('.csv')) throw new CheckInputError(`The log "${options.log}" must be a .csv, .xes or .xes.gz file.`);
  const result = parseInteractionsCsv(readText(options.log, 'log'), {
    mapping: { opportunityId: options.caseColumn, activity: options.activityColumn, timestamp: options.timestampColumn },
    dateOrder: options.dateOrder
  });
  warnSkippedRows(result, warn);
  return result.records;
}

/** Reads and checks a mapping JSON file. */
export function loadMapping(path: string): OpportunityFileMapping {
  const text = readText(path, 'mapping');
  let json: unknown;
  try {
    json = parseJsonText(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new CheckInputError(`The mapping file "${path}" is not JSON: ${(error as Error).message}`);
  }
  return readOpportunityMapping(json);
}

/** The product's export layout as a mapping, for a file read without `--mapping`. */
function exportLayoutMapping(): OpportunityFileMapping {
  const preset = OPPORTUNITY_CSV_PRESETS[0];
  return { kind: 'opportunities', name: preset.name, columns: preset.mapping, dateOrder: preset.dateOrder, decimalSeparator: preset.decimalSeparator };
}

/**
 * Reads the opportunities file through the mapping (`--mapping`, else the product's export layout
 * with `--date-order`), joining the mapping's lookup file if it has one; refused rows become warnings.
 *
 * @throws CheckInputError when the mapping does not fit the file's header (names each column and field)
 */
export function loadOpportunities(path: string, options: Pick<CheckCommandOptions, 'dateOrder' | 'opportunitiesDateOrder' | 'mapping' | 'lookup'>, warn: (line: string) => void): Opportunity[] {
  const text = readText(path, 'opportunities');
  let mapping = options.mapping === undefined ? { ...exportLayoutMapping(), dateOrder: options.dateOrder } : loadMapping(options.mapping);
  if (options.opportunitiesDateOrder !== undefined) mapping = { ...mapping, dateOrder: options.opportunitiesDateOrder, dateFormats: undefined };
  let lookupText: string | undefined;
  if (mapping.lookup !== undefined) {
    const lookupPath = options.lookup ?? (mapping.lookup.file !== undefined && options.mapping !== undefined ? resolve(dirname(options.mapping), mapping.lookup.file) : undefined);
    if (lookupPath === undefined) throw new CheckInputError('The mapping joins a lookup file but names none: add "file" to its "lookup", or pass --lookup <file.csv>.');
    lookupText = readText(lookupPath, 'lookup');
  }
  const problems = checkOpportunityMapping(mapping, readCsvTable(text).header, lookupText === undefined ? undefined : readCsvTable(lookupText).header);
  if (problems.length > 0) {
    throw new CheckInputError(`The mapping does not fit the opportunities file "${path}":\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  let lookup: LookupTable | undefined;
  if (lookupText !== undefined && mapping.lookup !== undefined) {
    const read = readLookupTable(lookupText, mapping.lookup);
    read.errors.forEach((error) => warn(`lookup file: ${error.message}`));
    lookup = read.table;
  }
  const result = parseOpportunitiesCsv(text, opportunitiesCsvOptions(mapping, lookup));
  warnSkippedRows(result, warn);
  if (result.createdFromEarliestDate > 0) {
    const n = result.createdFromEarliestDate;
    warn(`${n} ${n === 1 ? 'opportunity has' : 'opportunities have'} no created date: the earliest date the file has for ${n === 1 ? 'it' : 'them'} was taken.`);
  }
  return result.records;
}

/**
 * `--suggest-mapping`: prints the mapping detected for the opportunities file as JSON (to save, edit
 * and pass as `--mapping`), and on `err` what is left for the user: required fields without a column,
 * date columns whose order the data does not decide, and status or stage values without a mapping.
 * Stage values are matched to the blueprint's stages when `--model` is a blueprint.
 *
 * @returns 0 when the mapping can be used as it is, 1 when something is left to decide
 */
export function runSuggestMapping(options: { readonly opportunities?: string; readonly model?: string }, out: (text: string) => void, err: (text: string) => void): number {
  try {
    if (options.opportunities === undefined) throw new CheckInputError('--suggest-mapping reads the file given with --opportunities.');
    let stages: Blueprint['stages'] | undefined;
    if (options.model !== undefined) {
      const text = readText(options.model, 'model');
      if (!/"constraints"\s*:/.test(text)) stages = readBlueprintJson(text).stages;
    }
    const table = readCsvTable(readText(options.opportunities, 'opportunities'));
    const suggestion = suggestOpportunityMapping(table, stages === undefined ? {} : { stages });
    out(`${JSON.stringify(suggestion.mapping, undefined, 2)}\n`);
    const notes: string[] = [];
    checkOpportunityMapping(suggestion.mapping, table.header).forEach((p) => notes.push(`${p.path}: ${p.message}`));
    suggestion.dateQuestions.forEach((q) => notes.push(`/dateFormats/${q.field}: "${q.column}" has dates such as ${q.example} that fit ${q.candidates.join(' and ')}: set the one the file uses`));
    if (suggestion.unmappedStatusValues.length > 0) notes.push(`/values/status: map ${suggestion.unmappedStatusValues.map((v) => `"${v}"`).join(', ')} to open, won, lost or no-decision`);
    if (suggestion.unmappedStageValues.length > 0) {
      const ids = stages === undefined ? '' : ` (${stages.map((s) => s.id).join(', ')})`;
      notes.push(`/values/stage: map ${suggestion.unmappedStageValues.map((v) => `"${v}"`).join(', ')} to a blueprint stage id${ids}, or to "" for no stage`);
    }
    notes.forEach((note) => err(`to decide: ${note}\n`));
    return notes.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof CheckInputError || error instanceof ValueNetworksError) {
      err(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * The log's traces with each opportunity's stage entries merged in, plus an empty trace (stage entries
 * only) for every opportunity the log never mentions.
 */
export function tracesWithStageHistory(traces: readonly LogTrace[], opportunities: readonly Opportunity[], warn: (line: string) => void): LogTrace[] {
  const byId = new Map(opportunities.map((o) => [o.id, o]));
  const logged = new Set(traces.map((t) => t.caseId));
  const unknown = traces.filter((t) => !byId.has(t.caseId)).length;
  if (unknown > 0) {
    warn(`${unknown} ${unknown === 1 ? 'case of the log is' : 'cases of the log are'} not in the opportunities file: checked without stage history, and as open unless --closed says otherwise.`);
  }
  return [
    ...traces.map((trace) => {
      const opportunity = byId.get(trace.caseId);
      return opportunity === undefined ? trace : traceWithStageEntries(trace, opportunity);
    }),
    ...opportunities.filter((o) => !logged.has(o.id)).map((o) => traceWithStageEntries({ caseId: o.id, events: [] }, o))
  ];
}

function closedPredicate(closed: string, opportunities: readonly Opportunity[] | undefined): (caseId: string) => boolean {
  if (closed === 'all') return () => true;
  if (closed === 'none') return () => false;
  if (closed === 'status') {
    if (opportunities === undefined) throw new CheckInputError('--closed status reads each case\'s status from the opportunities file: add --opportunities <file.csv>.');
    const closedIds = new Set(opportunities.filter((o) => o.status !== 'open').map((o) => o.id));
    return (caseId) => closedIds.has(caseId);
  }
  const ids = new Set(
    readText(closed, 'closed-cases')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
  );
  return (caseId) => ids.has(caseId);
}

function resolveNow(now: string | undefined, traces: readonly LogTrace[]): number {
  if (now !== undefined) {
    const value = Date.parse(now);
    if (Number.isNaN(value)) throw new CheckInputError(`--now "${now}" is not an ISO 8601 date-time (e.g. 2024-05-01T12:00:00Z).`);
    return value;
  }
  let latest = 0;
  for (const trace of traces) for (const event of trace.events) latest = Math.max(latest, event.timestamp);
  return latest;
}

/**
 * Per case: fitness (rounded to 4 decimals) and the ids of satisfied, violated and pending constraints,
 * in constraint order. Cases are sorted by id (numbers in ids compare as numbers), so a CSV and an XES
 * export of the same log print the same report whatever their file order.
 */
export function summarise(outcomes: readonly CaseConformance[]): CaseSummary[] {
  const sorted = [...outcomes].sort((x, y) => x.caseId.localeCompare(y.caseId, 'en', { numeric: true }));
  return sorted.map((outcome) => ({
    caseId: outcome.caseId,
    fitness: Math.round(outcome.fitness * 10000) / 10000,
    satisfied: outcome.results.filter((r) => r.state === 'satisfied').map((r) => r.constraintId),
    violated: outcome.results.filter((r) => r.state === 'violated').map((r) => r.constraintId),
    pending: outcome.results.filter((r) => r.state === 'pending').map((r) => r.constraintId)
  }));
}

/** A plain-text table, columns padded to their widest cell; empty lists print as `-`. */
export function formatTable(rows: readonly CaseSummary[]): string {
  const cells = [
    ['case', 'fitness', 'satisfied', 'violated', 'pending'],
    ...rows.map((row) => [row.caseId, row.fitness.toFixed(4), row.satisfied.join(',') || '-', row.violated.join(',') || '-', row.pending.join(',') || '-'])
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  return cells.map((line) => line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n');
}

/**
 * Runs the check and writes the report to `out`, warnings and errors to `err`.
 * @returns the exit code: 0 ok, 1 for an input problem (unreadable file, invalid model or log).
 */
export function runCheck(options: CheckCommandOptions, out: (text: string) => void, err: (text: string) => void): number {
  try {
    const warn = (line: string): void => err(`warning: ${line}\n`);
    const constraints = loadConstraints(options.model);
    const interactions = loadInteractions(options, warn);
    const opportunities = options.opportunities === undefined ? undefined : loadOpportunities(options.opportunities, options, warn);
    const logTraces = groupIntoTraces(interactions);
    const traces = opportunities === undefined ? logTraces : tracesWithStageHistory(logTraces, opportunities, warn);
    const isClosed = closedPredicate(options.closed ?? (opportunities === undefined ? 'all' : 'status'), opportunities);
    const outcomes = checkLog(traces, constraints, { now: resolveNow(options.now, traces), isClosed });
    const rows = summarise(outcomes);
    out(options.format === 'json' ? `${JSON.stringify(rows, undefined, 2)}\n` : `${formatTable(rows)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CheckInputError) err(`error: ${error.message}\n`);
    else if (error instanceof ValueNetworksError) {
      const problems = (error as { problems?: readonly { path: string; message: string }[] }).problems;
      if (problems && problems.length > 0) {
        const what = error instanceof FileMappingError ? 'mapping' : 'model';
        err(`error: the ${what} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n`);
        problems.forEach((problem) => err(`  ${problem.path || '/'}: ${problem.message}\n`));
      } else err(`error: ${error.message}\n`);
    } else throw error;
    return 1;
  }
}
