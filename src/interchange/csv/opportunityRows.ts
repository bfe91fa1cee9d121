/** Opportunity rows (already split into fields) to opportunities: field rules, value maps, grouping. */
import { CsvRowError } from '../errors';
import type { Opportunity, OpportunityStatus, StageEntry } from '../../core/model';
import { parseDateInFormat, type DateFormat } from '../dates/dateFormat';
import type { OpportunityColumns, OpportunityDateField, OpportunityField, OpportunityFileMapping, OpportunityValueMaps } from '../mapping/fileMapping';
import type { LookupTable } from '../mapping/lookupTable';
import { sanitizeText } from '../text/sanitizeText';
import type { CsvRawRow } from './csvRows';
import { MAX_FIELD_LENGTH } from './interactionRow';
import { resolveColumns } from './mapping';
import type { DecimalSeparator } from './parseAmount';
import { parseAmount } from './parseAmount';

// Kept apart from the CSV parsing (and papaparse) so that the dashboard's mapping step can preview the
// rows it already holds as the import will store them, with the same code and the same messages.
// The same default as the CSV readers (DEFAULT_MAX_ROW_ERRORS there), without importing them.
const DEFAULT_MAX_ROW_ERRORS: number = 1000;

export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];

export interface OpportunitiesCsvOptions {
  /** Field -> header; a preset's `OpportunityColumnMapping` or a mapping JSON's `columns`. */
  readonly mapping: OpportunityColumns;
  /** Format of every date column without its own entry in `dateFormats`. */
  readonly dateOrder: DateFormat;
  readonly decimalSeparator: DecimalSeparator;
  readonly dateFormats?: Readonly<Partial<Record<OpportunityDateField, DateFormat>>>;
  /** File values -> status / stage id; a value missing from a given map is a row error, never a guess. */
  readonly values?: OpportunityValueMaps;
  /** Field -> value where the column is not mapped or the cell is empty. */
  readonly defaults?: Readonly<Partial<Record<OpportunityField, string>>>;
  /** Values from a second file, used where this file's cell is empty (before `defaults`). */
  readonly lookup?: LookupTable;
  readonly maxErrors?: number;
}

export interface OpportunitiesCsvResult {
  /** In order of first appearance; stage history sorted by time (ties keep file order). */
  readonly records: Opportunity[];
  readonly errors: CsvRowError[];
  /** Opportunities imported. */
  readonly accepted: number;
  /** Rows refused. */
  readonly rejected: number;
  /** Opportunities without a created date in the file, which took the earliest date the file has for them. */
  readonly createdFromEarliestDate: number;
}

/** The reader's options for a mapping JSON document (and the lookup file read for it, if any). */
export function opportunitiesCsvOptions(mapping: OpportunityFileMapping, lookup?: LookupTable): OpportunitiesCsvOptions {
  return {
    mapping: mapping.columns,
    dateOrder: mapping.dateOrder ?? 'iso',
    decimalSeparator: mapping.decimalSeparator ?? '.',
    ...(mapping.dateFormats && { dateFormats: mapping.dateFormats }),
    ...(mapping.values && { values: mapping.values }),
    ...(mapping.defaults && { defaults: mapping.defaults }),
    ...(lookup && { lookup })
  };
}

type Field = OpportunityField;
/** `createdAt` is absent while the file gives none; the earliest date of the deal fills it in the end. */
type Base = Omit<Opportunity, 'stageHistory' | 'createdAt'> & { readonly createdAt?: number };

interface Draft {
  readonly base: Base;
  readonly firstRow: number;
  readonly signature: readonly string[];
  readonly stages: StageEntry[];
  earliest: number;
}

const SIGNATURE_FIELDS: readonly Field[] = ['name', 'account', 'owner', 'team', 'amount', 'currency', 'status', 'created', 'closed'];

/** Status value map lookup: the exact value first, then one entry equal ignoring case and spaces. */
function mapValue<T>(map: Readonly<Record<string, T>>, value: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(map, value)) return map[value];
  const wanted = value.trim().toLowerCase();
  const keys = Object.keys(map).filter((k) => k.trim().toLowerCase() === wanted);
  return keys.length === 1 ? map[keys[0]] : undefined;
}

interface RowResult {
  base: Base;
  stage?: StageEntry;
  signature: string[];
  /** The earliest date on the row, epoch ms. */
  earliest: number;
}

function readRow(raw: CsvRawRow, columns: Partial<Record<Field, number>>, options: OpportunitiesCsvOptions): RowResult | CsvRowError[] {
  const errors: CsvRowError[] = [];
  // A field fed by a default or the lookup file is still named, so the message says where to look.
  const columnName = (field: Field): string => options.mapping[field] || options.lookup?.columns[field] || `${field} (default)`;
  const fail = (field: Field | undefined, reason: string): void => {
    errors.push(new CsvRowError(raw.row, raw.line, field === undefined ? undefined : columnName(field), reason));
  };
  if (raw.problem !== undefined) return [new CsvRowError(raw.row, raw.line, undefined, raw.problem)];
  const fileCell = (field: Field): string => {
    const index = columns[field];
    return index === undefined ? '' : sanitizeText(raw.fields[index] ?? '');
  };
  const cell = (field: Field): string => {
    const value = fileCell(field);
    if (value !== '') return value;
    const lookup = options.lookup;
    const looked = lookup !== undefined && lookup.columns[field] !== undefined ? lookup.rows.get(fileCell(lookup.match))?.[field] ?? '' : '';
    return looked !== '' ? looked : options.defaults?.[field] ?? '';
  };
  const text = (field: Field, required: boolean): string | undefined => {
    const value = cell(field);
    if (value.length > MAX_FIELD_LENGTH) fail(field, `is ${value.length} characters long; the limit is ${MAX_FIELD_LENGTH}`);
    else if (value !== '') return value;
    else if (required) fail(field, 'is empty: every opportunity needs it; fill it in the file or give the mapping a default');
    return undefined;
  };
  const date = (field: OpportunityDateField): number | undefined => {
    const value = cell(field);
    if (value === '') return undefined;
    const format = options.dateFormats?.[field] ?? options.dateOrder;
    const parsed = parseDateInFormat(value, format);
    if (parsed.ok) return parsed.value;
    fail(field, parsed.reason);
    return undefined;
  };

  const id = text('id', true);
  const name = text('name', false);
  const account = text('account', true);
  const owner = text('owner', true);
  const team = text('team', false);
  const currency = text('currency', false);
  let amount: number | undefined;
  const rawAmount = cell('amount');
  if (rawAmount === '') fail('amount', 'is empty: write 0 when the amount is not known yet, or give the mapping a default');
  else {
    const parsed = parseAmount(rawAmount, options.decimalSeparator);
    if (!parsed.ok) fail('amount', parsed.reason);
    else if (parsed.value < 0) fail('amount', `"${rawAmount}" is negative; an opportunity amount is zero or more`);
    else amount = parsed.value;
  }
  const rawStatus = cell('status');
  const statusMap = options.values?.status;
  let status: OpportunityStatus | undefined;
  if (statusMap !== undefined) {
    status = mapValue(statusMap, rawStatus);
    if (status === undefined) fail('status', `"${rawStatus}" has no status in the mapping; map it to one of ${OPPORTUNITY_STATUSES.join(', ')}`);
  } else {
    const normalised = rawStatus.toLowerCase().replace(/\s+/g, '-');
    status = OPPORTUNITY_STATUSES.find((s) => s === normalised);
    if (status === undefined) fail('status', `"${rawStatus}" is not a status; use one of ${OPPORTUNITY_STATUSES.join(', ')}`);
  }
  const createdAt = date('created');
  const closedAt = date('closed');
  if (createdAt !== undefined && closedAt !== undefined && closedAt < createdAt) fail('closed', 'is before the created date');
  let stageId = text('stage', false);
  const stageMap = options.values?.stage;
  if (stageId !== undefined && stageMap !== undefined) {
    const mapped = mapValue(stageMap, stageId);
    if (mapped === undefined) fail('stage', `"${stageId}" has no blueprint stage in the mapping; map it to a stage, or to "no stage"`);
    stageId = mapped === '' ? undefined : mapped;
  }
  const stageEnteredMapped = (options.mapping.stageEntered ?? '') !== '';
  let enteredAt = date('stageEntered');
  // Without an array per row: this runs for every row of files with 100,000 rows.
  let earliest = NaN;
  if (createdAt !== undefined) earliest = createdAt;
  if (closedAt !== undefined && !(closedAt >= earliest)) earliest = closedAt;
  if (enteredAt !== undefined && !(enteredAt >= earliest)) earliest = enteredAt;
  if (stageEnteredMapped) {
    if ((stageId === undefined) !== (enteredAt === undefined) && errors.length === 0) {
      fail(stageId === undefined ? 'stage' : 'stageEntered', 'must be filled together with the other stage column (or both left empty)');
    }
  } else if (stageId !== undefined) {
    // One row per deal, without the date its stage was entered: the deal's own start is the best
    // date the file gives (the stage history then says "in this stage since it was created").
    enteredAt = createdAt ?? earliest;
  }
  if (createdAt === undefined && Number.isNaN(earliest) && errors.length === 0) {
    fail('created', 'is empty and the row has no other date: map the column with the created date, or give the mapping a default');
  }
  if (errors.length > 0 || id === undefined || account === undefined || owner === undefined || amount === undefined || status === undefined) {
    return errors;
  }
  const base: Base = {
    id,
    ...(name !== undefined && { name }),
    account,
    owner,
    ...(team !== undefined && { team }),
    amount,
    ...(currency !== undefined && { currency }),
    status,
    ...(createdAt !== undefined && { createdAt }),
    ...(closedAt !== undefined && { closedAt })
  };
  const signature = SIGNATURE_FIELDS.map((f) => String((base as unknown as Record<string, unknown>)[f === 'created' ? 'createdAt' : f === 'closed' ? 'closedAt' : f] ?? ''));
  return stageId !== undefined && enteredAt !== undefined && !Number.isNaN(enteredAt) ? { base, signature, earliest, stage: { stageId, enteredAt } } : { base, signature, earliest };
}

/** Reads numbered rows into opportunities; see {@link readOpportunityRows}. */
export interface OpportunityRowReader {
  add(raw: CsvRawRow): void;
  finish(): OpportunitiesCsvResult;
}

/**
 * Creates the reader for one file: rows are added in file order, `finish` groups them into
 * opportunities (layout and rules in opportunitiesCsv.ts).
 *
 * @throws CsvMappingError (from `createOpportunityRowReader`) when the header lacks a mapped column
 */
export function createOpportunityRowReader(header: readonly string[], options: OpportunitiesCsvOptions): OpportunityRowReader {
  const columns = resolveColumns<Field>(header, options.mapping);
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ROW_ERRORS;
  const drafts = new Map<string, Draft>();
  const errors: CsvRowError[] = [];
  let rejected = 0;
  const reject = (list: readonly CsvRowError[]): void => {
    rejected += 1;
    for (const e of list) if (errors.length < maxErrors) errors.push(e);
  };
  return {
    add(raw) {
      const result = readRow(raw, columns, options);
      if (Array.isArray(result)) return reject(result);
      const draft = drafts.get(result.base.id);
      if (draft === undefined) {
        drafts.set(result.base.id, { base: result.base, firstRow: raw.row, signature: result.signature, stages: result.stage ? [result.stage] : [], earliest: result.earliest });
        return;
      }
      const differs = SIGNATURE_FIELDS.findIndex((_, i) => draft.signature[i] !== result.signature[i]);
      if (differs >= 0) {
        const field = SIGNATURE_FIELDS[differs];
        return reject([new CsvRowError(raw.row, raw.line, options.mapping[field], `differs from row ${draft.firstRow} of the same opportunity; every row of one opportunity must repeat the same value`)]);
      }
      if (result.stage) draft.stages.push(result.stage);
      draft.earliest = Math.min(draft.earliest, result.earliest);
    },
    finish() {
      const records: Opportunity[] = [];
      let createdFromEarliestDate = 0;
      drafts.forEach((draft) => {
        // Array.prototype.sort is stable (ES2019), so entries at the same instant keep file order.
        const stageHistory = [...draft.stages].sort((a, b) => a.enteredAt - b.enteredAt);
        if (draft.base.createdAt === undefined) createdFromEarliestDate += 1;
        records.push({ ...draft.base, createdAt: draft.base.createdAt ?? draft.earliest, stageHistory });
      });
      return { records, errors, accepted: records.length, rejected, createdFromEarliestDate };
    }
  };
}

/** Reads rows that are already split into fields (the mapping step's table) into opportunities. */
export function readOpportunityRows(header: readonly string[], rows: Iterable<CsvRawRow>, options: OpportunitiesCsvOptions): OpportunitiesCsvResult {
  const reader = createOpportunityRowReader(header, options);
  for (const raw of rows) reader.add(raw);
  return reader.finish();
}
