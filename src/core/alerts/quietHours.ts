import { zonedTime } from './zonedTime';

/** Hours in which no alert is delivered, in the recipients' time zone. */
export interface QuietHours {
  /** Start, hour of day 0-23, inclusive. */
  readonly fromHour: number;
  /** End, hour of day 0-23, exclusive; smaller than `fromHour` for a night span (22 -> 7). */
  readonly toHour: number;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  /** Also quiet all Saturday and Sunday (local). */
  readonly weekends?: boolean;
}

function weekday(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(instant);
}

/**
 * True when `now` falls in the quiet hours. `fromHour === toHour` means no quiet hours (except
 * weekends when set). Alerts held by quiet hours are not dropped: the monitor evaluates them again on
 * its next run after the quiet hours and their dedupe keys keep them single.
 *
 * @param now epoch ms
 */
export function isQuietTime(now: number, quiet: QuietHours | undefined): boolean {
  if (quiet === undefined) return false;
  if (quiet.weekends === true && ['Sat', 'Sun'].includes(weekday(now, quiet.timeZone))) return true;
  const { hour } = zonedTime(now, quiet.timeZone);
  if (quiet.fromHour === quiet.toHour) return false;
  return quiet.fromHour < quiet.toHour ? hour >= quiet.fromHour && hour < quiet.toHour : hour >= quiet.fromHour || hour < quiet.toHour;
}
