/**
 * The light face of src/interchange: what a page may load at its first render. The fields, formats,
 * presets and value suggestions an import screen shows before any file is parsed, and the row reader
 * the mapping step previews with; none of it loads a parser (papaparse, fast-xml-parser, fflate).
 * The parsers come with the main face (`src/interchange`), which pages load on demand in a chunk of
 * its own (`import(/* webpackChunkName: ... *\/ '.../interchange')`).
 */
export { INTERACTION_CSV_PRESETS } from '../csv/mapping';
export { opportunitiesCsvOptions, readOpportunityRows } from '../csv/opportunityRows';
export type { OpportunitiesCsvResult } from '../csv/opportunityRows';
export type { DecimalSeparator } from '../csv/parseAmount';
export { DATE_FORMATS } from '../dates/dateFormat';
export type { DateFormat } from '../dates/dateFormat';
export { checkOpportunityMapping, OPPORTUNITY_DATE_FIELDS, OPPORTUNITY_FIELDS, REQUIRED_OPPORTUNITY_FIELDS } from '../mapping/fileMapping';
export type { OpportunityDateField, OpportunityField, OpportunityFileMapping } from '../mapping/fileMapping';
export { censusValues, suggestStageValue, suggestStatusValue } from '../mapping/valueCensus';
export type { ValueCount } from '../mapping/valueCensus';
export type { ColumnProfile } from '../mapping/columnProfile';
export type { CsvTextTable } from '../mapping/csvTable';
export type { OpportunityMappingSuggestion } from '../mapping/suggestOpportunityMapping';
// Leads files: the mapping JSON, its detection and the row reader (pure: no parser).
export { checkLeadMapping, isMissingLeadValue, LEAD_FIELDS, LEAD_OUTCOME_CHOICES, LEAD_SYNONYMS, leadFeatureColumns, leadOutcomeCensus, readLeadMapping, readLeadRows, REQUIRED_LEAD_FIELDS, suggestLeadMapping, suggestLeadOutcome, suggestOutcomeValues } from '../mapping/leadMapping';
export type { LeadField, LeadFieldMatch, LeadFileMapping, LeadMappingSuggestion, LeadOutcomeValue, LeadRowsResult, MappedLead, SkippedLeadRow } from '../mapping/leadMapping';
