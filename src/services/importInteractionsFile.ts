/**
 * The dashboard's "Data in": a CSV or XES file becomes interactions, stored batch by batch through
 * the import use case, then the opportunities it touched are analysed again. Pure orchestration over
 * ports; the component only shows the progress and the report.
 */
import type { InteractionCsvPreset } from '../interchange';
import type { Interaction } from '../core/model';
import { analyseInChunks } from './analyseInChunks';
import { addWriteReports, EMPTY_WRITE_REPORT, importRecords } from './importData';
import type { DataStores, WriteReport } from './ports';

/** One problem with the file: a row (CSV) or a line (XES), the column when known, and why. */
export interface ImportProblem {
  readonly row: number;
  readonly column: string | undefined;
  readonly reason: string;
}

export type ImportProgress =
  | { readonly phase: 'reading'; readonly rows: number; readonly stored: number }
  | { readonly phase: 'analysing'; readonly done: number; readonly total: number };

export interface InteractionImportResult {
  /** Data rows (CSV) or events (XES) read. */
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly problems: readonly ImportProblem[];
  readonly writes: WriteReport;
  readonly touchedOpportunityIds: readonly string[];
  readonly analysed: number;
  readonly missing: readonly string[];
}

export interface InteractionImportOptions {
  readonly preset: InteractionCsvPreset;
  /** Epoch ms: the analysis time. */
  readonly now: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Opportunities analysed per round (and per progress step); default 100. */
  readonly analysisChunk?: number;
}

/** A file the browser hands over (File), reduced to what the import reads, so tests pass plain objects. */
export interface ImportFile {
  readonly name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportStores = Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants'>;

/** True for `.xes` and `.xes.gz` names (case-insensitive). */
export function isXesFile(name: string): boolean {
  return /\.xes(\.gz)?$/i.test(name);
}

/**
 * Imports the file and re-analyses what it touched. CSV is streamed in batches of 500 rows (parsing
 * waits while a batch is stored); XES is read whole (its size limit applies). Re-importing the same
 * file stores nothing new and therefore re-analyses nothing.
 *
 * @throws (rejects) CsvFileError / CsvMappingError / XesImportError / InputTooLargeError for a file
 *   that cannot be read at all; store errors as the stores throw them. Row problems do not throw.
 */
export async function importInteractionsFile(stores: ImportStores, file: ImportFile, options: InteractionImportOptions): Promise<InteractionImportResult> {
  // The parsers (papaparse, the XES reader with fflate) load on the first import, in their own chunk, so
  // the dashboard's first render does not pay for them.
  const { importInteractionsCsvStream, parseXes } = await import(/* webpackChunkName: 'vn-import' */ '../interchange');
  let writes = EMPTY_WRITE_REPORT;
  const touched = new Set<string>();
  let rows = 0;
  const store = async (batch: Interaction[]): Promise<void> => {
    const report = await importRecords(stores, { interactions: batch });
    writes = addWriteReports(writes, report.interactions);
    report.touchedOpportunityIds.forEach((id) => touched.add(id));
    options.onProgress?.({ phase: 'reading', rows, stored: writes.accepted + writes.alreadyStored });
  };
  let accepted: number;
  let rejected: number;
  let problems: ImportProblem[];
  if (isXesFile(file.name)) {
    const result = parseXes(new Uint8Array(await file.arrayBuffer()));
    rows = result.interactions.length + result.errors.length;
    accepted = result.interactions.length;
    rejected = result.errors.length;
    problems = result.errors.map((e) => ({ row: e.line ?? 0, column: undefined, reason: e.message }));
    for (let start = 0; start < result.interactions.length; start += 500) await store(result.interactions.slice(start, start + 500));
  } else {
    const summary = await importInteractionsCsvStream(
      // A browser File streams in pieces; anything else is read as one text.
      typeof Blob !== 'undefined' && file instanceof Blob ? file : await file.text(),
      { mapping: options.preset.mapping, dateOrder: options.preset.dateOrder, batchSize: 500, onProgress: (p) => { rows = p.rows; options.onProgress?.({ phase: 'reading', rows, stored: writes.accepted + writes.alreadyStored }); } },
      store
    );
    rows = summary.rows;
    accepted = summary.accepted;
    rejected = summary.rejected;
    problems = summary.errors.map((e) => ({ row: e.row, column: e.column, reason: e.reason }));
  }
  const ids = [...touched].sort();
  const { analysed, missing } = await analyseInChunks(stores, ids, {
    now: options.now,
    chunk: options.analysisChunk ?? 100,
    onProgress: (done, total) => options.onProgress?.({ phase: 'analysing', done, total })
  });
  return { rows, accepted, rejected, problems, writes, touchedOpportunityIds: ids, analysed, missing };
}
