/**
 * What every CSV reader here shares: the papaparse settings, the header row, physical line numbers,
 * blank lines, binary detection and the file-level errors. Parsing itself is papaparse's job.
 */
import type { ParseError } from 'papaparse';
import { CsvFileError } from '../errors';
import { sanitizeText } from '../text/sanitizeText';

/** The delimiters spreadsheet and workflow exports use. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * papaparse settings used by every reader: arrays rather than objects (we own the header so that
 * duplicate and trailing-empty headers are handled explicitly), no type guessing (values stay text
 * until a field parser reads them), blank lines kept so physical line numbers stay right, and the
 * delimiter decided once from the header line by {@link detectDelimiter}.
 */
export function papaSettings(delimiter: CsvDelimiter): { header: false; skipEmptyLines: false; dynamicTyping: false; delimiter: CsvDelimiter } {
  return { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter };
}

/**
 * Picks the delimiter from the first line of a file: whichever of tab, semicolon and comma occurs most
 * often outside double quotes (ties prefer tab, then semicolon: a header holding one of those almost
 * never holds it by accident, while commas turn up in names). papaparse's own guess looks at the
 * whole first chunk and, on short files or a chunk that ends mid-header, falls back to comma; the
 * header line alone is what decides the columns.
 *
 * @param sample - the start of the file (at least its first line); a BOM is ignored
 * @returns `,` when the first line holds none of them (a one-column file)
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { '\t': 0, ';': 0, ',': 0 };
  const text = sample.replace(/^[\ufeff\r\n]+/, '');
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  let best: CsvDelimiter = ',';
  for (const candidate of [';', '\t'] as const) if (counts[candidate] > 0 && counts[candidate] >= counts[best]) best = candidate;
  return best;
}

/** One data row with where it came from. */
export interface CsvRawRow {
  /** 1-based data row. */
  readonly row: number;
  /** 1-based physical line the row starts on. */
  readonly line: number;
  readonly fields: readonly string[];
  /** Set when the row is malformed as CSV (bad quotes, surplus fields); the row must be rejected. */
  readonly problem?: string;
}

/** Feeds papaparse rows in file order; see {@link createRowCursor}. */
export interface CsvRowCursor {
  /** The cleaned header, once the first non-blank row has been seen. */
  header(): readonly string[] | undefined;
  /** Returns the data row, or `undefined` for the header row and blank lines. */
  next(fields: readonly string[], quoteError?: ParseError): CsvRawRow | undefined;
  /** Data rows seen so far. */
  rows(): number;
  /** Throws the file-level error for an empty or header-only file. */
  finish(): void;
}

// eslint-disable-next-line no-control-regex
const BINARY_CONTROLS: RegExp = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g;
const LINE_BREAK: RegExp = /\r\n|\r|\n/g;

/**
 * True when a text sample is evidently not a CSV export: it holds a NUL (also the sign of a UTF-16
 * file), or more than 8 and more than 1 % of its characters are control characters or U+FFFD (bytes
 * that were not valid UTF-8). Real exports hold next to none (a stray escape in a name is cleaned per
 * field); a spreadsheet saved as .xlsx, a zip or an image hold plenty.
 *
 * @param sample - the first characters of the file (64 Ki characters is plenty)
 */
export function looksBinary(sample: string): boolean {
  if (sample.indexOf('\u0000') >= 0) return true;
  const hits = sample.match(BINARY_CONTROLS)?.length ?? 0;
  return hits > 8 && hits > sample.length / 100;
}

/** Throws the typed error for a sample that {@link looksBinary}. */
export function assertText(sample: string): void {
  if (looksBinary(sample)) {
    throw new CsvFileError(
      'binary',
      'The file is not a CSV text file (it contains binary data). Save or export it as "CSV UTF-8" and import that file.'
    );
  }
}

/** Line breaks (CRLF, CR or LF) inside quoted fields; the common row has none and costs no regex. */
function lineBreaksIn(fields: readonly string[]): number {
  let breaks = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) breaks += field.match(LINE_BREAK)?.length ?? 0;
  }
  return breaks;
}

/** True for an empty line or one holding only delimiters and spaces. */
function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
}

function quoteReason(error: ParseError): string {
  return error.code === 'MissingQuotes'
    ? 'a quoted field is never closed: add the closing " or remove the opening one'
    : 'a quote inside a quoted field must be written twice ("")';
}

/**
 * Creates the state that turns papaparse's arrays into numbered data rows. The first non-blank row is
 * the header: a byte order mark is dropped, cells are cleaned with `sanitizeText`, trailing empty
 * cells (a trailing delimiter) are ignored, and duplicate non-empty headers are refused because a
 * mapping could not say which one it means. Lines that are empty or hold only delimiters are skipped.
 *
 * @throws CsvFileError('duplicate-header') from `next` on the header row
 */
export function createRowCursor(): CsvRowCursor {
  let header: string[] | undefined;
  let line = 1;
  let rows = 0;
  return {
    header: () => header,
    rows: () => rows,
    next(fields, quoteError) {
      const startLine = line;
      line += 1 + lineBreaksIn(fields);
      if (isBlank(fields)) return undefined;
      if (header === undefined) {
        const cells = fields.map((f, i) => sanitizeText(i === 0 ? f.replace(/^\ufeff/, '') : f));
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        const seen = new Set<string>();
        const duplicates = cells.filter((c) => c !== '' && (seen.has(c) || !seen.add(c)));
        if (duplicates.length > 0) {
          throw new CsvFileError(
            'duplicate-header',
            `The header names ${duplicates.map((d) => `"${d}"`).join(', ')} more than once: rename the duplicate columns.`
          );
        }
        header = cells;
        return undefined;
      }
      rows += 1;
      if (quoteError) return { row: rows, line: startLine, fields, problem: quoteReason(quoteError) };
      for (let i = header.length; i < fields.length; i++) {
        if (fields[i].trim() !== '') {
          return {
            row: rows,
            line: startLine,
            fields,
            problem: `the row has ${fields.length} fields but the header has ${header.length}: quote values that contain the delimiter`
          };
        }
      }
      return { row: rows, line: startLine, fields };
    },
    finish() {
      if (header === undefined) throw new CsvFileError('empty', 'The file is empty: export the data again with a header row.');
      if (rows === 0) throw new CsvFileError('header-only', 'The file has a header but no data rows.');
    }
  };
}
