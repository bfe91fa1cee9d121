/**
 * State and view model of the Import data panel's mapping step for an opportunities file: the
 * detected mapping, the user's corrections (columns, date formats, decimal separator, defaults, status
 * and stage values), and what the import would store from it (preview and row errors) before anything
 * is written. Pure: the component holds the state in `useReducer` and renders the view.
 *
 * Imports the interchange's light face, not its main face: nothing there loads the CSV parser, which
 * the panel only loads once a file is chosen.
 */
import type { Opportunity, OpportunityStatus } from '../../../core/model';
import { opportunitiesCsvOptions, readOpportunityRows, type OpportunitiesCsvResult, checkOpportunityMapping, OPPORTUNITY_DATE_FIELDS, OPPORTUNITY_FIELDS, REQUIRED_OPPORTUNITY_FIELDS, type OpportunityDateField, type OpportunityField, type OpportunityFileMapping, censusValues, suggestStageValue, suggestStatusValue, type ValueCount } from '../../../interchange/light';
import type { DecimalSeparator, DateFormat, ColumnProfile, CsvTextTable, OpportunityMappingSuggestion } from '../../../interchange/light';

export interface StageChoice {
  readonly id: string;
  readonly name: string;
}

/** How a field got its column: detected by name or content, chosen by the user, or none. */
export type MatchSource = 'name' | 'content' | 'user' | 'none';

export interface MappingStepState {
  readonly fileName: string;
  readonly table: CsvTextTable;
  readonly profiles: readonly ColumnProfile[];
  /** The published blueprint's stages, offered for the stage values. */
  readonly stages: readonly StageChoice[];
  readonly mapping: OpportunityFileMapping;
  readonly sources: Readonly<Record<OpportunityField, MatchSource>>;
  readonly statusValues: readonly ValueCount[];
  readonly stageValues: readonly ValueCount[];
}

export type MappingStepAction =
  | { readonly type: 'column'; readonly field: OpportunityField; readonly column: string | undefined }
  | { readonly type: 'dateFormat'; readonly field: OpportunityDateField; readonly format: DateFormat }
  | { readonly type: 'decimalSeparator'; readonly separator: DecimalSeparator }
  | { readonly type: 'default'; readonly field: OpportunityField; readonly value: string }
  /** `undefined` removes the value's mapping. */
  | { readonly type: 'statusValue'; readonly value: string; readonly status: OpportunityStatus | undefined }
  /** `''` maps the value to no stage; `undefined` removes the value's mapping. */
  | { readonly type: 'stageValue'; readonly value: string; readonly stageId: string | undefined };

/** The first state of the step, from the detection's proposal. */
export function initialMappingStep(fileName: string, table: CsvTextTable, suggestion: OpportunityMappingSuggestion, stages: readonly StageChoice[]): MappingStepState {
  const sources = {} as Record<OpportunityField, MatchSource>;
  suggestion.matches.forEach((m) => (sources[m.field] = m.by));
  return { fileName, table, profiles: suggestion.profiles, stages, mapping: suggestion.mapping, sources, statusValues: suggestion.statusValues, stageValues: suggestion.stageValues };
}

/** A copy of `record` without `key` (an absent record is empty). */
function without<T extends object>(record: T | undefined, key: string): T {
  const copy = { ...record } as T;
  delete (copy as Record<string, unknown>)[key];
  return copy;
}

/** Value maps for the current status and stage columns: the user's entries kept, new values proposed. */
function remapValues(state: MappingStepState, mapping: OpportunityFileMapping): Pick<MappingStepState, 'statusValues' | 'stageValues' | 'mapping'> {
  const indexOf = (column: string | undefined): number => (column === undefined ? -1 : state.table.header.indexOf(column));
  const statusColumn = indexOf(mapping.columns.status);
  const stageColumn = indexOf(mapping.columns.stage);
  const shared = statusColumn >= 0 && statusColumn === stageColumn;
  const statusValues = statusColumn < 0 ? [] : censusValues(state.table, statusColumn);
  const stageValues = stageColumn < 0 ? [] : censusValues(state.table, stageColumn);
  const status: Record<string, OpportunityStatus> = {};
  statusValues.forEach(({ value }) => {
    const chosen = mapping.values?.status?.[value] ?? suggestStatusValue(value, shared);
    if (chosen !== undefined) status[value] = chosen;
  });
  const stage: Record<string, string> = {};
  stageValues.forEach(({ value }) => {
    const chosen = mapping.values?.stage?.[value] ?? suggestStageValue(value, state.stages.length > 0 ? state.stages : undefined);
    if (chosen !== undefined) stage[value] = chosen;
  });
  const values = { ...(statusValues.length > 0 && { status }), ...(stageValues.length > 0 && { stage }) };
  return { statusValues, stageValues, mapping: { ...mapping, values } };
}

export function mappingStepReducer(state: MappingStepState, action: MappingStepAction): MappingStepState {
  const mapping = state.mapping;
  switch (action.type) {
    case 'column': {
      const columns = action.column === undefined ? without(mapping.columns, action.field) : { ...mapping.columns, [action.field]: action.column };
      let next: OpportunityFileMapping = { ...mapping, columns };
      if ((OPPORTUNITY_DATE_FIELDS as readonly string[]).includes(action.field)) {
        // A new date column brings the format its values decide; an undecided one is asked again.
        const field = action.field as OpportunityDateField;
        const format = state.profiles.find((p) => p.header === action.column)?.date?.format;
        next = { ...next, dateFormats: format === undefined ? without(mapping.dateFormats, field) : { ...mapping.dateFormats, [field]: format } };
      }
      const sources = { ...state.sources, [action.field]: action.column === undefined ? 'none' : 'user' };
      return action.field === 'status' || action.field === 'stage' ? { ...state, sources, ...remapValues(state, next) } : { ...state, sources, mapping: next };
    }
    case 'dateFormat':
      return { ...state, mapping: { ...mapping, dateFormats: { ...mapping.dateFormats, [action.field]: action.format } } };
    case 'decimalSeparator':
      return { ...state, mapping: { ...mapping, decimalSeparator: action.separator } };
    case 'default': {
      const defaults = action.value.trim() === '' ? without(mapping.defaults, action.field) : { ...mapping.defaults, [action.field]: action.value.trim() };
      return { ...state, mapping: { ...mapping, defaults } };
    }
    case 'statusValue': {
      const status = action.status === undefined ? without(mapping.values?.status, action.value) : { ...mapping.values?.status, [action.value]: action.status };
      return { ...state, mapping: { ...mapping, values: { ...mapping.values, status } } };
    }
    case 'stageValue': {
      const stage = action.stageId === undefined ? without(mapping.values?.stage, action.value) : { ...mapping.values?.stage, [action.value]: action.stageId };
      return { ...state, mapping: { ...mapping, values: { ...mapping.values, stage } } };
    }
  }
}

/** What keeps the import from starting; the component words each kind in the user's language. */
export type MappingProblem =
  | { readonly kind: 'unmapped-field'; readonly field: OpportunityField }
  | { readonly kind: 'date-format'; readonly field: OpportunityDateField; readonly column: string; readonly example: string }
  | { readonly kind: 'status-values'; readonly values: readonly string[] }
  | { readonly kind: 'stage-values'; readonly values: readonly string[] };

export interface FieldRow {
  readonly field: OpportunityField;
  readonly column: string | undefined;
  readonly source: MatchSource;
  /** Values of the chosen column, as the file has them. */
  readonly samples: readonly string[];
  readonly required: boolean;
  /** Date fields: the chosen format, `undefined` while undecided. */
  readonly dateFormat?: DateFormat;
  readonly defaultValue: string;
}

export interface MappingStepView {
  readonly fields: readonly FieldRow[];
  readonly statusRows: readonly (ValueCount & { readonly status: OpportunityStatus | undefined })[];
  readonly stageRows: readonly (ValueCount & { readonly stageId: string | undefined })[];
  readonly problems: readonly MappingProblem[];
  /** The import's reading of the checked rows under the mapping; `undefined` while fields are unmapped. */
  readonly result: OpportunitiesCsvResult | undefined;
  /** Rows read for `result` (the first `checkRows`), and rows in the file. */
  readonly checkedRows: number;
  readonly totalRows: number;
  /** The first opportunities as they would be stored. */
  readonly preview: readonly Opportunity[];
  readonly canImport: boolean;
}

/**
 * Rows read on every change of the mapping. Detection and the value census see every row once; the
 * preview and its row errors are recomputed at each choice, so they read a bounded start of a large
 * file to answer within the 2 s the mapping step has for 100,000 rows (the import reads every row and
 * reports every error).
 */
export const MAPPING_CHECK_ROWS: number = 5000;

/**
 * The step as shown: one row per field, the value tables, what is left to decide and, once every
 * required field has a source, the first `checkRows` rows read as the import will read them.
 *
 * @param previewSize - opportunities shown in the preview
 */
export function mappingStepView(state: MappingStepState, previewSize: number = 5, checkRows: number = MAPPING_CHECK_ROWS): MappingStepView {
  const { mapping, table, profiles } = state;
  const fields: FieldRow[] = OPPORTUNITY_FIELDS.map((field) => {
    const column = mapping.columns[field];
    const isDate = (OPPORTUNITY_DATE_FIELDS as readonly string[]).includes(field);
    const dateFormat = isDate ? mapping.dateFormats?.[field as OpportunityDateField] ?? mapping.dateOrder : undefined;
    return {
      field,
      column,
      source: state.sources[field] ?? 'none',
      samples: profiles.find((p) => p.header === column)?.samples ?? [],
      required: REQUIRED_OPPORTUNITY_FIELDS[field] !== undefined,
      ...(isDate && { dateFormat }),
      defaultValue: mapping.defaults?.[field] ?? ''
    };
  });
  const problems: MappingProblem[] = [];
  checkOpportunityMapping(mapping, table.header).forEach((p) => {
    if (p.code === 'unmapped-field') problems.push({ kind: 'unmapped-field', field: p.path.replace('/columns/', '') as OpportunityField });
  });
  OPPORTUNITY_DATE_FIELDS.forEach((field) => {
    const column = mapping.columns[field];
    if (column === undefined || mapping.dateFormats?.[field] !== undefined || mapping.dateOrder !== undefined) return;
    const profile = profiles.find((p) => p.header === column);
    problems.push({ kind: 'date-format', field, column, example: profile?.date?.example ?? profile?.samples[0] ?? '' });
  });
  const statusRows = state.statusValues.map((v) => ({ ...v, status: mapping.values?.status?.[v.value] }));
  const stageRows = state.stageValues.map((v) => ({ ...v, stageId: mapping.values?.stage?.[v.value] }));
  const openStatus = statusRows.filter((r) => r.status === undefined).map((r) => r.value);
  const openStage = stageRows.filter((r) => r.stageId === undefined).map((r) => r.value);
  if (openStatus.length > 0) problems.push({ kind: 'status-values', values: openStatus });
  if (openStage.length > 0) problems.push({ kind: 'stage-values', values: openStage });
  const readable = !problems.some((p) => p.kind === 'unmapped-field');
  const checked = table.raw.length > checkRows ? table.raw.slice(0, checkRows) : table.raw;
  const result = readable ? readOpportunityRows(table.header, checked, opportunitiesCsvOptions(mapping)) : undefined;
  return {
    fields,
    checkedRows: checked.length,
    totalRows: table.raw.length,
    statusRows,
    stageRows,
    problems,
    result,
    preview: result === undefined ? [] : result.records.slice(0, previewSize),
    canImport: problems.length === 0 && result !== undefined && result.accepted > 0
  };
}
