/**
 * Opportunities from CSV. Layout (one documented choice): ONE ROW PER STAGE ENTRY, the way CRM
 * "opportunity history" reports export it. Each row repeats the opportunity's columns and adds the
 * stage it entered and when; an opportunity without history is one row with empty stage columns.
 *
 *   Id,Name,Account,Owner,Team,Amount,Currency,Status,Created,Closed,Stage,StageEntered
 *   O-1,Big deal,Fabrikam,ann,East,"1,200.50",EUR,won,2024-01-02,2024-03-01,qualify,2024-01-02
 *   O-1,Big deal,Fabrikam,ann,East,"1,200.50",EUR,won,2024-01-02,2024-03-01,propose,2024-02-01
 *
 * The first good row of an opportunity sets its fields; a later row that disagrees is refused (and
 * names the row it disagrees with). Refused rows are skipped: the opportunity keeps its good rows.
 */
import * as Papa from 'papaparse';
import { CsvRowError, InputTooLargeError } from '../../core/errors';
import type { Opportunity, OpportunityStatus, StageEntry } from '../../core/model/interaction';
import { parseDateTime, type DateOrder } from '../dates/parseDateTime';
import { sanitizeText } from '../text/sanitizeText';
import { assertText, createRowCursor, detectDelimiter, papaSettings, type CsvRawRow } from './csvRows';
import { MAX_FIELD_LENGTH } from './interactionRow';
import { DEFAULT_MAX_ROW_ERRORS, MAX_IN_MEMORY_CSV_CHARS } from './interactionsCsv';
import { resolveColumns } from './mapping';
import { OPPORTUNITY_CSV_PRESETS, type OpportunityColumnMapping, type OpportunityCsvPreset } from './opportunityPresets';
import { parseAmount, type DecimalSeparator } from './parseAmount';

export { OPPORTUNITY_CSV_PRESETS, type OpportunityColumnMapping, type OpportunityCsvPreset };

export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];

export interface OpportunitiesCsvOptions {
  readonly mapping: OpportunityColumnMapping;
  readonly dateOrder: DateOrder;
  readonly decimalSeparator: DecimalSeparator;
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
}

type Field = keyof OpportunityColumnMapping;
type Base = Omit<Opportunity, 'stageHistory'>;

interface Draft {
  readonly base: Base;
  readonly firstRow: number;
  readonly signature: readonly string[];
  readonly stages: StageEntry[];
}

const SIGNATURE_FIELDS: readonly Field[] = ['name', 'account', 'owner', 'team', 'amount', 'currency', 'status', 'created', 'closed'];

function readRow(raw: CsvRawRow, columns: Partial<Record<Field, number>>, options: OpportunitiesCsvOptions): { base: Base; stage?: StageEntry; signature: string[] } | CsvRowError[] {
  const errors: CsvRowError[] = [];
  const fail = (field: Field | undefined, reason: string): void => {
    errors.push(new CsvRowError(raw.row, raw.line, field === undefined ? undefined : options.mapping[field], reason));
  };
  if (raw.problem !== undefined) return [new CsvRowError(raw.row, raw.line, undefined, raw.problem)];
  const cell = (field: Field): string => {
    const index = columns[field];
    return index === undefined ? '' : sanitizeText(raw.fields[index] ?? '');
  };
  const text = (field: Field, required: boolean): string | undefined => {
    const value = cell(field);
    if (value.length > MAX_FIELD_LENGTH) fail(field, `is ${value.length} characters long; the limit is ${MAX_FIELD_LENGTH}`);
    else if (value !== '') return value;
    else if (required) fail(field, 'is empty: every opportunity needs it');
    return undefined;
  };
  const date = (field: Field, required: boolean): number | undefined => {
    const value = cell(field);
    if (value === '') {
      if (required) fail(field, 'is empty: every opportunity needs it');
      return undefined;
    }
    const parsed = parseDateTime(value, options.dateOrder);
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
  if (rawAmount === '') fail('amount', 'is empty: write 0 when the amount is not known yet');
  else {
    const parsed = parseAmount(rawAmount, options.decimalSeparator);
    if (!parsed.ok) fail('amount', parsed.reason);
    else if (parsed.value < 0) fail('amount', `"${rawAmount}" is negative; an opportunity amount is zero or more`);
    else amount = parsed.value;
  }
  const rawStatus = cell('status').toLowerCase().replace(/\s+/g, '-');
  const status = OPPORTUNITY_STATUSES.find((s) => s === rawStatus);
  if (status === undefined) fail('status', `"${cell('status')}" is not a status; use one of ${OPPORTUNITY_STATUSES.join(', ')}`);
  const createdAt = date('created', true);
  const closedAt = date('closed', false);
  if (createdAt !== undefined && closedAt !== undefined && closedAt < createdAt) fail('closed', 'is before the created date');
  const stageId = text('stage', false);
  const enteredAt = date('stageEntered', false);
  if ((stageId === undefined) !== (enteredAt === undefined) && errors.length === 0) {
    fail(stageId === undefined ? 'stage' : 'stageEntered', 'must be filled together with the other stage column (or both left empty)');
  }
  if (errors.length > 0 || id === undefined || account === undefined || owner === undefined || amount === undefined || status === undefined || createdAt === undefined) {
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
    createdAt,
    ...(closedAt !== undefined && { closedAt })
  };
  const signature = SIGNATURE_FIELDS.map((f) => String((base as unknown as Record<string, unknown>)[f === 'created' ? 'createdAt' : f === 'closed' ? 'closedAt' : f] ?? ''));
  return stageId !== undefined && enteredAt !== undefined ? { base, signature, stage: { stageId, enteredAt } } : { base, signature };
}

/**
 * Imports opportunities (layout above) from CSV text; the same file rules as `parseInteractionsCsv`
 * (delimiter, BOM, CRLF, quoted newlines, size limit, typed file and mapping errors).
 *
 * @throws InputTooLargeError, CsvFileError, CsvMappingError
 */
export function parseOpportunitiesCsv(text: string, options: OpportunitiesCsvOptions): OpportunitiesCsvResult {
  if (text.length > MAX_IN_MEMORY_CSV_CHARS) {
    throw new InputTooLargeError(MAX_IN_MEMORY_CSV_CHARS, text.length, 'Split the opportunities file into smaller files.');
  }
  const head = text.slice(0, 65536);
  assertText(head);
  const parsed = Papa.parse<string[]>(text, papaSettings(detectDelimiter(head)));
  const quoteErrors = new Map(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row as number, e]));
  const cursor = createRowCursor();
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ROW_ERRORS;
  const drafts = new Map<string, Draft>();
  const errors: CsvRowError[] = [];
  let rejected = 0;
  let columns: Partial<Record<Field, number>> | undefined;
  const reject = (list: readonly CsvRowError[]): void => {
    rejected += 1;
    for (const e of list) if (errors.length < maxErrors) errors.push(e);
  };

  parsed.data.forEach((fields, index) => {
    const raw = cursor.next(fields, quoteErrors.get(index));
    if (raw === undefined) return;
    columns = columns ?? resolveColumns<Field>(cursor.header() ?? [], options.mapping);
    const result = readRow(raw, columns, options);
    if (Array.isArray(result)) return reject(result);
    const draft = drafts.get(result.base.id);
    if (draft === undefined) {
      drafts.set(result.base.id, { base: result.base, firstRow: raw.row, signature: result.signature, stages: result.stage ? [result.stage] : [] });
      return;
    }
    const differs = SIGNATURE_FIELDS.findIndex((_, i) => draft.signature[i] !== result.signature[i]);
    if (differs >= 0) {
      const field = SIGNATURE_FIELDS[differs];
      return reject([new CsvRowError(raw.row, raw.line, options.mapping[field], `differs from row ${draft.firstRow} of the same opportunity; every row of one opportunity must repeat the same value`)]);
    }
    if (result.stage) draft.stages.push(result.stage);
  });
  if (columns === undefined && cursor.header() !== undefined) resolveColumns<Field>(cursor.header() ?? [], options.mapping);
  cursor.finish();

  const records: Opportunity[] = [];
  drafts.forEach((draft) => {
    // Array.prototype.sort is stable (ES2019), so entries at the same instant keep file order.
    const stageHistory = [...draft.stages].sort((a, b) => a.enteredAt - b.enteredAt);
    records.push({ ...draft.base, stageHistory });
  });
  return { records, errors, accepted: records.length, rejected };
}
