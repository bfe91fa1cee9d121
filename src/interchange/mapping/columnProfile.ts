/**
 * What a column holds, read from its values: the evidence the mapping step shows beside each match
 * (sample values) and uses to refuse a match by name that the content contradicts (a "Closed" column
 * of true/false is not a close date).
 */
import { detectDateFormat, type DateFormatGuess } from '../dates/detectDateFormat';
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
  /** Set for date columns (and number columns that may be Excel serial dates). */
  readonly date?: DateFormatGuess;
}

/** Values looked at per column for its kind; the census and the import read every row. */
const PROFILE_SAMPLE: number = 2000;
const NUMBER: RegExp = /^-?[\d\u00a0\u202f .,']*\d$/;
const EMAIL: RegExp = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Profiles every column of a table. A column is a date when its sampled values all fit one written
 * date format, a number when they are all digits with separators, an email column when they are all
 * addresses; otherwise text.
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
    const numeric = values.every((v) => NUMBER.test(v));
    const date = detectDateFormat(values, numeric);
    const written = date.candidates.filter((c) => c !== 'excel-serial');
    if (written.length > 0) return { header, index, kind: 'date' as const, samples, filled, date: { ...date, candidates: written } };
    if (numeric) return { header, index, kind: 'number' as const, samples, filled, ...(date.candidates.length > 0 && { date }) };
    if (values.every((v) => EMAIL.test(v))) return { header, index, kind: 'email' as const, samples, filled };
    return { header, index, kind: 'text' as const, samples, filled };
  });
}
