/** The decimal separator a file uses, chosen by the user (never guessed: 1,234 is ambiguous). */
export type DecimalSeparator = '.' | ',';

export type AmountParseResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

// Grouping marks that never mean "decimal": spaces (incl. no-break and narrow no-break) and the Swiss apostrophe.
const NEUTRAL_GROUPING: RegExp = /[ \u00a0\u202f']/g;
const PLAIN: Record<DecimalSeparator, RegExp> = { '.': /^-?\d+(\.\d+)?$/, ',': /^-?\d+(,\d+)?$/ };
// The other separator is accepted only as a thousands separator in proper groups of three.
const GROUPED: Record<DecimalSeparator, RegExp> = { '.': /^-?\d{1,3}(,\d{3})+(\.\d+)?$/, ',': /^-?\d{1,3}(\.\d{3})+(,\d+)?$/ };

/**
 * Reads an amount written with the chosen decimal separator: `1234.5`, `1,234.50`, `1 234,50`,
 * `1'234.50`, `-12`. Currency symbols and codes are refused (map the currency to its own column),
 * as is a separator that does not fit the choice (`1.234,5` when `.` was chosen).
 *
 * @param raw - the cell text
 * @param decimal - the decimal separator of the file
 * @returns the number, or a reason naming the expected form
 */
export function parseAmount(raw: string, decimal: DecimalSeparator): AmountParseResult {
  const text = raw.trim().replace(NEUTRAL_GROUPING, '');
  if (PLAIN[decimal].test(text) || GROUPED[decimal].test(text)) {
    const other = decimal === '.' ? ',' : '.';
    const value = Number(text.split(other).join('').replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  const example = decimal === '.' ? '1234.50 or 1,234.50' : '1234,50 or 1.234,50';
  return { ok: false, reason: `"${raw}" is not an amount with "${decimal}" as decimal separator; write it like ${example}, without a currency` };
}
