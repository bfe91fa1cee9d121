/**
 * The date formats a mapped column may be read with: the three written orders of `parseDateTime`, plus
 * Excel serial day numbers, which spreadsheets write when a date column was never formatted as text.
 */
import { parseDateTime, type DateOrder, type DateParseResult } from './parseDateTime';

export type DateFormat = DateOrder | 'excel-serial';

export const DATE_FORMATS: readonly DateFormat[] = ['iso', 'day-first', 'month-first', 'excel-serial'];

const MS_PER_DAY: number = 86400000;
// Excel's day 0 is 1899-12-30 in the 1900 date system (the 1900 leap-year bug is absorbed by starting
// a day early), which is what every Windows and Mac Excel since 2011 writes by default.
const EXCEL_EPOCH: number = Date.UTC(1899, 11, 30);
// 1 = 1900-01-01 and 2958465 = 9999-12-31: the serials Excel itself accepts.
const EXCEL_MAX: number = 2958465;
const SERIAL: RegExp = /^\d+(\.\d+)?$/;

/**
 * Reads an Excel serial day number (days since 1899-12-30, the fraction being the time of day) as UTC.
 *
 * @returns epoch milliseconds, rounded to whole seconds (Excel stores times as binary fractions, so
 *   12:00:00 comes back as 0.49999999); or a reason naming the expected form
 */
export function parseExcelSerial(raw: string): DateParseResult {
  const text = raw.trim();
  const value = SERIAL.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= EXCEL_MAX)) {
    return { ok: false, reason: `"${raw}" is not an Excel serial date; expected a day number such as 45292 (2024-01-01) or 45292.5 (12:00)` };
  }
  return { ok: true, value: Math.round((EXCEL_EPOCH + value * MS_PER_DAY) / 1000) * 1000 };
}

/** Reads one date in the given format; see `parseDateTime` for the written orders (no zone means UTC). */
export function parseDateInFormat(raw: string, format: DateFormat): DateParseResult {
  return format === 'excel-serial' ? parseExcelSerial(raw) : parseDateTime(raw, format);
}
