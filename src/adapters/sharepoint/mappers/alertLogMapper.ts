import type { AlertRecord, AlertSeverity, AlertStatus, NewAlert } from '../../../services';
import { ALERT_SEVERITIES, ALERT_STATUSES, AlertLogFields as F, listTitle } from '../schema';
import { contextOf, dateValue, itemIdOf, readChoice, readDate, readNumber, readText, requireDate, requireText, type SpItem } from './fieldValues';

export const ALERT_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];

/** The body that records a new alert as `pending` with no attempts. */
export function newAlertToItem(alert: NewAlert): Record<string, unknown> {
  return {
    Title: alert.summary.slice(0, 255),
    [F.dedupeKey]: alert.dedupeKey,
    [F.opportunityId]: alert.opportunityId,
    [F.rule]: alert.rule,
    [F.severity]: alert.severity,
    [F.channel]: alert.channel,
    [F.status]: 'pending',
    [F.recordedAt]: dateValue(alert.recordedAt),
    [F.attempts]: 0,
    ...(alert.dealIds !== undefined ? { [F.dealIds]: dealIdsJson(alert.dealIds) } : {})
  };
}

/** A multi-line text column holds 63,999 characters: ids past that are left out (the feed says how many deals the digest had). */
const MAX_NOTE = 63_999;

/** The deals as a JSON array that fits the column, keeping the first ids. */
export function dealIdsJson(ids: readonly string[]): string {
  let kept = ids.length;
  let json = JSON.stringify(ids);
  while (json.length > MAX_NOTE && kept > 0) {
    kept = Math.floor(kept * 0.9);
    json = JSON.stringify(ids.slice(0, kept));
  }
  return json;
}

function readDealIds(text: string | undefined): string[] | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** The MERGE body of an acknowledgement, and of a snooze when `until` is given. */
export function alertAckToItem(by: string, at: number, until?: number): Record<string, unknown> {
  return { [F.acknowledgedBy]: by, [F.acknowledgedAt]: dateValue(at), ...(until !== undefined ? { [F.snoozedUntil]: dateValue(until) } : {}) };
}

/** The MERGE body of a delivery outcome. */
export function alertOutcomeToItem(outcome: { status: AlertStatus; messageId?: string; sentAt?: number; attempts: number; lastError?: string }): Record<string, unknown> {
  return {
    [F.status]: outcome.status,
    [F.messageId]: outcome.messageId ?? null,
    [F.sentAt]: dateValue(outcome.sentAt),
    [F.attempts]: outcome.attempts,
    [F.lastError]: outcome.lastError ?? null
  };
}

/** @throws StoredDataError for a missing key, an unknown severity or status */
export function itemToAlertRecord(item: SpItem): AlertRecord {
  const ctx = contextOf(listTitle('alertLog'), item);
  const messageId = readText(item, F.messageId, ctx);
  const sentAt = readDate(item, F.sentAt, ctx);
  const lastError = readText(item, F.lastError, ctx);
  const dealIds = readDealIds(readText(item, F.dealIds, ctx));
  const acknowledgedBy = readText(item, F.acknowledgedBy, ctx);
  const acknowledgedAt = readDate(item, F.acknowledgedAt, ctx);
  const snoozedUntil = readDate(item, F.snoozedUntil, ctx);
  return {
    itemId: itemIdOf(item) ?? 0,
    dedupeKey: requireText(item, F.dedupeKey, ctx),
    opportunityId: requireText(item, F.opportunityId, ctx),
    rule: requireText(item, F.rule, ctx),
    severity: readChoice<AlertSeverity>(item, F.severity, ALERT_SEVERITIES as readonly AlertSeverity[], ctx) ?? 'info',
    channel: requireText(item, F.channel, ctx),
    summary: readText(item, 'Title', ctx) ?? '',
    recordedAt: requireDate(item, F.recordedAt, ctx),
    status: readChoice<AlertStatus>(item, F.status, ALERT_STATUSES as readonly AlertStatus[], ctx) ?? 'pending',
    ...(messageId !== undefined ? { messageId } : {}),
    ...(sentAt !== undefined ? { sentAt } : {}),
    attempts: readNumber(item, F.attempts, ctx) ?? 0,
    ...(lastError !== undefined ? { lastError } : {}),
    ...(dealIds !== undefined ? { dealIds } : {}),
    ...(acknowledgedBy !== undefined ? { acknowledgedBy } : {}),
    ...(acknowledgedAt !== undefined ? { acknowledgedAt } : {}),
    ...(snoozedUntil !== undefined ? { snoozedUntil } : {})
  };
}
