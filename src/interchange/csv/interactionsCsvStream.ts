/**
 * Streaming import of an interactions CSV with bounded memory: papaparse parses one chunk at a time,
 * rows become records in batches, and parsing pauses while the caller stores a batch. Works on a
 * browser File (upload), a Node file stream or a string, with the same records and keys as
 * `parseInteractionsCsv`.
 */
import * as Papa from 'papaparse';
import { CsvRowError } from '../errors';
import type { Interaction } from '../../core/model';
import { assertText, createRowCursor, detectDelimiter, papaSettings } from './csvRows';
import { createInteractionRowReader } from './interactionRow';
import { DEFAULT_MAX_ROW_ERRORS, type InteractionsCsvOptions } from './interactionsCsv';
import { createChunkReader, createPullStream, DEFAULT_CHUNK_CHARS, readHead, type TextSource } from './textChunkStream';

// Characters read before parsing starts, to check for binary content and find the delimiter.
const HEAD_CHARS: number = 65536;

export interface InteractionsCsvStreamOptions extends InteractionsCsvOptions {
  /** Records per `onBatch` call (default 2,000; the last batch may be smaller). */
  readonly batchSize?: number;
  /** Characters (string) or bytes (Blob) read per chunk; default 1 MiB. */
  readonly chunkSize?: number;
}

export interface CsvImportSummary {
  /** Data rows read (blank lines and the header not counted). */
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  /** The first `maxErrors` row errors. */
  readonly errors: CsvRowError[];
}

/**
 * Streams interactions out of a CSV source.
 *
 * Memory stays bounded by the chunk size, one batch, the kept errors and the source-key occurrence
 * table (16 to 32 bytes per distinct row outside the traced heap, see `createOccurrenceCounter`): a
 * 1M-row file does not sit in memory. `onProgress` is called after every parsed chunk and once at the end.
 *
 * @param source - a string, a Blob/File, or an async iterable of strings or UTF-8 bytes (Node streams are)
 * @param onBatch - stores a batch; parsing waits for it. If it rejects, the import stops and rejects
 *   with that error; batches already stored stay stored (source keys make a retry idempotent).
 * @returns the summary once every batch has been stored
 * @throws (rejects) CsvFileError, CsvMappingError as `parseInteractionsCsv`; no size limit applies
 */
export async function importInteractionsCsvStream(
  source: TextSource,
  options: InteractionsCsvStreamOptions,
  onBatch: (records: Interaction[]) => Promise<void>
): Promise<CsvImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ROW_ERRORS;
  const { head, pull } = await readHead(createChunkReader(source, options.chunkSize ?? DEFAULT_CHUNK_CHARS), HEAD_CHARS);
  assertText(head.slice(0, HEAD_CHARS));
  const delimiter = detectDelimiter(head);
  const stream = createPullStream(pull);
  const cursor = createRowCursor();
  const errors: CsvRowError[] = [];
  let readRow: ReturnType<typeof createInteractionRowReader> | undefined;
  let pending: Interaction[] = [];
  let accepted = 0;
  let rejected = 0;
  let fatal: unknown;
  let fatalSet = false;
  const stop = (error: unknown): void => {
    if (!fatalSet) {
      fatal = error;
      fatalSet = true;
    }
    // Nothing more will be read: stop pulling the source rather than drain it.
    stream.pause();
  };
  /** Hands over full batches (and, at the end, the rest) one after another. */
  const flush = async (all: boolean): Promise<void> => {
    const least = all ? 1 : batchSize;
    while (pending.length >= least) {
      const batch = pending.slice(0, batchSize);
      pending = pending.slice(batchSize);
      await onBatch(batch);
    }
  };

  return new Promise<CsvImportSummary>((resolve, reject) => {
    let settled = false;
    const complete = (): void => {
      if (settled) return;
      settled = true;
      if (fatalSet) {
        reject(fatal);
        return;
      }
      flush(true)
        .then(() => {
          if (readRow === undefined && cursor.header() !== undefined) createInteractionRowReader(cursor.header() ?? [], options);
          cursor.finish();
          options.onProgress?.({ rows: cursor.rows() });
          resolve({ rows: cursor.rows(), accepted, rejected, errors });
        })
        .catch(reject);
    };

    Papa.parse<string[]>(stream as unknown as File, {
      ...papaSettings(delimiter),
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void {
        if (fatalSet) {
          parser.abort();
          return;
        }
        try {
          const quoteErrors = new Map(results.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row as number, e]));
          results.data.forEach((fields, index) => {
            const raw = cursor.next(fields, quoteErrors.get(index));
            if (raw === undefined) return;
            readRow = readRow ?? createInteractionRowReader(cursor.header() ?? [], options);
            const result = readRow(raw);
            if (result.ok) {
              pending.push(result.interaction);
              accepted += 1;
            } else {
              rejected += 1;
              for (const error of result.errors) if (errors.length < maxErrors) errors.push(error);
            }
          });
        } catch (error) {
          stop(error);
          parser.abort();
          return;
        }
        options.onProgress?.({ rows: cursor.rows() });
        if (pending.length >= batchSize) {
          parser.pause();
          stream.pause();
          flush(false).then(
            () => {
              parser.resume();
              stream.resume();
            },
            (error: unknown) => {
              stop(error);
              parser.abort();
            }
          );
        }
      },
      complete,
      error(error: Error): void {
        stop(error);
        complete();
      }
    });
  });
}
