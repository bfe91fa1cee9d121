/**
 * A leads file (any CRM's lead export) as a table of text: the header row names the columns, each
 * further row is one lead. No column is interpreted here; lead scoring decides what is a feature.
 */
import * as Papa from 'papaparse';
import { CsvFileError } from '../errors';
import { detectDelimiter, papaSettings } from './csvRows';

export interface LeadsCsv {
  readonly columns: readonly string[];
  /** One record per lead, header -> cell text (trimmed); blank lines are skipped. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Reads a leads CSV (comma, semicolon or tab, detected from the first line; a UTF-8 byte order mark is dropped).
 * @throws CsvFileError when the file has no header row or repeats a column name
 */
export function readLeadsCsv(text: string): LeadsCsv {
  const body = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(body, papaSettings(detectDelimiter(body.slice(0, 4096))));
  const [header, ...records] = parsed.data.filter((r) => r.some((cell) => cell.trim() !== ''));
  if (header === undefined) throw new CsvFileError('empty', 'The leads file is empty: it needs a header row naming the columns.');
  const columns = header.map((h) => h.trim());
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (repeated.length > 0) throw new CsvFileError('duplicate-header', `The leads file names the column "${repeated[0]}" twice.`);
  return { columns, rows: records.map((r) => Object.fromEntries(columns.map((c, i) => [c, (r[i] ?? '').trim()]))) };
}
