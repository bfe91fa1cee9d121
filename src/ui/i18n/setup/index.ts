/** The strings of site set-up, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { SetupStrings } from './strings';

export type { SetupStrings } from './strings';

/** Set-up strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function setupStringsFor(locale: string): SetupStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
