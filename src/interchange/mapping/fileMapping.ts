/**
 * The mapping JSON a user keeps for a file layout: which column feeds which field, how each date column
 * is written, how the file's status and stage values translate into the product's closed vocabularies,
 * defaults for cells a file leaves empty, and an optional lookup in a second file (the seller-to-team
 * table CRM exports keep apart). The dashboard's mapping step and `check --mapping` read the same JSON.
 *
 *   {
 *     "kind": "opportunities",
 *     "columns": { "id": "opportunity_id", "owner": "sales_agent", "status": "deal_stage", "stage": "deal_stage", ... },
 *     "dateFormats": { "created": "month-first", "closed": "month-first" },
 *     "values": { "status": { "Won": "won", "Lost": "lost", "Engaging": "open" }, "stage": { "Engaging": "propose", "Won": "" } },
 *     "defaults": { "amount": "0" },
 *     "lookup": { "file": "sales_teams.csv", "key": "sales_agent", "match": "owner", "columns": { "team": "regional_office" } }
 *   }
 */
import { FileMappingError } from '../errors';
import { type ValidationProblem } from '../../core';
import type { OpportunityStatus } from '../../core/model';
import { DATE_FORMATS, type DateFormat } from '../dates/dateFormat';
import type { DecimalSeparator } from '../csv/parseAmount';

/** Every field an opportunity row can feed, in the order the mapping step lists them. */
export const OPPORTUNITY_FIELDS = ['id', 'name', 'account', 'owner', 'team', 'amount', 'currency', 'status', 'created', 'closed', 'stage', 'stageEntered'] as const;
export type OpportunityField = (typeof OPPORTUNITY_FIELDS)[number];

export const OPPORTUNITY_DATE_FIELDS = ['created', 'closed', 'stageEntered'] as const;
export type OpportunityDateField = (typeof OPPORTUNITY_DATE_FIELDS)[number];

const STATUSES: readonly OpportunityStatus[] = ['open', 'won', 'lost', 'no-decision'];

/**
 * Fields an import cannot do without, each with what it is needed for (the message a user reads when
 * the file lacks it). A required field may still come from `defaults` instead of a column. The created
 * date is not here: a deal without one takes the earliest date the file has for it.
 */
export const REQUIRED_OPPORTUNITY_FIELDS: Readonly<Partial<Record<OpportunityField, string>>> = {
  id: 'to recognise each deal when the file is imported again',
  account: 'to group deals by customer',
  owner: 'to show each seller their deals and send them their alerts',
  amount: 'for pipeline value and value at risk (a default of 0 is allowed)',
  status: 'to tell open deals from won, lost and no-decision ones'
};

/** Field -> header of the file; a field left out is not read from the file. */
export type OpportunityColumns = Readonly<Partial<Record<OpportunityField, string>>>;

/**
 * File value -> product value. Status values map to a status; stage values map to a blueprint stage id,
 * or to `""` for a value that is no stage (an outcome such as "Won" in a column that mixes both).
 */
export interface OpportunityValueMaps {
  readonly status?: Readonly<Record<string, OpportunityStatus>>;
  readonly stage?: Readonly<Record<string, string>>;
}

/** A second file joined on one field, e.g. the team of each seller: `match` field value = `key` column. */
export interface LookupMapping {
  /** The file's name, for the user and for `check`, which reads it beside the mapping file. */
  readonly file?: string;
  /** Header of the lookup file's key column. */
  readonly key: string;
  /** The field of the main file whose value is looked up. */
  readonly match: OpportunityField;
  /** Field -> header of the lookup file; used where the main file has no value. */
  readonly columns: OpportunityColumns;
}

export interface OpportunityFileMapping {
  readonly kind: 'opportunities';
  readonly name?: string;
  readonly columns: OpportunityColumns;
  /** Format of every date column without its own entry in `dateFormats`; default `iso`. */
  readonly dateOrder?: DateFormat;
  readonly dateFormats?: Readonly<Partial<Record<OpportunityDateField, DateFormat>>>;
  /** Default `.`. */
  readonly decimalSeparator?: DecimalSeparator;
  readonly values?: OpportunityValueMaps;
  /** Field -> value used where the column is not mapped or the cell is empty. */
  readonly defaults?: Readonly<Partial<Record<OpportunityField, string>>>;
  readonly lookup?: LookupMapping;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isField = (value: string): value is OpportunityField => (OPPORTUNITY_FIELDS as readonly string[]).includes(value);

function fieldRecord(value: unknown, path: string, problems: ValidationProblem[], allowed: readonly string[] = OPPORTUNITY_FIELDS): Record<string, string> {
  const result: Record<string, string> = {};
  if (value === undefined) return result;
  if (!isRecord(value)) {
    problems.push({ code: 'not-an-object', path, message: `${path} must be an object of field names to text` });
    return result;
  }
  Object.keys(value).forEach((key) => {
    const entry = value[key];
    if (!allowed.includes(key)) problems.push({ code: 'unknown-field', path: `${path}/${key}`, message: `"${key}" is not a field; use one of ${allowed.join(', ')}` });
    else if (typeof entry !== 'string') problems.push({ code: 'not-text', path: `${path}/${key}`, message: `${path}/${key} must be text` });
    else result[key] = entry;
  });
  return result;
}

function valueMap<T extends string>(value: unknown, path: string, allowed: readonly T[] | undefined, problems: ValidationProblem[]): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.push({ code: 'not-an-object', path, message: `${path} must be an object of file values to product values` });
    return undefined;
  }
  const result: Record<string, T> = {};
  Object.keys(value).forEach((key) => {
    const entry = value[key];
    if (typeof entry !== 'string' || (allowed !== undefined && !(allowed as readonly string[]).includes(entry))) {
      problems.push({ code: 'bad-value', path: `${path}/${key}`, message: `"${key}" maps to ${JSON.stringify(entry)}; use ${allowed === undefined ? 'a stage id or ""' : `one of ${allowed.join(', ')}`}` });
    } else result[key] = entry as T;
  });
  return result;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], problems: ValidationProblem[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ code: 'bad-value', path, message: `${path} is ${JSON.stringify(value)}; use one of ${allowed.join(', ')}` });
  return undefined;
}

/**
 * Checks a parsed mapping JSON document and returns it typed. Unknown fields, formats and statuses
 * are refused rather than ignored: a typo would otherwise drop a column without a word.
 *
 * @throws FileMappingError with every problem found, each addressed by a JSON pointer
 */
export function readOpportunityMapping(json: unknown): OpportunityFileMapping {
  const problems: ValidationProblem[] = [];
  if (!isRecord(json)) throw new FileMappingError([{ code: 'not-an-object', path: '', message: 'a mapping is a JSON object with "kind" and "columns"' }]);
  if (json.kind !== 'opportunities') problems.push({ code: 'wrong-kind', path: '/kind', message: `the mapping is for ${JSON.stringify(json.kind)} files, not "opportunities"` });
  const columns = fieldRecord(json.columns, '/columns', problems);
  const dateOrder = oneOf(json.dateOrder, '/dateOrder', DATE_FORMATS, problems);
  const dateFormats: Record<string, DateFormat> = {};
  Object.entries(fieldRecord(json.dateFormats, '/dateFormats', problems, OPPORTUNITY_DATE_FIELDS)).forEach(([field, format]) => {
    const checked = oneOf(format, `/dateFormats/${field}`, DATE_FORMATS, problems);
    if (checked !== undefined) dateFormats[field] = checked;
  });
  const decimalSeparator = oneOf(json.decimalSeparator, '/decimalSeparator', ['.', ','] as const, problems);
  let values: OpportunityValueMaps | undefined;
  if (json.values !== undefined) {
    if (!isRecord(json.values)) problems.push({ code: 'not-an-object', path: '/values', message: '/values must be an object with "status" and/or "stage"' });
    else {
      const status = valueMap(json.values.status, '/values/status', STATUSES, problems);
      const stage = valueMap<string>(json.values.stage, '/values/stage', undefined, problems);
      values = { ...(status && { status }), ...(stage && { stage }) };
    }
  }
  const defaults = fieldRecord(json.defaults, '/defaults', problems);
  let lookup: LookupMapping | undefined;
  if (json.lookup !== undefined) {
    const raw = json.lookup;
    if (!isRecord(raw) || typeof raw.key !== 'string' || typeof raw.match !== 'string' || !isField(raw.match)) {
      problems.push({ code: 'bad-lookup', path: '/lookup', message: '/lookup needs "key" (a header of the lookup file), "match" (a field) and "columns"' });
    } else {
      lookup = { ...(typeof raw.file === 'string' && { file: raw.file }), key: raw.key, match: raw.match, columns: fieldRecord(raw.columns, '/lookup/columns', problems) };
    }
  }
  if (problems.length > 0) throw new FileMappingError(problems);
  return {
    kind: 'opportunities',
    ...(typeof json.name === 'string' && { name: json.name }),
    columns,
    ...(dateOrder && { dateOrder }),
    ...(Object.keys(dateFormats).length > 0 && { dateFormats }),
    ...(decimalSeparator && { decimalSeparator }),
    ...(values && { values }),
    ...(Object.keys(defaults).length > 0 && { defaults }),
    ...(lookup && { lookup })
  };
}

/** The date format of one date field under a mapping. */
export function dateFormatOf(mapping: Pick<OpportunityFileMapping, 'dateOrder' | 'dateFormats'>, field: OpportunityDateField): DateFormat {
  return mapping.dateFormats?.[field] ?? mapping.dateOrder ?? 'iso';
}

/**
 * What keeps a mapping from being used on a file with this header, before any row is read: columns
 * the file does not have (a mapping saved for other headers) and required fields with neither a column
 * nor a default, each naming what the field is needed for.
 *
 * @param header - the file's header cells
 * @param lookupHeader - the lookup file's header, when the mapping has a lookup and the file is at hand
 */
export function checkOpportunityMapping(mapping: OpportunityFileMapping, header: readonly string[], lookupHeader?: readonly string[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const has = (list: readonly string[], name: string): boolean => list.includes(name) || list.filter((h) => h.toLowerCase() === name.toLowerCase()).length === 1;
  OPPORTUNITY_FIELDS.forEach((field) => {
    const column = mapping.columns[field];
    if (column !== undefined && column !== '' && !has(header, column)) {
      problems.push({ code: 'missing-column', path: `/columns/${field}`, message: `the file has no column "${column}" for ${field}; pick one of its columns: ${header.filter((h) => h !== '').map((h) => `"${h}"`).join(', ')}` });
    }
  });
  (Object.keys(REQUIRED_OPPORTUNITY_FIELDS) as OpportunityField[]).forEach((field) => {
    const mapped = (mapping.columns[field] ?? '') !== '' || (mapping.defaults?.[field] ?? '') !== '' || (mapping.lookup?.columns[field] ?? '') !== '';
    if (!mapped) problems.push({ code: 'unmapped-field', path: `/columns/${field}`, message: `${field} is needed ${REQUIRED_OPPORTUNITY_FIELDS[field]}: pick the column that holds it, or give a default` });
  });
  if (mapping.lookup !== undefined && lookupHeader !== undefined) {
    [mapping.lookup.key, ...Object.values(mapping.lookup.columns)].forEach((column) => {
      if (column !== undefined && column !== '' && !has(lookupHeader, column)) {
        problems.push({ code: 'missing-column', path: '/lookup', message: `the lookup file has no column "${column}"; it has ${lookupHeader.map((h) => `"${h}"`).join(', ')}` });
      }
    });
  }
  return problems;
}
