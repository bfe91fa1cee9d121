/**
 * The dashboard's "Data in" for opportunities: a CRM export (CSV, one row per stage entry) becomes
 * opportunities, added or merged into the stored ones through the import use case, then the added and
 * changed ones are analysed again. Pure orchestration over ports; the component only shows the
 * progress and the report.
 */
import type { CsvTextTable, OpportunityCsvPreset, OpportunityFileMapping, OpportunityMappingSuggestion } from '../interchange';
import { analyseInChunks } from './analyseInChunks';
import { importRecords } from './importData';
import type { UpsertReport } from './ports';
import type { ImportFile, ImportProblem, ImportProgress, ImportStores } from './importInteractionsFile';

export interface OpportunityImportResult {
  /** Opportunities read from the file (a deal spans one row per stage entry). */
  readonly accepted: number;
  /** Rows refused; listed in `problems`. */
  readonly rejected: number;
  readonly problems: readonly ImportProblem[];
  /** New (`accepted`), changed (`updated`), identical (`alreadyStored`) and failed opportunities. */
  readonly writes: UpsertReport;
  readonly touchedOpportunityIds: readonly string[];
  readonly analysed: number;
  readonly missing: readonly string[];
  /** Deals without a created date in the file, which took the earliest date the file has for them. */
  readonly createdFromEarliestDate: number;
}

export interface OpportunityImportOptions {
  /** The mapping the user confirmed in the mapping step; wins over `preset`. */
  readonly mapping?: OpportunityFileMapping;
  /** Column mapping and formats, one of `OPPORTUNITY_CSV_PRESETS`, for a file read without a mapping step. */
  readonly preset?: OpportunityCsvPreset;
  /** Epoch ms: the analysis time. */
  readonly now: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Opportunities analysed per round (and per progress step); default 100. */
  readonly analysisChunk?: number;
}

/**
 * Imports the opportunities of a CSV file: new deals are added, stored ones take the file's fields
 * and gain its stage entries (never lose stored ones), identical ones are left alone. Only added and
 * changed deals are analysed again, so re-importing the same file writes and analyses nothing. The file
 * is read whole (the CSV size limit applies): a CRM export of deals is small next to interactions.
 *
 * @throws (rejects) CsvFileError / CsvMappingError / InputTooLargeError for a file that cannot be read
 *   at all; store errors as the stores throw them. Row problems do not throw.
 */
export async function importOpportunitiesFile(stores: ImportStores, file: ImportFile, options: OpportunityImportOptions): Promise<OpportunityImportResult> {
  // The parser (papaparse) loads on the first import, in its own chunk, so the dashboard's first render
  // does not pay for it.
  const { parseOpportunitiesCsv, opportunitiesCsvOptions, OPPORTUNITY_CSV_PRESETS } = await import(/* webpackChunkName: 'vn-import' */ '../interchange');
  const preset = options.preset ?? OPPORTUNITY_CSV_PRESETS[0];
  const csvOptions = options.mapping !== undefined
    ? opportunitiesCsvOptions(options.mapping)
    : { mapping: preset.mapping, dateOrder: preset.dateOrder, decimalSeparator: preset.decimalSeparator };
  const parsed = parseOpportunitiesCsv(await file.text(), csvOptions);
  options.onProgress?.({ phase: 'reading', rows: parsed.accepted, stored: 0 });
  const report = await importRecords(stores, { opportunities: parsed.records });
  options.onProgress?.({ phase: 'reading', rows: parsed.accepted, stored: report.opportunities.accepted + report.opportunities.updated + report.opportunities.alreadyStored });
  const ids = [...report.touchedOpportunityIds].sort();
  const { analysed, missing } = await analyseInChunks(stores, ids, {
    now: options.now,
    chunk: options.analysisChunk ?? 100,
    onProgress: (done, total) => options.onProgress?.({ phase: 'analysing', done, total })
  });
  return {
    accepted: parsed.accepted,
    rejected: parsed.rejected,
    problems: parsed.errors.map((e) => ({ row: e.row, column: e.column, reason: e.reason })),
    writes: report.opportunities,
    touchedOpportunityIds: ids,
    analysed,
    missing,
    createdFromEarliestDate: parsed.createdFromEarliestDate
  };
}

/** A chosen opportunities file read for the mapping step: its table, the detected mapping, and the stages to map to. */
export interface OpportunityFileForMapping {
  readonly table: CsvTextTable;
  readonly suggestion: OpportunityMappingSuggestion;
  /** The published blueprint's stages (empty without one). */
  readonly stages: readonly { readonly id: string; readonly name: string }[];
}

/**
 * Reads a chosen opportunities file for the mapping step: the whole file as a table, the detected
 * mapping, and the published blueprint's stages to map the file's stage values to.
 *
 * @throws (rejects) CsvFileError / InputTooLargeError for a file that cannot be read at all
 */
export async function readOpportunityFileForMapping(stores: Pick<ImportStores, 'blueprints'>, file: ImportFile): Promise<OpportunityFileForMapping> {
  // The CSV reader (papaparse) loads with the first chosen file, in the import chunk.
  const [{ readCsvTable, suggestOpportunityMapping }, text, published] = await Promise.all([
    import(/* webpackChunkName: 'vn-import' */ '../interchange'),
    file.text(),
    stores.blueprints.getPublished()
  ]);
  const stages = (published?.blueprint.stages ?? []).map((s) => ({ id: s.id, name: s.name }));
  const table = readCsvTable(text);
  // Without a published blueprint the file's stage values are proposed as stage ids of their own.
  return { table, suggestion: suggestOpportunityMapping(table, stages.length > 0 ? { stages } : {}), stages };
}
