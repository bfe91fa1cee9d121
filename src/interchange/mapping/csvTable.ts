/**
 * A whole CSV file as a header and rows of text, for the mapping step: it looks at every row (value
 * census, date formats) before anything is imported. The same file rules as the importers (delimiter,
 * BOM, binary refusal, duplicate headers, size limit).
 */
import * as Papa from 'papaparse';
import { InputTooLargeError } from '../errors';
import { assertText, createRowCursor, detectDelimiter, papaSettings, type CsvRawRow } from '../csv/csvRows';
import { MAX_IN_MEMORY_CSV_CHARS } from '../csv/interactionsCsv';
import { sanitizeText } from '../text/sanitizeText';

export interface CsvTextTable {
  readonly header: readonly string[];
  /** Data rows (blank lines dropped), cells cleaned like the importers clean them. */
  readonly rows: readonly (readonly string[])[];
  /** The same rows as read, with their row and line numbers and CSV problems, for `readOpportunityRows`. */
  readonly raw: readonly CsvRawRow[];
}

/**
 * @throws InputTooLargeError, CsvFileError (empty, header only, binary, duplicate headers)
 */
export function readCsvTable(text: string): CsvTextTable {
  if (text.length > MAX_IN_MEMORY_CSV_CHARS) throw new InputTooLargeError(MAX_IN_MEMORY_CSV_CHARS, text.length, 'Split the file into smaller files.');
  const head = text.slice(0, 65536);
  assertText(head);
  const parsed = Papa.parse<string[]>(text, papaSettings(detectDelimiter(head)));
  const cursor = createRowCursor();
  const quoteErrors = new Map(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row as number, e]));
  const rows: string[][] = [];
  const raws: CsvRawRow[] = [];
  parsed.data.forEach((fields, index) => {
    const raw = cursor.next(fields, quoteErrors.get(index));
    if (raw === undefined) return;
    raws.push(raw);
    rows.push(raw.fields.map((f) => sanitizeText(f)));
  });
  cursor.finish();
  return { header: cursor.header() ?? [], rows, raw: raws };
}
