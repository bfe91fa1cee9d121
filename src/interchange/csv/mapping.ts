import { CsvMappingError } from '../errors';
import type { DateOrder } from '../dates/parseDateTime';

/** Which CSV header feeds which interaction field. Optional fields left out (or `''`) are not imported. */
export interface InteractionColumnMapping {
  readonly opportunityId: string;
  readonly activity: string;
  readonly timestamp: string;
  readonly fromParticipant?: string;
  readonly toParticipant?: string;
  readonly fromRole?: string;
  readonly toRole?: string;
  readonly channel?: string;
}

/** A saved mapping: plain JSON, so users can keep and share them (e.g. in a SharePoint list item). */
export interface InteractionCsvPreset {
  readonly name: string;
  readonly mapping: InteractionColumnMapping;
  readonly dateOrder: DateOrder;
}

/**
 * Presets for common exports. Plain data; the UI offers them and users may save their own alongside.
 * - process mining: the XES attribute names that pm4py, ProM and Celonis write as CSV headers;
 * - ValueNetworks: the columns `interactionsToCsv` writes, so an export imports back unchanged;
 * - case/activity/timestamp: the "Case ID, Activity, Complete Timestamp, Resource" layout of
 *   Disco-style and BPI Challenge CSV exports.
 */
export const INTERACTION_CSV_PRESETS: readonly InteractionCsvPreset[] = [
  {
    name: 'Process mining (XES column names)',
    mapping: { opportunityId: 'case:concept:name', activity: 'concept:name', timestamp: 'time:timestamp', fromParticipant: 'org:resource' },
    dateOrder: 'iso'
  },
  {
    name: 'ValueNetworks interactions export',
    mapping: {
      opportunityId: 'OpportunityId',
      activity: 'Activity',
      timestamp: 'Timestamp',
      fromParticipant: 'FromParticipant',
      toParticipant: 'ToParticipant',
      fromRole: 'FromRole',
      toRole: 'ToRole',
      channel: 'Channel'
    },
    dateOrder: 'iso'
  },
  {
    name: 'Case ID, Activity, Complete Timestamp, Resource',
    mapping: { opportunityId: 'Case ID', activity: 'Activity', timestamp: 'Complete Timestamp', fromParticipant: 'Resource' },
    dateOrder: 'iso'
  }
];

/**
 * Finds the column index of every mapped header. An exact match wins; otherwise a header equal to the
 * wanted one ignoring case is used when there is exactly one such header.
 *
 * @param header - the file's header cells, already trimmed
 * @param mapping - field -> header name; `undefined` and `''` entries are skipped
 * @returns field -> 0-based column index, for mapped fields only
 * @throws CsvMappingError listing every missing header and every header the file has
 */
export function resolveColumns<K extends string>(
  header: readonly string[],
  mapping: Readonly<Partial<Record<K, string>>>
): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  const missing: string[] = [];
  (Object.keys(mapping) as K[]).forEach((field) => {
    const wanted = mapping[field];
    if (wanted === undefined || wanted === '') return;
    let index = header.indexOf(wanted);
    if (index < 0) {
      const lower = wanted.toLowerCase();
      const matches = header.map((h, i) => (h.toLowerCase() === lower ? i : -1)).filter((i) => i >= 0);
      if (matches.length === 1) index = matches[0];
    }
    if (index < 0) missing.push(wanted);
    else result[field] = index;
  });
  if (missing.length > 0) throw new CsvMappingError(missing, header.filter((h) => h !== ''));
  return result;
}
