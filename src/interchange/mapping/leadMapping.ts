/**
 * The mapping of a leads file: which column is the lead id, the name and the outcome, how the file's
 * outcome values translate to converted / not converted / open, and which other columns the lead model
 * may use as features (every other column unless the user leaves it out). The Leads panel's mapping
 * step and `leads import --mapping` read the same JSON:
 *
 *   {
 *     "kind": "leads",
 *     "columns": { "id": "lead_id", "name": "company", "outcome": "lead_status" },
 *     "values": { "outcome": { "Converted": "converted", "Disqualified": "not-converted", "Qualified": "open", "Open": "open" } },
 *     "leaveOut": ["email"]
 *   }
 *
 * An empty or "Select" outcome is an open lead (its outcome is not known yet).
 */
import { type ValidationProblem } from '../../core';
import { FileMappingError } from '../errors';
import { profileColumns, type ColumnProfile } from './columnProfile';
import type { CsvTextTable } from './csvTable';
import { normaliseHeader } from './normaliseHeader';
import { censusValues, type ValueCount } from './valueCensus';

export const LEAD_FIELDS = ['id', 'name', 'outcome'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** Outcomes as the product stores them. */
export type LeadOutcomeValue = 'converted' | 'not-converted' | 'open';
export const LEAD_OUTCOME_CHOICES: readonly LeadOutcomeValue[] = ['converted', 'not-converted', 'open'];

/** Fields a leads import cannot do without, each with what it is needed for. */
export const REQUIRED_LEAD_FIELDS: Readonly<Record<'id' | 'outcome', string>> = {
  id: 'to recognise each lead when the file is imported again',
  outcome: 'to learn from converted and not converted leads and to score the open ones'
};

export interface LeadFileMapping {
  readonly kind: 'leads';
  readonly name?: string;
  readonly columns: Readonly<Partial<Record<LeadField, string>>>;
  readonly values?: { readonly outcome?: Readonly<Record<string, LeadOutcomeValue>> };
  /** Columns that are no features (e.g. e-mail addresses, free-text notes). */
  readonly leaveOut?: readonly string[];
}

/** Header names per field, written as `normaliseHeader` leaves them (English and German). */
export const LEAD_SYNONYMS: Readonly<Record<LeadField, readonly string[]>> = {
  id: ['lead id', 'leadid', 'id', 'lead', 'lead number', 'lead no', 'lead nr', 'record id', 'prospect id', 'external id', 'lead nummer', 'interessent id', 'interessenten id', 'interessentennummer'],
  name: ['name', 'lead name', 'company', 'company name', 'account', 'account name', 'organisation', 'organization', 'full name', 'contact', 'contact name', 'firma', 'firmenname', 'unternehmen', 'interessent', 'kontakt'],
  outcome: ['status', 'lead status', 'outcome', 'converted', 'is converted', 'result', 'lead stage', 'stage', 'disposition', 'ergebnis', 'konvertiert', 'phase', 'lead phase', 'zustand']
};

const OUTCOME_WORDS: Readonly<Record<LeadOutcomeValue, readonly string[]>> = {
  converted: ['converted', 'won', 'yes', 'true', '1', 'customer', 'closed won', 'konvertiert', 'gewonnen', 'ja', 'kunde', 'umgewandelt'],
  'not-converted': ['not converted', 'disqualified', 'unqualified', 'lost', 'no', 'false', '0', 'dead', 'junk', 'closed lost', 'rejected', 'nicht konvertiert', 'disqualifiziert', 'verloren', 'nein', 'abgelehnt'],
  open: ['open', 'new', 'qualified', 'working', 'contacted', 'nurturing', 'in progress', 'select', 'offen', 'neu', 'qualifiziert', 'in bearbeitung', 'kontaktiert']
};

/** The outcome a file value plainly names, or `undefined` (the user decides). */
export function suggestLeadOutcome(value: string): LeadOutcomeValue | undefined {
  const normal = normaliseHeader(value);
  return LEAD_OUTCOME_CHOICES.find((o) => OUTCOME_WORDS[o].includes(normal));
}

/** True for a cell that holds no value: empty, or an untouched drop-down's "Select" (and "N/A", "null"). */
export function isMissingLeadValue(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase();
  return v === '' || v === 'select' || v === 'n/a' || v === 'null';
}

export interface LeadFieldMatch {
  readonly field: LeadField;
  readonly column: string | undefined;
  readonly by: 'name' | 'none';
  readonly samples: readonly string[];
}

export interface LeadMappingSuggestion {
  readonly mapping: LeadFileMapping;
  readonly matches: readonly LeadFieldMatch[];
  readonly profiles: readonly ColumnProfile[];
  /** Every distinct value of the outcome column with its row count. */
  readonly outcomeValues: readonly ValueCount[];
}

function nameScore(header: string, synonyms: readonly string[]): number {
  const normal = normaliseHeader(header);
  const compact = normal.replace(/ /g, '');
  let best = 0;
  synonyms.forEach((synonym, rank) => {
    if (normal === synonym || compact === synonym.replace(/ /g, '')) best = Math.max(best, 2000 - rank);
    else if (` ${normal} `.includes(` ${synonym} `)) best = Math.max(best, 10 * synonym.length);
  });
  return best;
}

/** The outcome values of `column` mapped where the value says what it is; the rest left to the user. */
export function suggestOutcomeValues(values: readonly ValueCount[], known: Readonly<Record<string, LeadOutcomeValue>> = {}): Record<string, LeadOutcomeValue> {
  const map: Record<string, LeadOutcomeValue> = {};
  values.forEach(({ value }) => {
    const chosen = known[value] ?? suggestLeadOutcome(value);
    if (chosen !== undefined) map[value] = chosen;
  });
  return map;
}

/** The distinct outcome values of a mapping's outcome column ("Select" and empty cells are open leads, not values). */
export function leadOutcomeCensus(table: CsvTextTable, column: string | undefined): ValueCount[] {
  const index = column === undefined ? -1 : table.header.indexOf(column);
  return index < 0 ? [] : censusValues(table, index).filter((v) => !isMissingLeadValue(v.value));
}

/**
 * Proposes a mapping for a leads file: id, name and outcome matched by header name (English and
 * German synonyms; the best-ranked synonym wins), outcome values mapped where they say what they are.
 */
export function suggestLeadMapping(table: CsvTextTable): LeadMappingSuggestion {
  const profiles = profileColumns(table);
  const candidates: { field: LeadField; profile: ColumnProfile; score: number }[] = [];
  LEAD_FIELDS.forEach((field) =>
    profiles.forEach((profile) => {
      const score = nameScore(profile.header, LEAD_SYNONYMS[field]);
      if (score > 0 && profile.kind !== 'empty') candidates.push({ field, profile, score });
    })
  );
  candidates.sort((a, b) => b.score - a.score);
  const chosen = new Map<LeadField, ColumnProfile>();
  const used = new Set<number>();
  candidates.forEach(({ field, profile }) => {
    if (chosen.has(field) || used.has(profile.index)) return;
    chosen.set(field, profile);
    used.add(profile.index);
  });
  const columns: Partial<Record<LeadField, string>> = {};
  LEAD_FIELDS.forEach((field) => {
    const p = chosen.get(field);
    if (p !== undefined) columns[field] = p.header;
  });
  const outcomeValues = leadOutcomeCensus(table, columns.outcome);
  const outcome = suggestOutcomeValues(outcomeValues);
  return {
    mapping: { kind: 'leads', columns, ...(outcomeValues.length > 0 && { values: { outcome } }) },
    matches: LEAD_FIELDS.map((field) => {
      const p = chosen.get(field);
      return p === undefined ? { field, column: undefined, by: 'none' as const, samples: [] } : { field, column: p.header, by: 'name' as const, samples: p.samples };
    }),
    profiles,
    outcomeValues
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed leads mapping JSON and returns it typed; unknown fields and outcomes are refused.
 * @throws FileMappingError with every problem found, each addressed by a JSON pointer
 */
export function readLeadMapping(json: unknown): LeadFileMapping {
  const problems: ValidationProblem[] = [];
  if (!isRecord(json)) throw new FileMappingError([{ code: 'not-an-object', path: '', message: 'a mapping is a JSON object with "kind" and "columns"' }]);
  if (json.kind !== 'leads') problems.push({ code: 'wrong-kind', path: '/kind', message: `the mapping is for ${JSON.stringify(json.kind)} files, not "leads"` });
  const columns: Partial<Record<LeadField, string>> = {};
  if (!isRecord(json.columns)) problems.push({ code: 'not-an-object', path: '/columns', message: '/columns must be an object of field names (id, name, outcome) to headers' });
  else {
    Object.entries(json.columns).forEach(([field, column]) => {
      if (!(LEAD_FIELDS as readonly string[]).includes(field)) problems.push({ code: 'unknown-field', path: `/columns/${field}`, message: `"${field}" is not a field; use one of ${LEAD_FIELDS.join(', ')}` });
      else if (typeof column !== 'string') problems.push({ code: 'not-text', path: `/columns/${field}`, message: `/columns/${field} must be text` });
      else columns[field as LeadField] = column;
    });
  }
  let outcome: Record<string, LeadOutcomeValue> | undefined;
  if (json.values !== undefined) {
    const raw = isRecord(json.values) ? json.values.outcome : undefined;
    if (!isRecord(raw)) problems.push({ code: 'not-an-object', path: '/values', message: '/values must be an object with "outcome": { file value: converted | not-converted | open }' });
    else {
      outcome = {};
      Object.entries(raw).forEach(([value, to]) => {
        if (typeof to === 'string' && (LEAD_OUTCOME_CHOICES as readonly string[]).includes(to)) (outcome as Record<string, LeadOutcomeValue>)[value] = to as LeadOutcomeValue;
        else problems.push({ code: 'bad-value', path: `/values/outcome/${value}`, message: `"${value}" maps to ${JSON.stringify(to)}; use one of ${LEAD_OUTCOME_CHOICES.join(', ')}` });
      });
    }
  }
  let leaveOut: string[] | undefined;
  if (json.leaveOut !== undefined) {
    if (!Array.isArray(json.leaveOut) || !json.leaveOut.every((c) => typeof c === 'string')) problems.push({ code: 'not-text', path: '/leaveOut', message: '/leaveOut must be a list of headers' });
    else leaveOut = json.leaveOut as string[];
  }
  if (problems.length > 0) throw new FileMappingError(problems);
  return { kind: 'leads', ...(typeof json.name === 'string' && { name: json.name }), columns, ...(outcome && { values: { outcome } }), ...(leaveOut && { leaveOut }) };
}

/** What keeps a mapping from being used on a file with this header: missing columns and unmapped required fields. */
export function checkLeadMapping(mapping: LeadFileMapping, header: readonly string[]): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  LEAD_FIELDS.forEach((field) => {
    const column = mapping.columns[field];
    if (column !== undefined && column !== '' && !header.includes(column)) {
      problems.push({ code: 'missing-column', path: `/columns/${field}`, message: `the file has no column "${column}" for ${field}; pick one of its columns: ${header.filter((h) => h !== '').map((h) => `"${h}"`).join(', ')}` });
    }
  });
  (Object.keys(REQUIRED_LEAD_FIELDS) as ('id' | 'outcome')[]).forEach((field) => {
    if ((mapping.columns[field] ?? '') === '') problems.push({ code: 'unmapped-field', path: `/columns/${field}`, message: `${field} is needed ${REQUIRED_LEAD_FIELDS[field]}: pick the column that holds it` });
  });
  return problems;
}

/** The feature columns of a file under a mapping: every column but id, name, outcome and those left out. */
export function leadFeatureColumns(mapping: LeadFileMapping, header: readonly string[]): string[] {
  const skip = new Set<string>([...Object.values(mapping.columns).filter((c): c is string => c !== undefined), ...(mapping.leaveOut ?? [])]);
  return header.filter((h) => h !== '' && !skip.has(h));
}

/** A lead as the mapping reads it from one row. */
export interface MappedLead {
  readonly id: string;
  readonly name: string;
  readonly outcome: LeadOutcomeValue;
  readonly features: Readonly<Record<string, string>>;
  /** 1-based data row of the file. */
  readonly row: number;
  /** 1-based line the row starts on. */
  readonly line: number;
}

/** A row the import leaves out: its row and line, the column, and a sentence naming the fix. */
export interface SkippedLeadRow {
  readonly row: number;
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export interface LeadRowsResult {
  readonly leads: readonly MappedLead[];
  readonly skipped: readonly SkippedLeadRow[];
  readonly features: readonly string[];
}

/**
 * Reads every row of a leads file under a mapping. A row without an id, with an outcome value the
 * mapping does not map, malformed as CSV, or repeating an earlier row's id with other values is
 * skipped and named (row, line, column, fix); the others are read. A repeated id with the same values
 * is read once.
 * @throws FileMappingError when the mapping does not fit the file's header (see checkLeadMapping)
 */
export function readLeadRows(table: CsvTextTable, mapping: LeadFileMapping): LeadRowsResult {
  const problems = checkLeadMapping(mapping, table.header);
  if (problems.length > 0) throw new FileMappingError(problems);
  const at = (column: string | undefined): number => (column === undefined ? -1 : table.header.indexOf(column));
  const idAt = at(mapping.columns.id);
  const nameAt = at(mapping.columns.name);
  const outcomeAt = at(mapping.columns.outcome);
  const features = leadFeatureColumns(mapping, table.header);
  const featureAt = features.map((f) => table.header.indexOf(f));
  const values = mapping.values?.outcome ?? {};
  const leads: MappedLead[] = [];
  const skipped: SkippedLeadRow[] = [];
  const seen = new Map<string, MappedLead>();
  const idColumn = mapping.columns.id ?? '';
  const outcomeColumn = mapping.columns.outcome ?? '';
  table.raw.forEach((raw, i) => {
    const cells = table.rows[i];
    const skip = (column: string, message: string): void => {
      skipped.push({ row: raw.row, line: raw.line, column, message: `Row ${raw.row} (line ${raw.line}), column "${column}": ${message}` });
    };
    if (raw.problem !== undefined) return skip(idColumn, `${raw.problem}; fix the quotes or separators of this row`);
    const id = (cells[idAt] ?? '').trim();
    if (isMissingLeadValue(id)) return skip(idColumn, 'the lead id is empty; every lead needs an id to be found again on the next import: fill it in or remove the row');
    const rawOutcome = (cells[outcomeAt] ?? '').trim();
    const outcome: LeadOutcomeValue | undefined = isMissingLeadValue(rawOutcome) ? 'open' : values[rawOutcome];
    if (outcome === undefined) return skip(outcomeColumn, `"${rawOutcome}" is mapped to no outcome; map it to converted, not converted or open in the outcome value table`);
    const nameCell = nameAt < 0 ? '' : (cells[nameAt] ?? '').trim();
    const lead: MappedLead = {
      id,
      name: isMissingLeadValue(nameCell) ? id : nameCell,
      outcome,
      features: Object.fromEntries(features.map((f, j) => [f, (cells[featureAt[j]] ?? '').trim()])),
      row: raw.row,
      line: raw.line
    };
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const same = earlier.name === lead.name && earlier.outcome === lead.outcome && features.every((f) => earlier.features[f] === lead.features[f]);
      if (!same) skip(idColumn, `lead id "${id}" is also on row ${earlier.row} with other values; keep one of the two rows`);
      return;
    }
    seen.set(id, lead);
    leads.push(lead);
  });
  return { leads, skipped, features };
}
