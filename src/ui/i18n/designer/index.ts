/** The strings of the Value Network Designer, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { DesignerStrings } from './strings';

export type { DesignerStrings } from './strings';

/** Designer strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function designerStringsFor(locale: string): DesignerStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
