/**
 * The second file of a lookup join (e.g. `sales_teams.csv`: seller -> manager, regional office), read
 * into a table the opportunities reader consults where the main file leaves a field empty.
 */
import * as Papa from 'papaparse';
import { CsvRowError } from '../errors';
import { assertText, createRowCursor, detectDelimiter, papaSettings } from '../csv/csvRows';
import { resolveColumns } from '../csv/mapping';
import { sanitizeText } from '../text/sanitizeText';
import type { LookupMapping, OpportunityColumns, OpportunityField } from './fileMapping';

export interface LookupTable {
  /** The main file's field whose value is the key. */
  readonly match: OpportunityField;
  /** Which fields the table supplies (field -> the lookup file's header). */
  readonly columns: OpportunityColumns;
  /** Key -> field values. */
  readonly rows: ReadonlyMap<string, Readonly<Partial<Record<OpportunityField, string>>>>;
}

export interface LookupTableResult {
  readonly table: LookupTable;
  /** Rows refused: an empty key, or a key already seen with other values (the first row wins). */
  readonly errors: CsvRowError[];
}

/**
 * Reads the lookup file of a mapping. Keys are compared exactly (after trimming).
 *
 * @throws CsvFileError for an empty or binary file; CsvMappingError when `key` or a mapped column is missing
 */
export function readLookupTable(text: string, lookup: LookupMapping): LookupTableResult {
  assertText(text.slice(0, 65536));
  const parsed = Papa.parse<string[]>(text, papaSettings(detectDelimiter(text.slice(0, 65536))));
  const cursor = createRowCursor();
  const rows = new Map<string, Partial<Record<OpportunityField, string>>>();
  const firstRow = new Map<string, number>();
  const errors: CsvRowError[] = [];
  const fields = Object.keys(lookup.columns) as OpportunityField[];
  let indexes: Partial<Record<OpportunityField | '__key', number>> | undefined;
  parsed.data.forEach((cells) => {
    const raw = cursor.next(cells);
    if (raw === undefined) return;
    indexes = indexes ?? resolveColumns<OpportunityField | '__key'>(cursor.header() ?? [], { ...lookup.columns, __key: lookup.key });
    const at = (index: number | undefined): string => (index === undefined ? '' : sanitizeText(raw.fields[index] ?? ''));
    const key = at(indexes.__key);
    if (key === '') {
      errors.push(new CsvRowError(raw.row, raw.line, lookup.key, 'is empty: every row of the lookup file needs its key'));
      return;
    }
    const values: Partial<Record<OpportunityField, string>> = {};
    fields.forEach((field) => {
      const value = at(indexes?.[field]);
      if (value !== '') values[field] = value;
    });
    const seen = rows.get(key);
    if (seen === undefined) {
      rows.set(key, values);
      firstRow.set(key, raw.row);
    } else if (fields.some((f) => seen[f] !== values[f])) {
      errors.push(new CsvRowError(raw.row, raw.line, lookup.key, `"${key}" is on row ${firstRow.get(key)} already, with other values; keep one row per key (the first is used)`));
    }
  });
  cursor.finish();
  return { table: { match: lookup.match, columns: lookup.columns, rows }, errors };
}
