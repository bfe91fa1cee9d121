/**
 * Every distinct value of a column with its row count, and the value maps the mapping step proposes
 * for the product's closed vocabularies. A value is proposed only when the value itself says what it
 * is ("Closed Won", "verloren"); the rest is left for the user, never silently "open".
 */
import type { OpportunityStatus } from '../../core/model';
import type { CsvTextTable } from './csvTable';
import { normaliseHeader } from './normaliseHeader';

export interface ValueCount {
  readonly value: string;
  readonly rows: number;
}

/**
 * @returns the distinct non-empty values (trimmed) of one column, most rows first, ties by value
 */
export function censusValues(table: CsvTextTable, column: number): ValueCount[] {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const value = (row[column] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const STATUS_WORDS: Readonly<Record<OpportunityStatus, readonly string[]>> = {
  won: ['won', 'closed won', 'closedwon', 'win', 'gewonnen', 'abgeschlossen gewonnen', 'auftrag erhalten'],
  lost: ['lost', 'closed lost', 'closedlost', 'verloren', 'abgeschlossen verloren'],
  'no-decision': ['no decision', 'nodecision', 'cancelled', 'canceled', 'abandoned', 'withdrawn', 'keine entscheidung', 'abgebrochen', 'storniert', 'zuruckgezogen'],
  open: ['open', 'offen', 'in progress', 'active', 'aktiv', 'laufend']
};

/**
 * The status a file value plainly names, or `undefined`.
 *
 * @param sharedWithStage - the status column is also the stage column: every value that names no
 *   outcome is an open stage, so it is proposed as open (and shown to the user as such)
 */
export function suggestStatusValue(value: string, sharedWithStage: boolean): OpportunityStatus | undefined {
  const normal = normaliseHeader(value);
  const found = (Object.keys(STATUS_WORDS) as OpportunityStatus[]).find((status) => STATUS_WORDS[status].includes(normal));
  if (found !== undefined) return found;
  return sharedWithStage ? 'open' : undefined;
}

/**
 * The blueprint stage a file value names (its id or its name, ignoring case and punctuation); `''`
 * (no stage) for an outcome; `undefined` when the user must choose. Without stages, every value that
 * is not an outcome is proposed as a stage id of its own.
 */
export function suggestStageValue(value: string, stages: readonly { readonly id: string; readonly name: string }[] | undefined): string | undefined {
  const status = suggestStatusValue(value, false);
  if (status !== undefined && status !== 'open') return '';
  if (stages === undefined) return value;
  const normal = normaliseHeader(value);
  return stages.find((s) => normaliseHeader(s.id) === normal || normaliseHeader(s.name) === normal)?.id;
}
