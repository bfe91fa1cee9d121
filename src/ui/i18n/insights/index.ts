/** The strings of Sales Insights, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { InsightsStrings } from './strings';

export type { SeparationLevel, InsightsStrings } from './strings';

export function insightsStringsFor(locale: string): InsightsStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
