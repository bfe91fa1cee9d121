/**
 * A fast path for the ISO 8601 shapes that nearly every export writes, read character by character:
 * `2024-12-31`, `2024-12-31T14:30`, `2024-12-31T14:30:00`, `2024-12-31 14:30:00.123456Z`. On a
 * million-row import the general regular expression, its capture array and `Date.UTC` were a large
 * share of the per-row cost. Anything else (offsets, surrounding spaces, invalid dates) is left to the
 * general reader so that its error messages stay the only ones.
 */

const ZERO: number = 48;
const MS_PER_DAY: number = 86400000;

/** One decimal digit at `at`, or -1. */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - ZERO;
  return value >= 0 && value <= 9 ? value : -1;
}

/** Two decimal digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = digit(text, at);
  const ones = digit(text, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`), the same
 * calendar `Date.UTC` uses.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Reads `YYYY-MM-DD[(T| )HH:MM[:SS[(.|,)fraction]]][Z|z]` exactly (no surrounding spaces), as UTC.
 *
 * @param text - the raw field text
 * @returns epoch milliseconds, identical to what `parseDateTime(text, 'iso')` returns for the same
 *   text; `NaN` when the text has another shape or is not a valid date-time (year before 1000, no
 *   such month or day, time beyond 23:59:59), in which case the caller uses the general reader.
 *   Fractions beyond milliseconds are truncated.
 */
export function parseCommonIsoDateTime(text: string): number {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 10 || yy < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = century * 100 + yy;
  if (day > daysInMonth(year, month)) return NaN;
  const midnight = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (length === 10) return midnight;

  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(13) !== 58) return NaN;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  let second = 0;
  let millis = 0;
  let at = 16;
  if (at < length && text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0 || second > 59) return NaN;
    at += 3;
    const mark = text.charCodeAt(at);
    if (at < length && (mark === 46 || mark === 44)) {
      at += 1;
      const start = at;
      while (at < length && digit(text, at) >= 0) {
        // Only the first three digits count: later ones are truncated, never rounded.
        if (at - start < 3) millis += digit(text, at) * (at === start ? 100 : at === start + 1 ? 10 : 1);
        at += 1;
      }
      if (at === start) return NaN;
    }
  }
  if (at < length) {
    const zone = text.charCodeAt(at);
    if ((zone !== 90 && zone !== 122) || at + 1 !== length) return NaN;
  }
  return midnight + hour * 3600000 + minute * 60000 + second * 1000 + millis;
}
