/**
 * Reads a date-time written in one explicitly chosen format. Formats are never guessed: 03/04/2024 is
 * the 3rd of April for 'day-first' and the 4th of March for 'month-first', and a value that fits
 * neither the chosen format nor its calendar is refused with a reason naming the expected format.
 *
 * A value without a time zone designator is read as UTC. That is the one reading that gives the same
 * epoch on every machine and in every browser; an export in local time should be re-exported with an
 * offset (or as UTC) rather than have this reader guess the exporter's zone.
 */

import { parseCommonIsoDateTime } from './parseCommonIsoDateTime';

/** How dates in a file are written. */
export type DateOrder = 'iso' | 'day-first' | 'month-first';

export type DateParseResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

// ISO 8601 extended format, with 'T' or one space between date and time (what most exports write),
// optional seconds and fraction (any number of digits), optional Z or +hh:mm / +hhmm / +hh.
const ISO: RegExp =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// dd/mm/yyyy, dd.mm.yyyy or dd-mm-yyyy (or the month-first mirror) with an optional time and zone.
const NUMERIC: RegExp =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const EXPECTED: Record<DateOrder, string> = {
  iso: 'an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00',
  'day-first': 'a day-first date such as 31/12/2024 or 31.12.2024 14:30',
  'month-first': 'a month-first date such as 12/31/2024 or 12/31/2024 14:30'
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function failure(raw: string, order: DateOrder, why: string): DateParseResult {
  return { ok: false, reason: `"${raw}" ${why}; expected ${EXPECTED[order]}` };
}

function compose(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction?: string; zone?: string },
  order: DateOrder,
  raw: string
): DateParseResult {
  const { year, month, day, hour, minute, second } = parts;
  if (year < 1000) return failure(raw, order, 'has a year before 1000');
  if (month < 1 || month > 12) return failure(raw, order, `has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) return failure(raw, order, `has no day ${day} in month ${month}`);
  if (hour > 23 || minute > 59 || second > 59) return failure(raw, order, 'has a time outside 00:00:00-23:59:59');
  const offset = offsetMinutes(parts.zone);
  if (offset === undefined) return failure(raw, order, 'has a time zone offset beyond ±14:00');
  // Milliseconds are truncated, not rounded, so that 23:59:59.9999 never rolls into the next day.
  const millis = parts.fraction === undefined ? 0 : Number(parts.fraction.slice(0, 3).padEnd(3, '0'));
  return { ok: true, value: Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60000 };
}

/**
 * Parses one date or date-time.
 *
 * @param raw - the field text; surrounding spaces are ignored
 * @param order - the format the user chose for the file
 * @returns epoch milliseconds (UTC), or a reason such as `"13/31/2024" has no month 31; expected a day-first date ...`.
 *   Dates without a time are midnight UTC; fractions beyond milliseconds are truncated; leap seconds
 *   (:60) and years before 1000 are refused.
 */
export function parseDateTime(raw: string, order: DateOrder): DateParseResult {
  const text = raw.trim();
  if (order === 'iso') {
    // Most exports write one of a few plain shapes; only the rest (and every error) takes the regex.
    const common = parseCommonIsoDateTime(raw);
    if (!Number.isNaN(common)) return { ok: true, value: common };
    const m = ISO.exec(text);
    if (!m) return { ok: false, reason: `"${raw}" is not ${EXPECTED.iso}` };
    return compose(
      { year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), fraction: m[7], zone: m[8] },
      order,
      raw
    );
  }
  const m = NUMERIC.exec(text);
  if (!m) return { ok: false, reason: `"${raw}" is not ${EXPECTED[order]}` };
  const first = +m[1];
  const second = +m[3];
  return compose(
    {
      year: +m[4],
      month: order === 'day-first' ? second : first,
      day: order === 'day-first' ? first : second,
      hour: +(m[5] ?? 0),
      minute: +(m[6] ?? 0),
      second: +(m[7] ?? 0),
      fraction: m[8],
      zone: m[9]
    },
    order,
    raw
  );
}
