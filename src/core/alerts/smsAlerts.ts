import { fnv1a, MAX_DEDUPE_KEY_LENGTH } from './dedupeKey';
import type { AlertLevel, PlannedAlert } from './alertTypes';
import { isQuietTime, type QuietHours } from './quietHours';

export interface SmsPolicy {
  /** Lower-cased login or e-mail -> phone number the person gave (opted in); E.164 is checked when sending. */
  readonly phones: ReadonlyMap<string, string>;
  /** Only alerts at this level or above go by SMS; default `critical` (High). */
  readonly minLevel?: AlertLevel;
  /** No SMS in these hours; the next run after them plans the same SMS under the same key. */
  readonly quietHours?: QuietHours;
}

const RANK: readonly AlertLevel[] = ['info', 'warning', 'critical'];

/** The AlertLog key of an alert's SMS: the alert's key and `|sms`, hashed like every key past 255 characters. */
export function smsKey(alertKey: string): string {
  const key = `${alertKey}|sms`;
  return key.length <= MAX_DEDUPE_KEY_LENGTH ? key : `${key.slice(0, MAX_DEDUPE_KEY_LENGTH - 9)}#${fnv1a(key)}`;
}

/**
 * The SMS to send besides `planned`: for each immediate alert on one deal (digests never go by
 * SMS) at `minLevel` or above whose deal owner opted in, one SMS to the owner's phone under its own
 * key, so it is delivered exactly once like the alert itself. Nothing in quiet hours.
 *
 * @param owners opportunity id -> owner (login or e-mail)
 * @param now epoch ms
 */
export function smsAlerts(planned: readonly PlannedAlert[], owners: ReadonlyMap<string, string>, policy: SmsPolicy, now: number): PlannedAlert[] {
  if (isQuietTime(now, policy.quietHours)) return [];
  const min = RANK.indexOf(policy.minLevel ?? 'critical');
  const out: PlannedAlert[] = [];
  for (const alert of planned) {
    if (alert.dealIds !== undefined || alert.opportunityId === '*' || RANK.indexOf(alert.level) < min) continue;
    const owner = owners.get(alert.opportunityId);
    const phone = owner === undefined ? undefined : policy.phones.get(owner.toLowerCase());
    if (phone === undefined) continue;
    out.push({ ...alert, dedupeKey: smsKey(alert.dedupeKey), channel: 'sms', target: phone });
  }
  return out;
}
