/**
 * Turns one CSV data row into an {@link Interaction}, or into the errors that explain why it cannot be
 * one. Shared by the in-memory and the streaming import so both give identical records and keys.
 */
import { CsvRowError } from '../../core/errors';
import type { Interaction, InteractionChannel } from '../../core/model/interaction';
import { parseDateTime, type DateOrder } from '../dates/parseDateTime';
import { sanitizeText } from '../text/sanitizeText';
import { hash53, sourceKeyOf } from '../text/stableHash';
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
 * one map entry (a 53-bit number) per distinct row.
 *
 * @param header - the cleaned header from `createRowCursor`
 * @throws CsvMappingError when the mapping names headers the file does not have
 */
export function createInteractionRowReader(header: readonly string[], options: InteractionRowOptions): (raw: CsvRawRow) => InteractionRowResult {
  const columns = resolveColumns<Field>(header, options.mapping);
  const source = options.source ?? 'csv';
  const occurrences = new Map<number, number>();

  return (raw) => {
    const errors: CsvRowError[] = [];
    if (raw.problem !== undefined) return { ok: false, errors: [new CsvRowError(raw.row, raw.line, undefined, raw.problem)] };
    const cell = (field: Field): string => {
      const index = columns[field];
      return index === undefined ? '' : raw.fields[index] ?? '';
    };
    const fail = (field: Field, reason: string): void => {
      errors.push(new CsvRowError(raw.row, raw.line, options.mapping[field], reason));
    };

    const text: Partial<Record<Field, string>> = {};
    for (const field of TEXT_FIELDS) {
      const value = sanitizeText(cell(field));
      if (value.length > MAX_FIELD_LENGTH) fail(field, `is ${value.length} characters long; the limit is ${MAX_FIELD_LENGTH}`);
      else if (value !== '') text[field] = value;
      else if (REQUIRED_HINT[field] !== undefined) fail(field, `is empty: ${REQUIRED_HINT[field]}`);
    }
    let timestamp = NaN;
    const rawTime = cell('timestamp');
    if (rawTime.trim() === '') fail('timestamp', `is empty: ${REQUIRED_HINT.timestamp}`);
    else {
      const parsed = parseDateTime(rawTime, options.dateOrder);
      if (parsed.ok) timestamp = parsed.value;
      else fail('timestamp', parsed.reason);
    }
    let channel: InteractionChannel | undefined;
    const rawChannel = sanitizeText(cell('channel'));
    if (rawChannel !== '') {
      const parsed = parseChannel(rawChannel);
      if (parsed.ok) channel = parsed.value;
      else fail('channel', parsed.reason);
    }
    if (errors.length > 0) return { ok: false, errors };

    const content = [text.opportunityId, text.activity, timestamp, text.fromParticipant, text.toParticipant, text.fromRole, text.toRole, channel]
      .map((v) => (v === undefined ? '' : String(v)))
      .join('\u001f');
    const fingerprint = hash53(content);
    const occurrence = occurrences.get(fingerprint) ?? 0;
    occurrences.set(fingerprint, occurrence + 1);

    // Built field by field rather than with conditional spreads: this runs once per row of
    // million-row files, and optional fields that are absent must stay absent (not `undefined`).
    const interaction: { -readonly [K in keyof Interaction]: Interaction[K] } = {
      opportunityId: text.opportunityId as string,
      timestamp,
      activity: text.activity as string,
      source,
      sourceKey: sourceKeyOf(source, content, occurrence)
    };
    if (text.fromParticipant !== undefined) interaction.fromParticipant = text.fromParticipant;
    if (text.toParticipant !== undefined) interaction.toParticipant = text.toParticipant;
    if (text.fromRole !== undefined) interaction.fromRole = text.fromRole;
    if (text.toRole !== undefined) interaction.toRole = text.toRole;
    if (channel !== undefined) interaction.channel = channel;
    return { ok: true, interaction };
  };
}
