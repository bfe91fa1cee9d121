/**
 * CSV export: RFC 4180 (fields quoted when they hold the delimiter, a quote, a line break or edge
 * spaces; quotes doubled; CRLF line ends), optional UTF-8 BOM so Excel opens UTF-8 correctly, and
 * formula-injection neutralisation (OWASP "CSV injection").
 *
 * Serialisation is papaparse's `unparse`. Its own `escapeFormulae` is not used: its pattern does not
 * match a formula followed by a line break ("=cmd|' /C calc'!A0\n..."), so we neutralise text cells
 * ourselves before handing them over.
 */
import * as Papa from 'papaparse';
import type { Interaction, Opportunity } from '../../core/model';

/** A cell: text is neutralised, numbers and booleans are written as they are, `undefined` is empty. */
export type CsvCell = string | number | boolean | undefined;

/** Any table: the deviations report, or whatever a caller wants to export. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, CsvCell>>[];
}

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF) so Excel detects UTF-8. Default false. */
  readonly bom?: boolean;
  /** Default `,`; `;` suits spreadsheet locales that use the comma as decimal separator. */
  readonly delimiter?: ',' | ';' | '\t';
}

const FORMULA_START: RegExp = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` to text that a spreadsheet would run as a formula: anything starting with `=`, `+`,
 * `-`, `@`, tab or CR. Trade-off: a text cell such as "-5 % discount" gains a visible quote in a
 * spreadsheet; numbers exported as numbers (amounts) are never prefixed, so negative amounts stay
 * numeric. Importing our own export back reads the `'` as part of the text.
 *
 * @param text - any cell text
 * @returns the text, prefixed when needed
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes a table as CSV text. Columns come out in the given order; cells missing from a row are empty.
 *
 * @returns CSV with CRLF line ends and a trailing CRLF after the last row (after the header when there are no rows)
 */
export function writeCsv(table: CsvTable, options: CsvExportOptions = {}): string {
  const data = table.rows.map((row) =>
    table.columns.map((column) => {
      const cell = row[column];
      return typeof cell === 'string' ? neutraliseFormula(cell) : cell === undefined ? '' : cell;
    })
  );
  const body = Papa.unparse(
    { fields: table.columns.map(neutraliseFormula), data },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, header: true, escapeFormulae: false }
  );
  // unparse ends a header-only table with a line break already, a table with rows without one.
  return `${options.bom === true ? '\ufeff' : ''}${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

/** Epoch milliseconds as ISO 8601 UTC (`2024-03-01T09:00:00.000Z`); `undefined` stays empty. */
function isoOrEmpty(epochMs: number | undefined): string | undefined {
  return epochMs === undefined ? undefined : new Date(epochMs).toISOString();
}

/** The columns of {@link interactionsToCsv}; the "ValueNetworks interactions export" import preset reads them back. */
export const INTERACTION_EXPORT_COLUMNS: readonly string[] = [
  'OpportunityId',
  'Timestamp',
  'Activity',
  'FromParticipant',
  'ToParticipant',
  'FromRole',
  'ToRole',
  'Channel',
  'TransactionId',
  'Source',
  'SourceKey'
];

/** Interactions as CSV, one row each, timestamps in ISO 8601 UTC. */
export function interactionsToCsv(interactions: readonly Interaction[], options: CsvExportOptions = {}): string {
  return writeCsv(
    {
      columns: INTERACTION_EXPORT_COLUMNS,
      rows: interactions.map((i) => ({
        OpportunityId: i.opportunityId,
        Timestamp: isoOrEmpty(i.timestamp),
        Activity: i.activity,
        FromParticipant: i.fromParticipant,
        ToParticipant: i.toParticipant,
        FromRole: i.fromRole,
        ToRole: i.toRole,
        Channel: i.channel,
        TransactionId: i.transactionId,
        Source: i.source,
        SourceKey: i.sourceKey
      }))
    },
    options
  );
}

/** The columns of {@link opportunitiesToCsv}; the "ValueNetworks opportunities export" import preset reads them back. */
export const OPPORTUNITY_EXPORT_COLUMNS: readonly string[] = [
  'Id',
  'Name',
  'Account',
  'Owner',
  'Team',
  'Amount',
  'Currency',
  'Status',
  'Created',
  'Closed',
  'Stage',
  'StageEntered'
];

/**
 * Opportunities as CSV in the import's layout: one row per stage entry (the opportunity's columns
 * repeated), one row with empty stage columns for an opportunity without stage history. Amounts are
 * numbers with `.` as decimal separator; dates ISO 8601 UTC.
 */
export function opportunitiesToCsv(opportunities: readonly Opportunity[], options: CsvExportOptions = {}): string {
  const rows = opportunities.flatMap((o) => {
    const base = {
      Id: o.id,
      Name: o.name,
      Account: o.account,
      Owner: o.owner,
      Team: o.team,
      Amount: o.amount,
      Currency: o.currency,
      Status: o.status,
      Created: isoOrEmpty(o.createdAt),
      Closed: isoOrEmpty(o.closedAt)
    };
    return o.stageHistory.length === 0
      ? [base]
      : o.stageHistory.map((entry) => ({ ...base, Stage: entry.stageId, StageEntered: isoOrEmpty(entry.enteredAt) }));
  });
  return writeCsv({ columns: OPPORTUNITY_EXPORT_COLUMNS, rows }, options);
}
