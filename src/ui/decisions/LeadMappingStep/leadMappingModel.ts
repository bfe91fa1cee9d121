/**
 * State and view model of the Leads panel's mapping step: the detected mapping of a leads file, the
 * user's corrections (id, name and outcome columns, outcome values, features left out) and what the
 * import would store (preview and skipped rows) before anything is written. Pure: the component holds
 * the state in `useReducer`. Imports the interchange's light face only (no CSV parser).
 */
import {
  checkLeadMapping,
  isMissingLeadValue,
  LEAD_FIELDS,
  leadFeatureColumns,
  leadOutcomeCensus,
  readLeadRows,
  REQUIRED_LEAD_FIELDS,
  suggestOutcomeValues,
  type ColumnProfile,
  type CsvTextTable,
  type LeadField,
  type LeadFileMapping,
  type LeadMappingSuggestion,
  type LeadOutcomeValue,
  type LeadRowsResult,
  type MappedLead,
  type ValueCount
} from '../../../interchange/light';

export type LeadMatchSource = 'name' | 'user' | 'none';

export interface LeadMappingState {
  readonly fileName: string;
  readonly table: CsvTextTable;
  readonly profiles: readonly ColumnProfile[];
  readonly mapping: LeadFileMapping;
  readonly sources: Readonly<Record<LeadField, LeadMatchSource>>;
  readonly outcomeValues: readonly ValueCount[];
}

export type LeadMappingAction =
  | { readonly type: 'column'; readonly field: LeadField; readonly column: string | undefined }
  /** `undefined` removes the value's mapping. */
  | { readonly type: 'outcomeValue'; readonly value: string; readonly outcome: LeadOutcomeValue | undefined }
  | { readonly type: 'feature'; readonly column: string; readonly included: boolean };

export function initialLeadMapping(fileName: string, table: CsvTextTable, suggestion: LeadMappingSuggestion): LeadMappingState {
  const sources = {} as Record<LeadField, LeadMatchSource>;
  suggestion.matches.forEach((m) => (sources[m.field] = m.by));
  return { fileName, table, profiles: suggestion.profiles, mapping: suggestion.mapping, sources, outcomeValues: suggestion.outcomeValues };
}

export function leadMappingReducer(state: LeadMappingState, action: LeadMappingAction): LeadMappingState {
  const mapping = state.mapping;
  switch (action.type) {
    case 'column': {
      const columns = { ...mapping.columns };
      if (action.column === undefined) delete columns[action.field];
      else columns[action.field] = action.column;
      // A column chosen as id, name or outcome is no feature; leaving it out of the features too would hide it twice.
      const leaveOut = (mapping.leaveOut ?? []).filter((c) => c !== action.column);
      const next: LeadFileMapping = { ...mapping, columns, ...(leaveOut.length > 0 ? { leaveOut } : { leaveOut: undefined }) };
      const sources = { ...state.sources, [action.field]: action.column === undefined ? 'none' : 'user' };
      if (action.field !== 'outcome') return { ...state, sources, mapping: next };
      const outcomeValues = leadOutcomeCensus(state.table, action.column);
      const outcome = suggestOutcomeValues(outcomeValues, mapping.values?.outcome);
      return { ...state, sources, outcomeValues, mapping: { ...next, values: { outcome } } };
    }
    case 'outcomeValue': {
      const outcome = { ...mapping.values?.outcome };
      if (action.outcome === undefined) delete outcome[action.value];
      else outcome[action.value] = action.outcome;
      return { ...state, mapping: { ...mapping, values: { outcome } } };
    }
    case 'feature': {
      const rest = (mapping.leaveOut ?? []).filter((c) => c !== action.column);
      const leaveOut = action.included ? rest : [...rest, action.column];
      return { ...state, mapping: { ...mapping, leaveOut } };
    }
  }
}

export interface LeadFieldRow {
  readonly field: LeadField;
  readonly column: string | undefined;
  readonly source: LeadMatchSource;
  readonly samples: readonly string[];
  readonly required: boolean;
}

export type LeadMappingProblem = { readonly kind: 'unmapped-field'; readonly field: 'id' | 'outcome' } | { readonly kind: 'outcome-values'; readonly values: readonly string[] };

export interface LeadMappingView {
  readonly fields: readonly LeadFieldRow[];
  readonly outcomeRows: readonly (ValueCount & { readonly outcome: LeadOutcomeValue | undefined })[];
  /** Rows whose outcome is empty or "Select": open leads. */
  readonly missingOutcomes: number;
  readonly features: readonly { readonly column: string; readonly samples: readonly string[]; readonly included: boolean }[];
  readonly problems: readonly LeadMappingProblem[];
  /** The first `checkRows` rows read as the import will read them; `undefined` while a required field is unmapped. */
  readonly result: LeadRowsResult | undefined;
  readonly checkedRows: number;
  readonly totalRows: number;
  readonly preview: readonly MappedLead[];
  readonly canImport: boolean;
}

/** Rows read on every change (the import reads every row). */
export const LEAD_MAPPING_CHECK_ROWS: number = 5000;

export function leadMappingView(state: LeadMappingState, previewSize: number = 5, checkRows: number = LEAD_MAPPING_CHECK_ROWS): LeadMappingView {
  const { mapping, table, profiles } = state;
  const fields = LEAD_FIELDS.map((field) => {
    const column = mapping.columns[field];
    return { field, column, source: state.sources[field] ?? 'none', samples: profiles.find((p) => p.header === column)?.samples ?? [], required: field in REQUIRED_LEAD_FIELDS };
  });
  const problems: LeadMappingProblem[] = [];
  checkLeadMapping(mapping, table.header).forEach((p) => {
    if (p.code === 'unmapped-field') problems.push({ kind: 'unmapped-field', field: p.path.replace('/columns/', '') as 'id' | 'outcome' });
  });
  const outcomeRows = state.outcomeValues.map((v) => ({ ...v, outcome: mapping.values?.outcome?.[v.value] }));
  const open = outcomeRows.filter((r) => r.outcome === undefined).map((r) => r.value);
  if (open.length > 0) problems.push({ kind: 'outcome-values', values: open });
  const outcomeAt = mapping.columns.outcome === undefined ? -1 : table.header.indexOf(mapping.columns.outcome);
  const missingOutcomes = outcomeAt < 0 ? 0 : table.rows.filter((r) => isMissingLeadValue(r[outcomeAt])).length;
  const included = new Set(leadFeatureColumns(mapping, table.header));
  const keys = new Set(Object.values(mapping.columns));
  const features = table.header.filter((h) => h !== '' && !keys.has(h)).map((column) => ({ column, samples: profiles.find((p) => p.header === column)?.samples ?? [], included: included.has(column) }));
  const readable = !problems.some((p) => p.kind === 'unmapped-field');
  const checked = table.raw.length > checkRows ? { ...table, raw: table.raw.slice(0, checkRows), rows: table.rows.slice(0, checkRows) } : table;
  const result = readable ? readLeadRows(checked, mapping) : undefined;
  return {
    fields,
    outcomeRows,
    missingOutcomes,
    features,
    problems,
    result,
    checkedRows: checked.raw.length,
    totalRows: table.raw.length,
    preview: result === undefined ? [] : result.leads.slice(0, previewSize),
    canImport: problems.length === 0 && result !== undefined && result.leads.length > 0
  };
}
