/**
 * The mapping step's first proposal for an opportunities file: columns matched to fields by header
 * name (English and German synonyms, the default column names of the product's own export and of
 * Salesforce, Dynamics 365 and HubSpot opportunity exports) and checked against their content; date
 * formats read from the data; status and stage values mapped where the value itself says what it is.
 * Everything is a proposal the user confirms or changes; what cannot be decided is left open and listed.
 */
import type { OpportunityStatus } from '../../core/model';
import type { DateFormat } from '../dates/dateFormat';
import type { DecimalSeparator } from '../csv/parseAmount';
import { profileColumns, type ColumnKind, type ColumnProfile } from './columnProfile';
import type { CsvTextTable } from './csvTable';
import { OPPORTUNITY_DATE_FIELDS, OPPORTUNITY_FIELDS, type OpportunityDateField, type OpportunityField, type OpportunityFileMapping } from './fileMapping';
import { normaliseHeader } from './normaliseHeader';
import { censusValues, suggestStageValue, suggestStatusValue, type ValueCount } from './valueCensus';

/** Header names per field, written as `normaliseHeader` leaves them. */
export const OPPORTUNITY_SYNONYMS: Readonly<Record<OpportunityField, readonly string[]>> = {
  id: ['id', 'opportunity id', 'opportunityid', 'opportunity', 'deal id', 'dealid', 'record id', 'opportunity number', 'opportunity no', 'do not modify opportunity', 'external id', 'crm id',
    'verkaufschance', 'verkaufschance id', 'verkaufschancen id', 'verkaufschancen nr', 'chancen id', 'opportunity nr'],
  name: ['name', 'opportunity name', 'deal name', 'dealname', 'title', 'topic', 'subject', 'deal', 'name der verkaufschance', 'bezeichnung', 'thema', 'titel', 'verkaufschancenname'],
  account: ['account', 'account name', 'company', 'company name', 'customer', 'client', 'potential customer', 'associated company', 'organisation', 'organization',
    'firma', 'kunde', 'kundenname', 'konto', 'unternehmen', 'potenzieller kunde', 'accountname'],
  owner: ['owner', 'opportunity owner', 'deal owner', 'owner name', 'sales agent', 'sales rep', 'sales representative', 'seller', 'salesperson', 'account manager', 'assigned to', 'owner email',
    'besitzer', 'verkaufer', 'vertriebsmitarbeiter', 'zustandig', 'verantwortlich', 'vertriebler'],
  team: ['team', 'sales team', 'region', 'regional office', 'territory', 'business unit', 'office', 'vertriebsteam', 'gebiet', 'vertriebsgebiet', 'geschaftsbereich'],
  amount: ['amount', 'value', 'deal value', 'close value', 'est revenue', 'estimated revenue', 'revenue', 'opportunity amount', 'total amount', 'deal amount', 'amount in company currency',
    'betrag', 'wert', 'umsatz', 'volumen', 'auftragswert', 'geschatzter umsatz'],
  currency: ['currency', 'currency code', 'opportunity currency', 'deal currency', 'wahrung', 'wahrungscode'],
  status: ['status', 'state', 'outcome', 'result', 'won lost', 'ergebnis', 'zustand'],
  created: ['created', 'created date', 'create date', 'created on', 'creation date', 'engage date', 'open date', 'start date', 'opened', 'date created',
    'erstellt', 'erstellt am', 'erstelldatum', 'anlagedatum', 'angelegt am'],
  closed: ['closed', 'close date', 'closed date', 'closedate', 'actual close date', 'closed on', 'date closed', 'close',
    'abschlussdatum', 'abgeschlossen am', 'geschlossen', 'geschlossen am', 'tatsachliches abschlussdatum'],
  stage: ['stage', 'deal stage', 'dealstage', 'sales stage', 'pipeline stage', 'pipeline phase', 'opportunity stage', 'phase', 'stage name', 'verkaufsphase', 'stufe', 'vertriebsphase'],
  stageEntered: ['stage entered', 'stageentered', 'entered', 'stage date', 'stage change date', 'last stage change', 'last stage change date', 'stage since', 'phase seit', 'phasenbeginn', 'phase erreicht am']
};

/**
 * The kinds of column each field can come from; a name match on any other kind is refused. An empty
 * column contradicts nothing: it is matched by its name, and its cells take the field's default.
 */
const ACCEPTS: Readonly<Record<OpportunityField, readonly ColumnKind[]>> = {
  id: ['text', 'number', 'email', 'empty'],
  name: ['text', 'number', 'empty'],
  account: ['text', 'empty'],
  owner: ['text', 'email', 'empty'],
  team: ['text', 'empty'],
  amount: ['number', 'empty'],
  currency: ['text', 'empty'],
  status: ['text', 'empty'],
  created: ['date', 'empty'],
  closed: ['date', 'empty'],
  stage: ['text', 'empty'],
  stageEntered: ['date', 'empty']
};

/** How one field was matched, with the evidence shown next to it. */
export interface FieldMatch {
  readonly field: OpportunityField;
  /** The header, or `undefined` when nothing matched. */
  readonly column: string | undefined;
  readonly by: 'name' | 'content' | 'none';
  readonly samples: readonly string[];
}

/** A date column whose values fit more than one format: the user must say which. */
export interface DateQuestion {
  readonly field: OpportunityDateField;
  readonly column: string;
  readonly candidates: readonly DateFormat[];
  readonly example: string;
}

export interface OpportunityMappingSuggestion {
  readonly mapping: OpportunityFileMapping;
  readonly matches: readonly FieldMatch[];
  readonly profiles: readonly ColumnProfile[];
  readonly dateQuestions: readonly DateQuestion[];
  /** Every distinct value of the status and stage columns with its row count (most frequent first). */
  readonly statusValues: readonly ValueCount[];
  readonly stageValues: readonly ValueCount[];
  /** Values the suggestion could not map: the user must map them before importing. */
  readonly unmappedStatusValues: readonly string[];
  readonly unmappedStageValues: readonly string[];
}

export interface SuggestOptions {
  /** The blueprint's stages, for the stage value map (matched by id or name). */
  readonly stages?: readonly { readonly id: string; readonly name: string }[];
}

function nameScore(header: string, synonyms: readonly string[]): number {
  const normal = normaliseHeader(header);
  const compact = normal.replace(/ /g, '');
  let best = 0;
  for (const synonym of synonyms) {
    if (normal === synonym || compact === synonym.replace(/ /g, '')) return 1000;
    // A synonym as whole words inside the header ("Opportunity Close Date" holds "close date"); longer synonyms say more.
    if (` ${normal} `.includes(` ${synonym} `)) best = Math.max(best, 10 * synonym.length);
  }
  return best;
}

const DECIMAL_COMMA: RegExp = /^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d+,\d{1,2}$/;

function decimalSeparatorOf(profile: ColumnProfile | undefined, table: CsvTextTable): DecimalSeparator {
  if (profile === undefined) return '.';
  return table.rows.some((row) => DECIMAL_COMMA.test((row[profile.index] ?? '').trim())) ? ',' : '.';
}

/**
 * Proposes a mapping for an opportunities file.
 *
 * @param table - the whole file (header and rows), see `readCsvTable`
 * @returns the proposed mapping JSON and what it rests on; nothing in it is final
 */
export function suggestOpportunityMapping(table: CsvTextTable, options: SuggestOptions = {}): OpportunityMappingSuggestion {
  const profiles = profileColumns(table);
  // Status and stage often share one column: count its values once.
  const censuses = new Map<number, ValueCount[]>();
  const census = (column: number): ValueCount[] => {
    const counted = censuses.get(column) ?? censusValues(table, column);
    censuses.set(column, counted);
    return counted;
  };
  const candidates: { field: OpportunityField; profile: ColumnProfile; score: number }[] = [];
  OPPORTUNITY_FIELDS.forEach((field) => {
    profiles.forEach((profile) => {
      const score = nameScore(profile.header, OPPORTUNITY_SYNONYMS[field]);
      const isDate = (OPPORTUNITY_DATE_FIELDS as readonly string[]).includes(field);
      // A date field named so takes numbers only as Excel serials, and text only where some cells are dates.
      const accepted = isDate
        ? profile.kind === 'date' || profile.kind === 'empty' || ((profile.kind === 'number' || profile.kind === 'text') && profile.date !== undefined)
        : ACCEPTS[field].includes(profile.kind);
      if (score > 0 && accepted) candidates.push({ field, profile, score });
    });
  });
  // Highest score first; ties keep field order, then column order (stable sort).
  candidates.sort((a, b) => b.score - a.score);
  const chosen = new Map<OpportunityField, { profile: ColumnProfile; by: 'name' | 'content' }>();
  const used = new Set<number>();
  candidates.forEach(({ field, profile }) => {
    if (chosen.has(field) || used.has(profile.index)) return;
    chosen.set(field, { profile, by: 'name' });
    used.add(profile.index);
  });
  // By content: a seller column of e-mail addresses needs no particular name.
  if (!chosen.has('owner')) {
    const emails = profiles.filter((p) => p.kind === 'email' && !used.has(p.index));
    if (emails.length === 1) {
      chosen.set('owner', { profile: emails[0], by: 'content' });
      used.add(emails[0].index);
    }
  }
  // One column mixing outcomes and open stages ("Prospecting", "Won", "Lost") feeds both fields.
  const stageColumn = chosen.get('stage');
  if (!chosen.has('status') && stageColumn !== undefined) {
    const outcomes = census(stageColumn.profile.index).filter((v) => suggestStatusValue(v.value, false) !== undefined);
    if (outcomes.length > 0) chosen.set('status', { profile: stageColumn.profile, by: 'content' });
  }

  const columns: Partial<Record<OpportunityField, string>> = {};
  // In field order, so that the JSON a user edits reads the same way for every file.
  OPPORTUNITY_FIELDS.forEach((field) => {
    const match = chosen.get(field);
    if (match !== undefined) columns[field] = match.profile.header;
  });
  const matches: FieldMatch[] = OPPORTUNITY_FIELDS.map((field) => {
    const match = chosen.get(field);
    return match === undefined ? { field, column: undefined, by: 'none', samples: [] } : { field, column: match.profile.header, by: match.by, samples: match.profile.samples };
  });

  const dateFormats: Partial<Record<OpportunityDateField, DateFormat>> = {};
  const dateQuestions: DateQuestion[] = [];
  OPPORTUNITY_DATE_FIELDS.forEach((field) => {
    const profile = chosen.get(field)?.profile;
    const guess = profile?.date;
    if (profile === undefined || guess === undefined) return;
    if (guess.format !== undefined) dateFormats[field] = guess.format;
    else if (guess.candidates.length > 1) dateQuestions.push({ field, column: profile.header, candidates: guess.candidates, example: guess.example ?? '' });
  });

  const sharedColumn = stageColumn !== undefined && chosen.get('status')?.profile.index === stageColumn.profile.index;
  const statusProfile = chosen.get('status')?.profile;
  const statusValues = statusProfile === undefined ? [] : census(statusProfile.index);
  const status: Record<string, OpportunityStatus> = {};
  const unmappedStatusValues: string[] = [];
  statusValues.forEach(({ value }) => {
    const mapped = suggestStatusValue(value, sharedColumn);
    if (mapped === undefined) unmappedStatusValues.push(value);
    else status[value] = mapped;
  });
  const stageValues = stageColumn === undefined ? [] : census(stageColumn.profile.index);
  const stage: Record<string, string> = {};
  const unmappedStageValues: string[] = [];
  stageValues.forEach(({ value }) => {
    const mapped = suggestStageValue(value, options.stages);
    if (mapped === undefined) unmappedStageValues.push(value);
    else stage[value] = mapped;
  });

  const amountProfile = chosen.get('amount')?.profile;
  const defaults: Partial<Record<OpportunityField, string>> = {};
  // Open deals in CRM exports often have no amount yet; the product stores 0 for "not known yet".
  if (amountProfile !== undefined && amountProfile.filled < table.rows.length) defaults.amount = '0';
  const mapping: OpportunityFileMapping = {
    kind: 'opportunities',
    columns,
    ...(Object.keys(dateFormats).length > 0 && { dateFormats }),
    decimalSeparator: decimalSeparatorOf(amountProfile, table),
    ...((statusValues.length > 0 || stageValues.length > 0) && {
      values: { ...(statusValues.length > 0 && { status }), ...(stageValues.length > 0 && { stage }) }
    }),
    ...(Object.keys(defaults).length > 0 && { defaults })
  };
  return { mapping, matches, profiles, dateQuestions, statusValues, stageValues, unmappedStatusValues, unmappedStageValues };
}
