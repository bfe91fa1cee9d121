/**
 * What a column holds, read from its values: the evidence the mapping step shows beside each match
 * (sample values) and uses to refuse a match by name that the content contradicts (a "Closed" column
 * of true/false is not a close date).
 */
import { DATE_COLUMN_SHARE, detectDateFormat, type DateFormatGuess } from '../dates/detectDateFormat';
import type { CsvTextTable } from './csvTable';

export type ColumnKind = 'empty' | 'date' | 'number' | 'email' | 'text';

export interface ColumnProfile {
  readonly header: string;
  readonly index: number;
  readonly kind: ColumnKind;
  /** Up to three distinct non-empty values, in file order. */
  readonly samples: readonly string[];
  /** Rows with a value. */
  readonly filled: number;
  /** Set for date columns, number columns that may be Excel serial dates, and text columns holding some dates. */
  readonly date?: DateFormatGuess;
}

/** Values looked at per column for its kind; the census and the import read every row. */
const PROFILE_SAMPLE: number = 2000;
const NUMBER: RegExp = /^-?[\d\u00a0\u202f .,']*\d$/;
const EMAIL: RegExp = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Profiles every column of a table. A column is a date when nearly all its sampled values (see
 * `DATE_COLUMN_SHARE`) fit a written date format, a number when nearly all are digits with separators,
 * an e-mail column when nearly all are addresses; otherwise text.
 */
export function profileColumns(table: CsvTextTable): ColumnProfile[] {
  return table.header.map((header, index) => {
    const values: string[] = [];
    const samples: string[] = [];
    let filled = 0;
    for (const row of table.rows) {
      const value = (row[index] ?? '').trim();
      if (value === '') continue;
      filled += 1;
      if (values.length < PROFILE_SAMPLE) values.push(value);
      if (samples.length < 3 && !samples.includes(value)) samples.push(value);
    }
    if (values.length === 0) return { header, index, kind: 'empty' as const, samples, filled };
    // Most, not all: one typo must not turn an amount column into text (the import reports that row).
    const mostly = (test: (v: string) => boolean): boolean => values.filter(test).length >= DATE_COLUMN_SHARE * values.length;
    const numeric = mostly((v) => NUMBER.test(v));
    const date = detectDateFormat(values, numeric);
    const written = date.candidates.filter((c) => c !== 'excel-serial');
    const writtenGuess = { ...date, candidates: written, format: date.format === 'excel-serial' ? undefined : date.format };
    if (written.length > 0 && date.read >= DATE_COLUMN_SHARE * values.length) return { header, index, kind: 'date' as const, samples, filled, date: writtenGuess };
    if (numeric) return { header, index, kind: 'number' as const, samples, filled, ...(date.candidates.length > 0 && date.read >= DATE_COLUMN_SHARE * values.length && { date }) };
    if (mostly((v) => EMAIL.test(v))) return { header, index, kind: 'email' as const, samples, filled };
    // Text with some dates in it: a date column with bad cells, if its name says so.
    if (written.length > 0) return { header, index, kind: 'text' as const, samples, filled, date: writtenGuess };
    return { header, index, kind: 'text' as const, samples, filled };
  });
}
