import { parseDateInFormat, type DateFormat } from './dateFormat';

export interface DateFormatGuess {
  /** The one format the values allow, or `undefined` when none or several do (ask the user). */
  readonly format: DateFormat | undefined;
  /** Every written format (iso, day-first, month-first) all the values fit; Excel serials are listed only when asked for. */
  readonly candidates: readonly DateFormat[];
  /** A value that decides nothing (fits both day-first and month-first), for the question to the user. */
  readonly example?: string;
}

const WRITTEN: readonly DateFormat[] = ['iso', 'day-first', 'month-first'];

/**
 * Which format a column's dates are written in, from the values alone. ISO wins when it fits; between
 * day-first and month-first only a value with a day above 12 decides (`13/01/2024` can only be
 * day-first); a column whose every value fits both is ambiguous and the user is asked, never guessed.
 *
 * @param values - the column's non-empty cells (a sample is enough; more values decide more often)
 * @param allowSerial - also consider Excel serial day numbers (only for a column named like a date:
 *   any column of whole numbers would fit)
 */
export function detectDateFormat(values: readonly string[], allowSerial: boolean = false): DateFormatGuess {
  const formats = allowSerial ? [...WRITTEN, 'excel-serial' as const] : WRITTEN;
  const candidates = formats.filter((format) => values.length > 0 && values.every((v) => parseDateInFormat(v, format).ok));
  if (candidates.includes('iso')) return { format: 'iso', candidates };
  if (candidates.length === 1) return { format: candidates[0], candidates };
  const example = candidates.length > 1 ? values[0] : undefined;
  return { format: undefined, candidates, ...(example !== undefined && { example }) };
}
