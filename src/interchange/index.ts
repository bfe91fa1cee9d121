/** The public face of src/interchange: file formats in and out. Import from here, not from the folders. */

// Safe XML reading (shared by BPEL, BPMN and XES).
export { parseXmlSafely, DEFAULT_MAX_XML_BYTES, DEFAULT_MAX_XML_DEPTH, MAX_XML_DEPTH_CEILING } from './xml/safeXml';
export type { XmlElement, SafeXmlOptions } from './xml/safeXml';
export { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml/resolveXmlTree';
export { escapeXmlText, escapeXmlAttribute } from './xml/xmlText';

// WS-BPEL 2.0 export and import.
export { exportBpel } from './bpel/exportBpel';
export type { BpelExport, BpelExportOptions } from './bpel/exportBpel';
export type { BpelProfile } from './bpel/bpelActivities';
export { importBpel, importBpelWithWarnings } from './bpel/importBpel';
export type { BpelImportResult } from './bpel/importBpel';
export type { BpelImportWarning } from './bpel/bpelImportWarnings';
export { BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS, BPEL4WS_11_NS, VN_BPEL_EXTENSION_NS } from './bpel/bpelNames';
export { writeXml } from './xml/writeXml';
export type { XmlNodeToWrite } from './xml/writeXml';

// BPMN 2.0 export (diagram for people; one way).
export { exportBpmn } from './bpmn/exportBpmn';

// CSV: interactions (in memory and streaming), opportunities, export; presets are plain JSON.
export { parseInteractionsCsv, MAX_IN_MEMORY_CSV_CHARS, DEFAULT_MAX_ROW_ERRORS } from './csv/interactionsCsv';
export type { InteractionsCsvOptions, InteractionsCsvResult } from './csv/interactionsCsv';
export { importInteractionsCsvStream } from './csv/interactionsCsvStream';
export type { InteractionsCsvStreamOptions, CsvImportSummary } from './csv/interactionsCsvStream';
export type { TextSource } from './csv/textChunkStream';
export { INTERACTION_CSV_PRESETS, resolveColumns } from './csv/mapping';
export type { InteractionColumnMapping, InteractionCsvPreset } from './csv/mapping';
export { INTERACTION_CHANNELS, parseChannel } from './csv/channel';
export { parseOpportunitiesCsv, opportunitiesCsvOptions, readOpportunityRows, OPPORTUNITY_CSV_PRESETS, OPPORTUNITY_STATUSES } from './csv/opportunitiesCsv';
export type { OpportunityColumnMapping, OpportunityCsvPreset, OpportunitiesCsvOptions, OpportunitiesCsvResult } from './csv/opportunitiesCsv';
export { parseAmount } from './csv/parseAmount';
export type { DecimalSeparator } from './csv/parseAmount';
export { writeCsv, neutraliseFormula, interactionsToCsv, opportunitiesToCsv, INTERACTION_EXPORT_COLUMNS, OPPORTUNITY_EXPORT_COLUMNS } from './csv/exportCsv';
export type { CsvCell, CsvTable, CsvExportOptions } from './csv/exportCsv';
export { parseDateTime } from './dates/parseDateTime';
export type { DateOrder } from './dates/parseDateTime';
export { parseDateInFormat, parseExcelSerial, DATE_FORMATS } from './dates/dateFormat';
export type { DateFormat } from './dates/dateFormat';
export { detectDateFormat } from './dates/detectDateFormat';
export type { DateFormatGuess } from './dates/detectDateFormat';

// Column and value mapping of the files people bring (the same JSON in the dashboard and on the command line).
export { readCsvTable } from './mapping/csvTable';
export type { CsvTextTable } from './mapping/csvTable';
export { profileColumns } from './mapping/columnProfile';
export type { ColumnKind, ColumnProfile } from './mapping/columnProfile';
export {
  readOpportunityMapping,
  checkOpportunityMapping,
  dateFormatOf,
  OPPORTUNITY_FIELDS,
  OPPORTUNITY_DATE_FIELDS,
  REQUIRED_OPPORTUNITY_FIELDS
} from './mapping/fileMapping';
export type { OpportunityField, OpportunityDateField, OpportunityColumns, OpportunityValueMaps, LookupMapping, OpportunityFileMapping } from './mapping/fileMapping';
export { readLookupTable } from './mapping/lookupTable';
export type { LookupTable, LookupTableResult } from './mapping/lookupTable';
export { suggestOpportunityMapping, OPPORTUNITY_SYNONYMS } from './mapping/suggestOpportunityMapping';
export type { FieldMatch, DateQuestion, OpportunityMappingSuggestion, SuggestOptions } from './mapping/suggestOpportunityMapping';
export { censusValues, suggestStatusValue, suggestStageValue } from './mapping/valueCensus';
export type { ValueCount } from './mapping/valueCensus';
export { normaliseHeader } from './mapping/normaliseHeader';
export { checkLeadMapping, isMissingLeadValue, LEAD_FIELDS, LEAD_OUTCOME_CHOICES, LEAD_SYNONYMS, leadFeatureColumns, leadOutcomeCensus, readLeadMapping, readLeadRows, REQUIRED_LEAD_FIELDS, suggestLeadMapping, suggestLeadOutcome, suggestOutcomeValues } from './mapping/leadMapping';
export type { LeadField, LeadFieldMatch, LeadFileMapping, LeadMappingSuggestion, LeadOutcomeValue, LeadRowsResult, MappedLead, SkippedLeadRow } from './mapping/leadMapping';

export { sanitizeText } from './text/sanitizeText';

// XES event logs (.xes and .xes.gz).
export { parseXes, MAX_XES_BYTES, XES_NAMESPACE } from './xes/parseXes';
export type { XesOptions, XesResult } from './xes/parseXes';

// Blueprint JSON documents.
export { readBlueprintJson, writeBlueprintJson, BLUEPRINT_SCHEMA_ID, BLUEPRINT_FORMAT_VERSION, MAX_BLUEPRINT_JSON_CHARS } from './blueprintJson/blueprintJson';
export type { ReadBlueprintOptions } from './blueprintJson/blueprintJson';
export { parseJsonText } from './blueprintJson/parseJsonText';
export { BpelImportError, BpelStaticAnalysisError, CsvFileError, CsvMappingError, CsvRowError, FileMappingError, InputTooLargeError, JsonSyntaxError, MalformedXmlError, XesImportError, XmlSecurityError } from './errors';
export type { BpelImportReason, BpelProblem, CsvFileProblem, XmlSecurityReason } from './errors';
export { PARSER_OPTIONS } from './xml/safeXml';
export { readLeadsCsv } from './csv/leadsCsv';
