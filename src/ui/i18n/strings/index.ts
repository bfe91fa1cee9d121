/** The strings of the app frame (host, theme, language), one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { AppStrings } from './strings';

export type { AppStrings } from './strings';

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function stringsFor(locale: string): AppStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
