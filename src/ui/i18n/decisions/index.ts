/** The strings of the Decide area (bid/no-bid, reviews, proposals, leads), one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { DecisionsStrings } from './strings';

export type { DecisionsStrings } from './strings';

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function decisionsStringsFor(locale: string): DecisionsStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
