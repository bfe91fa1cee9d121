/**
 * Turns one CSV data row into an {@link Interaction}, or into the errors that explain why it cannot be
 * one. Shared by the in-memory and the streaming import so both give identical records and keys.
 */
import { CsvRowError } from '../errors';
import type { Interaction, InteractionChannel } from '../../core/model';
import { parseDateTime, type DateOrder } from '../dates/parseDateTime';
import { sanitizeText } from '../text/sanitizeText';
import { createOccurrenceCounter } from '../text/occurrenceCounter';
import { sourceKeyFromParts, stableHashPartsOfJoined } from '../text/stableHash';
import { parseChannel } from './channel';
import type { CsvRawRow } from './csvRows';
import { resolveColumns, type InteractionColumnMapping } from './mapping';

/**
 * Longest text kept in one field. SharePoint single-line text columns hold 255 characters; a longer
 * cell is almost always a misaligned column, so it is refused rather than cut.
 */
export const MAX_FIELD_LENGTH: number = 255;

export interface InteractionRowOptions {
  readonly mapping: InteractionColumnMapping;
  readonly dateOrder: DateOrder;
  /** Stored in `Interaction.source` and part of every source key; default `csv`. */
  readonly source?: string;
}

export type InteractionRowResult = { readonly ok: true; readonly interaction: Interaction } | { readonly ok: false; readonly errors: CsvRowError[] };

type Field = keyof InteractionColumnMapping;
const TEXT_FIELDS: readonly Field[] = ['opportunityId', 'activity', 'fromParticipant', 'toParticipant', 'fromRole', 'toRole'];
const REQUIRED_HINT: Partial<Record<Field, string>> = {
  opportunityId: 'every row needs the opportunity (case) it belongs to',
  activity: 'every row needs the activity or exchange that happened',
  timestamp: 'every row needs the date and time it happened'
};

/**
 * Prepares a row reader for one file.
 *
 * Source keys: `stableHash(source, normalised content, occurrence)`, where the normalised content is
 * the mapped values after cleaning (the timestamp as epoch ms, so a re-export in another date format
 * keeps its keys) and the occurrence counts earlier rows of this file with the same content. Importing
 * the same file again yields the same keys; two genuinely identical rows stay two records. Memory:
 * 16 to 32 bytes per distinct row, outside the traced heap (see `createOccurrenceCounter`).
 *
 * The reader runs once per row of million-row files: it creates no closures per row, and the key
 * text is hashed once, without being built, for both the fingerprint and the key.
 *
 * @param header - the cleaned header from `createRowCursor`
 * @throws CsvMappingError when the mapping names headers the file does not have
 */
export function createInteractionRowReader(header: readonly string[], options: InteractionRowOptions): (raw: CsvRawRow) => InteractionRowResult {
  const columns = resolveColumns<Field>(header, options.mapping);
  const source = options.source ?? 'csv';
  const mapping = options.mapping;
  const countOccurrence = createOccurrenceCounter();
  const at = (field: Field): number => columns[field] ?? -1;
  const textColumns = TEXT_FIELDS.map(at);
  const timestampColumn = at('timestamp');
  const channelColumn = at('channel');

  return (raw) => {
    if (raw.problem !== undefined) return { ok: false, errors: [new CsvRowError(raw.row, raw.line, undefined, raw.problem)] };
    let errors: CsvRowError[] | undefined;
    // Cleaned text fields in TEXT_FIELDS order; '' when missing.
    const text: string[] = [];
    for (let i = 0; i < TEXT_FIELDS.length; i++) {
      const field = TEXT_FIELDS[i];
      const value = sanitizeText(cellAt(raw.fields, textColumns[i]));
      let reason: string | undefined;
      if (value.length > MAX_FIELD_LENGTH) reason = `is ${value.length} characters long; the limit is ${MAX_FIELD_LENGTH}`;
      else if (value === '' && REQUIRED_HINT[field] !== undefined) reason = `is empty: ${REQUIRED_HINT[field]}`;
      if (reason !== undefined) (errors = errors ?? []).push(new CsvRowError(raw.row, raw.line, mapping[field], reason));
      text.push(reason === undefined ? value : '');
    }
    let timestamp = NaN;
    const rawTime = cellAt(raw.fields, timestampColumn);
    const parsedTime = rawTime.trim() === '' ? undefined : parseDateTime(rawTime, options.dateOrder);
    if (parsedTime?.ok === true) timestamp = parsedTime.value;
    else {
      const reason = parsedTime === undefined ? `is empty: ${REQUIRED_HINT.timestamp}` : parsedTime.reason;
      (errors = errors ?? []).push(new CsvRowError(raw.row, raw.line, mapping.timestamp, reason));
    }
    let channel: InteractionChannel | undefined;
    const rawChannel = sanitizeText(cellAt(raw.fields, channelColumn));
    if (rawChannel !== '') {
      const parsed = parseChannel(rawChannel);
      if (parsed.ok) channel = parsed.value;
      else (errors = errors ?? []).push(new CsvRowError(raw.row, raw.line, mapping.channel, parsed.reason));
    }
    if (errors !== undefined) return { ok: false, errors };

    const opportunityId = text[0];
    const activity = text[1];
    const fromParticipant = text[2];
    const toParticipant = text[3];
    const fromRole = text[4];
    const toRole = text[5];
    // Hashed as if joined by U+001F: the source, then the content fields in a fixed order (missing
    // ones empty). The first half of the key hash doubles as the row fingerprint.
    const hash = stableHashPartsOfJoined([source, opportunityId, activity, timestamp, fromParticipant, toParticipant, fromRole, toRole, channel ?? '']);
    const occurrence = countOccurrence(hash.first);

    // Built field by field rather than with conditional spreads: optional fields that are absent must
    // stay absent (not `undefined`).
    const interaction: { -readonly [K in keyof Interaction]: Interaction[K] } = {
      opportunityId,
      timestamp,
      activity,
      source,
      sourceKey: sourceKeyFromParts(hash, occurrence)
    };
    if (fromParticipant !== '') interaction.fromParticipant = fromParticipant;
    if (toParticipant !== '') interaction.toParticipant = toParticipant;
    if (fromRole !== '') interaction.fromRole = fromRole;
    if (toRole !== '') interaction.toRole = toRole;
    if (channel !== undefined) interaction.channel = channel;
    return { ok: true, interaction };
  };
}

/** The cell at a column index, `''` for an unmapped column (-1) or a short row. */
function cellAt(fields: readonly string[], index: number): string {
  return index < 0 || index >= fields.length ? '' : fields[index];
}
