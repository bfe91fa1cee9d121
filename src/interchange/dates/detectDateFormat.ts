import { parseDateInFormat, type DateFormat } from './dateFormat';

export interface DateFormatGuess {
  /** The one format the values allow, or `undefined` when none or several do (ask the user). */
  readonly format: DateFormat | undefined;
  /** Every written format (iso, day-first, month-first) all the values fit; Excel serials are listed only when asked for. */
  readonly candidates: readonly DateFormat[];
  /** A value that decides nothing (fits both day-first and month-first), for the question to the user. */
  readonly example?: string;
  /** How many of the values the candidates read. */
  readonly read: number;
}

const WRITTEN: readonly DateFormat[] = ['iso', 'day-first', 'month-first'];

/** Share of a column's values a format must read for the column to count as a date column. */
export const DATE_COLUMN_SHARE: number = 0.9;

/**
 * Which format a column's dates are written in, from the values alone. ISO wins when it fits; between
 * day-first and month-first only a value with a day above 12 decides (`13/01/2024` can only be
 * day-first); a column whose every value fits both is ambiguous and the user is asked, never guessed.
 * A few bad values (a typo, "n/a") do not hide the format: the formats that read the most values are
 * the candidates (`read` says how many), and the import reports the bad rows one by one. Whether the
 * column is a date column at all is the caller's call (see {@link DATE_COLUMN_SHARE}).
 *
 * @param values - the column's non-empty cells (a sample is enough; more values decide more often)
 * @param allowSerial - also consider Excel serial day numbers (only for a column named like a date:
 *   any column of whole numbers would fit)
 */
export function detectDateFormat(values: readonly string[], allowSerial: boolean = false): DateFormatGuess {
  const formats = allowSerial ? [...WRITTEN, 'excel-serial' as const] : WRITTEN;
  const fits = formats.map((format) => values.filter((v) => parseDateInFormat(v, format).ok).length);
  const read = Math.max(0, ...fits);
  const candidates = read > 0 ? formats.filter((_, i) => fits[i] === read) : [];
  if (candidates.includes('iso')) return { format: 'iso', candidates, read };
  if (candidates.length === 1) return { format: candidates[0], candidates, read };
  const example = candidates.length > 1 ? values.find((v) => parseDateInFormat(v, candidates[0]).ok) : undefined;
  return { format: undefined, candidates, ...(example !== undefined && { example }), read };
}
