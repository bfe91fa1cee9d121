/** The strings of the Performance Dashboard, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { DashboardStrings } from './strings';

export type { DashboardStrings } from './strings';

/** Dashboard strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function dashboardStringsFor(locale: string): DashboardStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
