/** The strings of the alert feed, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { AlertStrings } from './strings';

export type { AlertStrings } from './strings';

export function alertStringsFor(locale: string): AlertStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
