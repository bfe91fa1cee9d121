/** The strings of the Process Blueprint, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { ProcessStrings } from './strings';

export type { ProcessStrings } from './strings';

/** Process Blueprint strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function processStringsFor(locale: string): ProcessStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
