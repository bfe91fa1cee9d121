/**
 * Opportunities from CSV. Layout (one documented choice): ONE ROW PER STAGE ENTRY, the way CRM
 * "opportunity history" reports export it. Each row repeats the opportunity's columns and adds the
 * stage it entered and when; an opportunity without history is one row with empty stage columns.
 *
 *   Id,Name,Account,Owner,Team,Amount,Currency,Status,Created,Closed,Stage,StageEntered
 *   O-1,Big deal,Fabrikam,ann,East,"1,200.50",EUR,won,2024-01-02,2024-03-01,qualify,2024-01-02
 *   O-1,Big deal,Fabrikam,ann,East,"1,200.50",EUR,won,2024-01-02,2024-03-01,propose,2024-02-01
 *
 * The first good row of an opportunity sets its fields; a later row that disagrees is refused (and
 * names the row it disagrees with). Refused rows are skipped: the opportunity keeps its good rows.
 *
 * Any other layout is read through a mapping (`opportunitiesCsvOptions`): columns by any name, a date
 * format per column, value maps for status and stage, defaults and a lookup file. A file with one row
 * per deal and no stage-entry column dates its stage at the created date; a deal without a created
 * date takes the earliest date the file has for it (counted in `createdFromEarliestDate`).
 */
import * as Papa from 'papaparse';
import { InputTooLargeError } from '../errors';
import { assertText, createRowCursor, detectDelimiter, papaSettings } from './csvRows';
import { DEFAULT_MAX_ROW_ERRORS, MAX_IN_MEMORY_CSV_CHARS } from './interactionsCsv';
import { createOpportunityRowReader, type OpportunitiesCsvOptions, type OpportunitiesCsvResult, type OpportunityRowReader } from './opportunityRows';
import { OPPORTUNITY_CSV_PRESETS, type OpportunityColumnMapping, type OpportunityCsvPreset } from './opportunityPresets';

export { OPPORTUNITY_CSV_PRESETS, type OpportunityColumnMapping, type OpportunityCsvPreset };
export { OPPORTUNITY_STATUSES, opportunitiesCsvOptions, readOpportunityRows, createOpportunityRowReader } from './opportunityRows';
export type { OpportunitiesCsvOptions, OpportunitiesCsvResult, OpportunityRowReader } from './opportunityRows';

/**
 * Imports opportunities (layout above) from CSV text; the same file rules as `parseInteractionsCsv`
 * (delimiter, BOM, CRLF, quoted newlines, size limit, typed file and mapping errors).
 *
 * @throws InputTooLargeError, CsvFileError, CsvMappingError
 */
export function parseOpportunitiesCsv(text: string, options: OpportunitiesCsvOptions): OpportunitiesCsvResult {
  if (text.length > MAX_IN_MEMORY_CSV_CHARS) {
    throw new InputTooLargeError(MAX_IN_MEMORY_CSV_CHARS, text.length, 'Split the opportunities file into smaller files.');
  }
  const head = text.slice(0, 65536);
  assertText(head);
  const parsed = Papa.parse<string[]>(text, papaSettings(detectDelimiter(head)));
  const quoteErrors = new Map(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => [e.row as number, e]));
  const cursor = createRowCursor();
  let reader: OpportunityRowReader | undefined;
  parsed.data.forEach((fields, index) => {
    const raw = cursor.next(fields, quoteErrors.get(index));
    if (raw === undefined) return;
    reader = reader ?? createOpportunityRowReader(cursor.header() ?? [], { ...options, maxErrors: options.maxErrors ?? DEFAULT_MAX_ROW_ERRORS });
    reader.add(raw);
  });
  if (reader === undefined && cursor.header() !== undefined) createOpportunityRowReader(cursor.header() ?? [], options);
  cursor.finish();
  return (reader ?? createOpportunityRowReader([], { ...options, mapping: {} })).finish();
}
