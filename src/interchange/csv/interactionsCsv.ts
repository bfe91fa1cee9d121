/**
 * In-memory import of an interactions CSV (a pasted text or a small file). Large files go through
 * `importInteractionsCsvStream`, which gives the same records and keys with bounded memory.
 */
import * as Papa from 'papaparse';
import { CsvRowError, InputTooLargeError } from '../errors';
import type { Interaction } from '../../core/model';
import { assertText, createRowCursor, detectDelimiter, papaSettings } from './csvRows';
import { createInteractionRowReader, type InteractionRowOptions } from './interactionRow';

/**
 * Largest text `parseInteractionsCsv` accepts: 16 Mi UTF-16 characters (about 16 MB of a typical
 * export, some 100,000 rows). Beyond it the whole file, its rows and its records would sit in memory
 * at once; use the streaming import instead.
 */
export const MAX_IN_MEMORY_CSV_CHARS: number = 16 * 1024 * 1024;

/** Rows between two progress callbacks. */
export const PROGRESS_EVERY_ROWS: number = 5000;

/** At most this many row errors are kept by default; further rejected rows are only counted. */
export const DEFAULT_MAX_ROW_ERRORS: number = 1000;

export interface InteractionsCsvOptions extends InteractionRowOptions {
  /** Called every {@link PROGRESS_EVERY_ROWS} data rows and once at the end. */
  readonly onProgress?: (progress: { rows: number }) => void;
  /** Keep at most this many errors (default {@link DEFAULT_MAX_ROW_ERRORS}); `rejected` still counts every bad row. */
  readonly maxErrors?: number;
}

export interface InteractionsCsvResult {
  readonly records: Interaction[];
  readonly errors: CsvRowError[];
  /** Data rows imported. */
  readonly accepted: number;
  /** Data rows refused (each has at least one entry in `errors`, up to `maxErrors`). */
  readonly rejected: number;
}

/**
 * Imports interactions from CSV text. Delimiter (comma, semicolon, tab), UTF-8 BOM, CRLF or LF,
 * quoted fields with embedded newlines and trailing delimiters are handled; blank lines are skipped.
 * Bad rows are reported and skipped, never guessed at. Records come out in file order (so equal
 * timestamps keep file order when grouped into traces).
 *
 * @param text - the whole file as text (decode bytes as UTF-8 before calling)
 * @throws InputTooLargeError over {@link MAX_IN_MEMORY_CSV_CHARS}
 * @throws CsvFileError for binary content, an empty file, a header without rows, duplicate headers
 * @throws CsvMappingError when the mapping names columns the file does not have
 */
export function parseInteractionsCsv(text: string, options: InteractionsCsvOptions): InteractionsCsvResult {
  if (text.length > MAX_IN_MEMORY_CSV_CHARS) {
    throw new InputTooLargeError(
      MAX_IN_MEMORY_CSV_CHARS,
      text.length,
      'Import a file this large with the streaming import, which reads it in pieces.'
    );
  }
  const head = text.slice(0, 65536);
  assertText(head);
  const parsed = Papa.parse<string[]>(text, papaSettings(detectDelimiter(head.replace(/^\ufeff/, ''))));
  const quoteErrors = new Map(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row as number, e]));

  const cursor = createRowCursor();
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ROW_ERRORS;
  const records: Interaction[] = [];
  const errors: CsvRowError[] = [];
  let rejected = 0;
  let readRow: ReturnType<typeof createInteractionRowReader> | undefined;

  parsed.data.forEach((fields, index) => {
    const raw = cursor.next(fields, quoteErrors.get(index));
    if (raw === undefined) return;
    readRow = readRow ?? createInteractionRowReader(cursor.header() ?? [], options);
    const result = readRow(raw);
    if (result.ok) records.push(result.interaction);
    else {
      rejected += 1;
      for (const error of result.errors) if (errors.length < maxErrors) errors.push(error);
    }
    if (raw.row % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ rows: raw.row });
  });
  // A header-only file still deserves a mapping check: a wrong mapping is the more useful message.
  if (readRow === undefined && cursor.header() !== undefined) createInteractionRowReader(cursor.header() ?? [], options);
  cursor.finish();
  options.onProgress?.({ rows: cursor.rows() });
  return { records, errors, accepted: records.length, rejected };
}
