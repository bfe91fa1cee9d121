/** Locale-aware number formatting shared by the dashboard's components (Intl, no globals). */

/** A share in [0, 1] as a whole percentage, e.g. `0.4567` -> `46%` (en-US) or `46 %` (de-DE). */
export function formatPercent(value: number | undefined, locale: string, fallback: string): string {
  return value === undefined ? fallback : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * An amount in whole currency units without decimals, with its ISO 4217 currency when known, e.g.
 * `€1,250,000` (en-US) or `1.250.000 €` (de-DE); without a (valid) currency `1,250,000`.
 */
export function formatAmount(value: number, locale: string, currency?: string): string {
  if (currency !== undefined && /^[A-Za-z]{3}$/.test(currency)) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A number with at most one decimal. */
export function formatNumber(value: number | undefined, locale: string, fallback: string): string {
  return value === undefined ? fallback : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** An epoch-ms time as a UTC calendar date, e.g. `Oct 31, 2026`. */
export function formatDate(value: number | undefined, locale: string, fallback: string): string {
  return value === undefined ? fallback : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(value);
}
