/**
 * Leads on the site: a leads file imported through its mapping into the Leads list (upsert by lead
 * id), the lead model trained on the stored leads with a known outcome and stored as its own
 * ScoringModels item, and every open lead re-scored (score, grade, reasons, model, time) whenever
 * leads are imported or the model is retrained. The prioritised list and its export read the stored
 * leads, page by page.
 */
import { isMissingValue, parseLeadNumber, type LeadRow } from '../../core/insights';
import { readLeadRows, type LeadFileMapping, type LeadRowsResult, type SkippedLeadRow } from '../../interchange/light';
import type { CsvTextTable, LeadMappingSuggestion } from '../../interchange/light';
import type { Lead, LeadModelRecord, LeadModelRegistry, LeadRecord, LeadStore, StoredLeadScore } from '../ports/leadStore';
import type { UpsertReport, WriteReport } from '../ports/writeReport';
import { prioritiseLeads, trainLeadModel, type LeadGrade, type LeadTable, type TrainedLeadModel } from './leadScores';

/** The stores the site's lead use cases need. */
export interface SiteLeadStores {
  readonly leads: LeadStore;
  readonly leadModels: LeadModelRegistry;
}

/** The outcome column of the table the model learns from; no file header can be this. */
export const STORED_OUTCOME_COLUMN: string = '\u0000outcome';

/** What re-scoring wrote: every open lead scored with the model, or none without one. */
export interface RescoreReport {
  readonly modelId: string | undefined;
  readonly scored: number;
  readonly failed: number;
  readonly failures: WriteReport['failures'];
}

export interface LeadImportReport {
  readonly read: number;
  readonly skipped: readonly SkippedLeadRow[];
  readonly stored: UpsertReport;
  readonly rescored: RescoreReport;
}

/** The latest leads first come last: the model is evaluated on the latest share, in import order. */
async function readAll(store: LeadStore, outcome?: Lead['outcome']): Promise<LeadRecord[]> {
  const all: LeadRecord[] = [];
  for await (const page of store.pages(outcome)) all.push(...page);
  return all;
}

function asRow(lead: Lead): LeadRow {
  return { ...lead.features, [STORED_OUTCOME_COLUMN]: lead.outcome === 'converted' ? 'converted' : lead.outcome === 'not-converted' ? 'not converted' : '' };
}

function tableOf(leads: readonly Lead[]): LeadTable {
  const columns = new Set<string>();
  leads.forEach((l) => Object.keys(l.features).forEach((c) => columns.add(c)));
  return { columns: [...columns, STORED_OUTCOME_COLUMN], rows: leads.map(asRow) };
}

const trainedOf = (record: LeadModelRecord): TrainedLeadModel => ({ model: record.model, columns: record.columns, ...(record.evaluation ? { evaluation: record.evaluation } : {}) });

/**
 * Scores every open lead on the site with `record` (default: the newest stored lead model) and
 * writes score, grade, reasons, model id and time back in batches. Without a lead model: nothing.
 */
export async function rescoreOpenLeads(stores: SiteLeadStores, options: { readonly now: number; readonly model?: LeadModelRecord }): Promise<RescoreReport> {
  const record = options.model ?? (await stores.leadModels.latest());
  if (record === undefined) return { modelId: undefined, scored: 0, failed: 0, failures: [] };
  const trained = trainedOf(record);
  let scored = 0;
  const failures: { key: string; reason: string }[] = [];
  for await (const page of stores.leads.pages('open')) {
    const prioritised = prioritiseLeads(trained, tableOf(page));
    const scores = prioritised.map((p) => ({
      itemId: page[p.row].itemId,
      scored: { score: p.score, grade: p.grade, reasons: p.reasons, modelId: record.modelId, scoredAt: options.now } satisfies StoredLeadScore
    }));
    const report = await stores.leads.saveScores(scores);
    scored += report.accepted;
    failures.push(...report.failures);
  }
  return { modelId: record.modelId, scored, failed: failures.length, failures };
}

/**
 * Rows whose numeric feature the lead model cannot read (text where the model learnt numbers) are
 * skipped, so one cell cannot stop every lead from being scored.
 */
function unreadable(result: LeadRowsResult, model: LeadModelRecord | undefined): { leads: LeadRowsResult['leads']; skipped: SkippedLeadRow[] } {
  if (model === undefined) return { leads: result.leads, skipped: [] };
  const numeric = model.model.encoding.columns.filter((c) => c.kind === 'numeric').map((c) => c.name);
  const separator = model.model.encoding.decimalSeparator;
  const skipped: SkippedLeadRow[] = [];
  const leads = result.leads.filter((lead) => {
    for (const column of numeric) {
      const value = lead.features[column];
      if (value === undefined || isMissingValue(value)) continue;
      try {
        parseLeadNumber(value, separator);
      } catch {
        skipped.push({ row: lead.row, line: lead.line, column, message: `Row ${lead.row} (line ${lead.line}), column "${column}": "${value}" is not a number, and the lead model reads this column as numbers; write a number or leave the cell empty` });
        return false;
      }
    }
    return true;
  });
  return { leads, skipped };
}

/**
 * Imports a leads file under its mapping: reads every row (rows with a bad value are skipped and
 * named, nothing stored is touched for them), upserts the leads by id, then re-scores every open
 * lead with the newest lead model.
 * @throws FileMappingError when the mapping does not fit the file's header
 */
export async function importLeads(stores: SiteLeadStores, table: CsvTextTable, mapping: LeadFileMapping, options: { readonly now: number }): Promise<LeadImportReport> {
  const result = readLeadRows(table, mapping);
  const model = await stores.leadModels.latest();
  const checked = unreadable(result, model);
  const leads: Lead[] = checked.leads.map((l) => ({ id: l.id, name: l.name, outcome: l.outcome, features: l.features }));
  const stored = await stores.leads.upsertMany(leads, options.now);
  const rescored = await rescoreOpenLeads(stores, { now: options.now, ...(model ? { model } : {}) });
  const skipped = [...result.skipped, ...checked.skipped].sort((a, b) => a.row - b.row);
  return { read: table.raw.length, skipped, stored, rescored };
}

export interface SiteLeadModelResult {
  readonly record: LeadModelRecord;
  readonly rescored: RescoreReport;
}

/**
 * Trains the lead model on every stored lead with a known outcome (in import order: the latest share
 * evaluates), stores it as a new lead model and re-scores every open lead with it.
 * @throws TooFewLeadsError when either class has fewer than `minPerClass` leads (nothing is stored)
 */
export async function trainSiteLeadModel(
  stores: SiteLeadStores,
  options: { readonly now: number; readonly trainedBy?: string; readonly minPerClass?: number }
): Promise<SiteLeadModelResult> {
  const known = [...(await readAll(stores.leads, 'converted')), ...(await readAll(stores.leads, 'not-converted'))].sort((a, b) => a.itemId - b.itemId);
  const trained = trainLeadModel(tableOf(known), { outcomeColumn: STORED_OUTCOME_COLUMN, ...(options.minPerClass !== undefined ? { minPerClass: options.minPerClass } : {}) });
  const { converted, notConverted } = trained.model.trainedOn;
  const record: LeadModelRecord = {
    modelId: `lead-${new Date(options.now).toISOString().replace(/[-:.]/g, '')}`,
    label: `lead model (${converted} converted / ${notConverted} not converted)`,
    trainedAt: options.now,
    ...(options.trainedBy !== undefined ? { trainedBy: options.trainedBy } : {}),
    model: trained.model,
    columns: trained.columns,
    ...(trained.evaluation ? { evaluation: trained.evaluation } : {})
  };
  await stores.leadModels.save(record);
  return { record, rescored: await rescoreOpenLeads(stores, { now: options.now, model: record }) };
}

/** An open lead as the prioritised list shows it. */
export interface StoredPrioritisedLead {
  readonly id: string;
  readonly name: string;
  /** Absent until a lead model has scored it. */
  readonly score?: number;
  readonly grade?: LeadGrade;
  readonly reasons: readonly string[];
  readonly features: Readonly<Record<string, string>>;
}

export interface StoredLeadFilter {
  readonly grades?: readonly LeadGrade[];
  /** Leads whose id, name or any feature value contains this text (case-insensitive). */
  readonly text?: string;
}

/** The site's open leads, highest score first (unscored ones last), then by name; read page by page. */
export async function loadPrioritisedLeads(stores: Pick<SiteLeadStores, 'leads'>): Promise<StoredPrioritisedLead[]> {
  const open = await readAll(stores.leads, 'open');
  return open
    .map((l) => ({ id: l.id, name: l.name, ...(l.scored ? { score: l.scored.score, grade: l.scored.grade } : {}), reasons: l.scored?.reasons ?? [], features: l.features }))
    .sort((x, y) => (y.score ?? -1) - (x.score ?? -1) || (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function filterStoredLeads(leads: readonly StoredPrioritisedLead[], filter: StoredLeadFilter): StoredPrioritisedLead[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return leads.filter(
    (l) =>
      (filter.grades === undefined || (l.grade !== undefined && filter.grades.includes(l.grade))) &&
      (text === '' || l.id.toLowerCase().includes(text) || l.name.toLowerCase().includes(text) || Object.values(l.features).some((v) => v.toLowerCase().includes(text)))
  );
}

/**
 * The prioritised stored leads as CSV: rank, lead id, lead, score, grade, reasons, then every feature
 * column. Formula-safe: text a spreadsheet would run (`=`, `+`, `-`, `@`...) is prefixed with `'`.
 */
export async function storedLeadsCsv(leads: readonly StoredPrioritisedLead[]): Promise<string> {
  const fixed = ['Rank', 'Lead id', 'Lead', 'Score', 'Grade', 'Top reasons'];
  const own: string[] = [];
  leads.forEach((l) => Object.keys(l.features).forEach((c) => !fixed.includes(c) && !own.includes(c) && own.push(c)));
  const { writeCsv } = await import(/* webpackChunkName: 'vn-import' */ '../../interchange');
  return writeCsv({
    columns: [...fixed, ...own],
    rows: leads.map((l, i) => ({ Rank: i + 1, 'Lead id': l.id, Lead: l.name, Score: l.score ?? '', Grade: l.grade ?? '', 'Top reasons': l.reasons.join('; '), ...Object.fromEntries(own.map((c) => [c, l.features[c] ?? ''])) }))
  });
}

/** A leads file as a table and the mapping the step proposes for it (the CSV reader loads on first use). */
export async function readLeadsFile(text: string): Promise<{ table: CsvTextTable; suggestion: LeadMappingSuggestion }> {
  const { readCsvTable, suggestLeadMapping } = await import(/* webpackChunkName: 'vn-import' */ '../../interchange');
  const table = readCsvTable(text);
  return { table, suggestion: suggestLeadMapping(table) };
}
