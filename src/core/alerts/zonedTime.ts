/**
 * Wall-clock reading of an instant in an IANA time zone (e.g. `Europe/Berlin`), through the platform's
 * time-zone database (Intl), so daylight-saving changes are handled. Pure: the instant is passed in.
 */
export interface ZonedTime {
  /** `YYYY-MM-DD` in the zone. */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

/**
 * @param instant epoch ms
 * @param timeZone IANA name; `UTC` when empty
 * @throws RangeError for an unknown time zone (from Intl)
 */
export function zonedTime(instant: number, timeZone: string): ZonedTime {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone === '' ? 'UTC' : timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')), minute: Number(get('minute')) };
}
