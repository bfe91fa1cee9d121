import { InsightsInputError } from '../errors';

/** One lead as a CSV-like row: column header -> raw text. */
export type LeadRow = Readonly<Record<string, string | undefined>>;

/** How one lead column becomes features. */
export interface LeadColumn {
  readonly name: string;
  readonly kind: 'categorical' | 'numeric';
}

/**
 * Values that mean "not given" (compared trimmed and case-insensitively): CRM forms submit the
 * placeholder of an untouched drop-down ("Select"), exports write "N/A" or "null". They are MISSING,
 * with their own indicator, never a category: "Select" says nothing about the lead.
 */
export const MISSING_MARKERS: readonly string[] = ['', 'select', 'n/a', 'null'];

/** Levels seen in fewer training rows than this pool into `(other)` unless told otherwise. */
export const DEFAULT_MIN_LEVEL_COUNT = 5;

/** Learnt per column; plain data. */
export interface LeadColumnEncoding {
  readonly name: string;
  readonly kind: 'categorical' | 'numeric';
  /** Categorical: levels kept as their own feature (sorted); pooled and unseen levels go to `(other)`. */
  readonly levels: readonly string[];
  /** Numeric: the training mean of the present values, put in place of a missing value. */
  readonly fill: number;
}

export interface LeadEncoding {
  readonly columns: readonly LeadColumnEncoding[];
  readonly decimalSeparator: '.' | ',';
}

export interface LeadEncodingOptions {
  /** The decimal separator numbers are written with; no thousands separators are accepted. */
  readonly decimalSeparator: '.' | ',';
  /** Levels seen in fewer training rows than this pool into `(other)`, default {@link DEFAULT_MIN_LEVEL_COUNT}. */
  readonly minLevelCount?: number;
}

/** True when a raw value means "not given" (see {@link MISSING_MARKERS}); `undefined` too. */
export function isMissingValue(value: string | undefined): boolean {
  return value === undefined || MISSING_MARKERS.includes(value.trim().toLowerCase());
}

/**
 * Parses a number written with the given decimal separator, e.g. `1234,5` with `,`. Signs and
 * surrounding spaces are allowed; grouping separators are not, because `1.234` is a thousand with
 * one convention and one point two with the other, and guessing silently corrupts a feature.
 * @throws InsightsInputError naming the value when it is not such a number
 */
export function parseLeadNumber(value: string, decimalSeparator: '.' | ','): number {
  const text = value.trim();
  const pattern = decimalSeparator === '.' ? /^[+-]?(\d+(\.\d*)?|\.\d+)$/ : /^[+-]?(\d+(,\d*)?|,\d+)$/;
  if (!pattern.test(text)) throw new InsightsInputError(`"${value}" is not a number written with "${decimalSeparator}" as the decimal separator.`);
  return Number(text.replace(',', '.'));
}

/**
 * Learns how to encode lead columns from training rows: categorical levels present in at least
 * `minLevelCount` rows are kept (others pool into `(other)`), and each numeric column's mean of the
 * present values is kept to fill missing ones. Missing values never count as a level.
 * @throws InsightsInputError when a numeric value cannot be parsed (the message names row and column)
 */
export function learnLeadEncoding(rows: readonly LeadRow[], columns: readonly LeadColumn[], options: LeadEncodingOptions): LeadEncoding {
  const minCount = options.minLevelCount ?? DEFAULT_MIN_LEVEL_COUNT;
  return {
    decimalSeparator: options.decimalSeparator,
    columns: columns.map((column) => {
      if (column.kind === 'categorical') {
        const counts = new Map<string, number>();
        for (const row of rows) {
          const value = row[column.name];
          if (value === undefined || isMissingValue(value)) continue;
          const level = value.trim();
          counts.set(level, (counts.get(level) ?? 0) + 1);
        }
        const levels = [...counts].filter(([, n]) => n >= minCount).map(([level]) => level).sort();
        return { name: column.name, kind: 'categorical', levels, fill: 0 };
      }
      let sum = 0;
      let present = 0;
      rows.forEach((row, i) => {
        const value = row[column.name];
        if (value === undefined || isMissingValue(value)) return;
        sum += numberAt(value, options.decimalSeparator, i, column.name);
        present++;
      });
      return { name: column.name, kind: 'numeric', levels: [], fill: present === 0 ? 0 : sum / present };
    })
  };
}

function numberAt(value: string, separator: '.' | ',', row: number, column: string): number {
  try {
    return parseLeadNumber(value, separator);
  } catch (error) {
    throw new InsightsInputError(`Row ${row + 1}, column "${column}": ${(error as Error).message}`);
  }
}

/**
 * Feature names in vector order, per column: categorical `<col>=<level>` for each kept level, then
 * `<col>=(other)` and `<col>:missing`; numeric `<col>` then `<col>:missing`.
 */
export function leadFeatureNames(encoding: LeadEncoding): string[] {
  return encoding.columns.flatMap((c) =>
    c.kind === 'categorical' ? [...c.levels.map((level) => `${c.name}=${level}`), `${c.name}=(other)`, `${c.name}:missing`] : [c.name, `${c.name}:missing`]
  );
}

/**
 * One lead as numbers in {@link leadFeatureNames} order: one-hot levels (an unseen or pooled level
 * sets `(other)`), the numeric value (the training mean when missing, so that after standardisation
 * a missing value sits at the average and only its indicator speaks), and a 0/1 missing indicator.
 * @param rowIndex used in error messages only (0-based)
 * @throws InsightsInputError when a numeric value cannot be parsed
 */
export function encodeLead(encoding: LeadEncoding, row: LeadRow, rowIndex: number = 0): number[] {
  return encoding.columns.flatMap((c) => {
    const value = row[c.name];
    const missing = value === undefined || isMissingValue(value);
    if (c.kind === 'numeric') return [missing ? c.fill : numberAt(value, encoding.decimalSeparator, rowIndex, c.name), missing ? 1 : 0];
    const level = missing ? undefined : value.trim();
    const known = level !== undefined && c.levels.includes(level);
    return [...c.levels.map((l) => (l === level ? 1 : 0)), !missing && !known ? 1 : 0, missing ? 1 : 0];
  });
}
