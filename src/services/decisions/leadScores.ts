/**
 * Lead scores as a use case, over a table of leads (a CSV export: one row per lead, header -> text):
 * a lead model trained and evaluated like the opportunity model (same engine, a held-out latest
 * share of the leads whose outcome is known), every open lead scored 0-100 with a grade and its top
 * reasons, a prioritised list with filters, and a formula-safe CSV export.
 */
import { InsufficientDataError, isMissingValue, parseLeadNumber, type LeadColumn, type LeadRow, leadFeatureLabel, scoreLeads, trainLeadScoring, type LeadScoringModel, auc, brierScore, SCORE_GRADE_CUTS, scoreGrade, type ScoreGrade } from '../../core/insights';
import { compileLeadScorer } from './leadScorer';

/** Grades by score: A from 75, B from 50, C from 25, D below (the opportunity score's grades). */
export const LEAD_GRADE_CUTS: Readonly<Record<'A' | 'B' | 'C', number>> = SCORE_GRADE_CUTS;
export type LeadGrade = ScoreGrade;
/** Converted and not-converted leads each class needs before a lead model is trained. */
export const MIN_LEADS_PER_CLASS = 20;
/** Share of the known-outcome leads (the latest, in file order) held out to evaluate the model. */
export const LEAD_TEST_SHARE = 0.25;

export interface LeadTable {
  readonly columns: readonly string[];
  readonly rows: readonly LeadRow[];
}

export interface LeadModelOptions {
  /** The column that says whether a lead converted; empty or "Select" means not known yet (an open lead). */
  readonly outcomeColumn: string;
  /** Columns that identify a lead and are never features (e.g. name, e-mail). */
  readonly identityColumns?: readonly string[];
  readonly decimalSeparator?: '.' | ',';
  readonly minPerClass?: number;
}

export interface LeadModelEvaluation {
  readonly auc: number | undefined;
  readonly brier: number | undefined;
  readonly tested: { readonly converted: number; readonly notConverted: number };
}

export interface TrainedLeadModel {
  readonly model: LeadScoringModel;
  readonly columns: readonly LeadColumn[];
  /** On the held-out latest leads, by a model trained on the earlier ones; absent when a class is missing there. */
  readonly evaluation?: LeadModelEvaluation;
}

export interface PrioritisedLead {
  /** 0-based row of the lead in the table. */
  readonly row: number;
  readonly name: string;
  readonly score: number;
  readonly grade: LeadGrade;
  /** The largest contributions, as phrases with signed points, e.g. `Source is Webinar (+12.0)`. */
  readonly reasons: readonly string[];
  readonly values: LeadRow;
}

export interface LeadFilter {
  readonly grades?: readonly LeadGrade[];
  readonly minScore?: number;
  /** Only leads whose `column` holds `value` (trimmed, case-insensitive). */
  readonly column?: string;
  readonly value?: string;
}

/** Too few converted or not-converted leads to train: how many there are and how many each class needs. */
export class TooFewLeadsError extends InsufficientDataError {
  public readonly needed: number;
  public constructor(converted: number, notConverted: number, needed: number) {
    super(`Too few leads with a known outcome: ${converted} converted and ${notConverted} not converted; each needs at least ${needed}.`, converted, notConverted);
    this.needed = needed;
  }
}

/** The CSV reader and writer load on first use, in the import chunk, so a page that shows no leads never pays for them. */
function loadInterchange(): Promise<typeof import('../../interchange')> {
  return import(/* webpackChunkName: 'vn-import' */ '../../interchange');
}

/** A leads file (CSV text) as a table; see readLeadsCsv. @throws (rejects) CsvFileError for an empty file or a repeated column */
export async function readLeadTable(text: string): Promise<LeadTable> {
  return (await loadInterchange()).readLeadsCsv(text);
}

export function leadGrade(score: number): LeadGrade {
  return scoreGrade(score);
}

const CONVERTED = ['converted', 'yes', 'true', '1', 'won'];
const isConverted = (value: string | undefined): boolean => CONVERTED.includes((value ?? '').trim().toLowerCase());

/** Feature columns: every column but the outcome and the identity columns; numeric when every given value is a number. */
export function detectLeadColumns(table: LeadTable, options: LeadModelOptions): LeadColumn[] {
  const skip = new Set([options.outcomeColumn, ...(options.identityColumns ?? [])]);
  const separator = options.decimalSeparator ?? '.';
  return table.columns
    .filter((name) => !skip.has(name))
    .map((name) => {
      const given = table.rows.map((r) => r[name]).filter((v): v is string => !isMissingValue(v));
      const numeric = given.length > 0 && given.every((v) => {
        try {
          parseLeadNumber(v, separator);
          return true;
        } catch {
          return false;
        }
      });
      return { name, kind: numeric ? 'numeric' : 'categorical' };
    });
}

/**
 * Trains the lead model on the leads whose outcome is known, after evaluating the same training on
 * the earlier {@link LEAD_TEST_SHARE} split (rows in file order, oldest first).
 * @throws TooFewLeadsError below `minPerClass` (default {@link MIN_LEADS_PER_CLASS}) in either class
 */
export function trainLeadModel(table: LeadTable, options: LeadModelOptions): TrainedLeadModel {
  const needed = options.minPerClass ?? MIN_LEADS_PER_CLASS;
  const known = table.rows.filter((r) => !isMissingValue(r[options.outcomeColumn]));
  const converted = known.filter((r) => isConverted(r[options.outcomeColumn])).length;
  if (converted < needed || known.length - converted < needed) throw new TooFewLeadsError(converted, known.length - converted, needed);
  const columns = detectLeadColumns(table, options);
  const scoring = { columns, outcomeColumn: options.outcomeColumn, convertedValues: CONVERTED, decimalSeparator: options.decimalSeparator ?? '.' } as const;
  const cut = Math.floor(known.length * (1 - LEAD_TEST_SHARE));
  const test = known.slice(cut);
  const outcomes = test.map((r) => isConverted(r[options.outcomeColumn]));
  let evaluation: LeadModelEvaluation | undefined;
  try {
    const early = trainLeadScoring(known.slice(0, cut), scoring);
    const probabilities = scoreLeads(early, test, { all: true }).map((s) => s.probability);
    const positives = outcomes.filter((o) => o).length;
    evaluation = { auc: auc(probabilities, outcomes), brier: brierScore(probabilities, outcomes), tested: { converted: positives, notConverted: outcomes.length - positives } };
  } catch (error) {
    // The earlier leads may hold one class only (e.g. a campaign that converted late): no evaluation then.
    if (!(error instanceof InsufficientDataError)) throw error;
  }
  return { model: trainLeadScoring(known, scoring), columns, ...(evaluation ? { evaluation } : {}) };
}

/** Contributions smaller than this (points) are no reason; the core's scoreLeads leaves them out too. */
const MIN_REASON_POINTS = 0.05;
const signed = (points: number): string => `${points >= 0 ? '+' : ''}${points.toFixed(1)}`;

/**
 * Scores the open leads (outcome not known) and orders them: highest score first, then by name.
 * `nameColumn` names a lead for people; without it, `Lead <row + 1>`.
 */
export function prioritiseLeads(trained: TrainedLeadModel, table: LeadTable, options: { readonly nameColumn?: string; readonly reasons?: number } = {}): PrioritisedLead[] {
  const top = options.reasons ?? 3;
  const { model } = trained;
  const names = model.featureNames;
  const scorer = compileLeadScorer(model);
  const vector = new Float64Array(scorer.size);
  const points = new Float64Array(scorer.size);
  const leads: PrioritisedLead[] = [];
  // The core's scoreLeads labels and sorts every feature of every lead; 100,000 leads need only the
  // top few per lead (same order: largest |points| first, then feature name), so pick those here,
  // scoring through reused buffers (see compileLeadScorer).
  table.rows.forEach((values, row) => {
    if (!isMissingValue(values[model.outcomeColumn])) return;
    const score = Math.round(100 * scorer.score(values, row, vector, points));
    const chosen: number[] = [];
    for (let j = 0; j < points.length; j++) {
      const size = Math.abs(points[j]);
      if (size < MIN_REASON_POINTS) continue;
      let at = chosen.length;
      while (at > 0) {
        const other = chosen[at - 1];
        const otherSize = Math.abs(points[other]);
        if (otherSize > size || (otherSize === size && names[other] < names[j])) break;
        at--;
      }
      if (at < top) {
        chosen.splice(at, 0, j);
        if (chosen.length > top) chosen.pop();
      }
    }
    const given = options.nameColumn === undefined ? undefined : values[options.nameColumn];
    leads.push({
      row,
      name: given === undefined || isMissingValue(given) ? `Lead ${row + 1}` : given.trim(),
      score,
      grade: leadGrade(score),
      reasons: chosen.map((j) => `${leadFeatureLabel(names[j], vector[j])} (${signed(points[j])})`),
      values
    });
  });
  // Code-unit order on ties: localeCompare over 100,000 names costs more than the scoring.
  return leads.sort((x, y) => y.score - x.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : x.row - y.row));
}

export function filterLeads(leads: readonly PrioritisedLead[], filter: LeadFilter): PrioritisedLead[] {
  const wanted = filter.value?.trim().toLowerCase();
  return leads.filter(
    (l) =>
      (filter.grades === undefined || filter.grades.includes(l.grade)) &&
      (filter.minScore === undefined || l.score >= filter.minScore) &&
      (filter.column === undefined || wanted === undefined || (l.values[filter.column] ?? '').trim().toLowerCase() === wanted)
  );
}

/**
 * The prioritised leads as CSV: rank, name, score, grade, reasons, then the file's own columns.
 * Formula-safe: text a spreadsheet would run (`=`, `+`, `-`, `@`...) is prefixed with `'`.
 */
export async function prioritisedLeadsCsv(leads: readonly PrioritisedLead[], table: LeadTable): Promise<string> {
  const own = table.columns.filter((c) => !['Rank', 'Lead', 'Score', 'Grade', 'Top reasons'].includes(c));
  const { writeCsv } = await loadInterchange();
  return writeCsv({
    columns: ['Rank', 'Lead', 'Score', 'Grade', 'Top reasons', ...own],
    rows: leads.map((l, i) => ({ Rank: i + 1, Lead: l.name, Score: l.score, Grade: l.grade, 'Top reasons': l.reasons.join('; '), ...Object.fromEntries(own.map((c) => [c, l.values[c]])) }))
  });
}
