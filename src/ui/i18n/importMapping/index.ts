/** The strings of the Import data panel's mapping step, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { ImportMappingStrings } from './strings';

export type { ImportMappingStrings } from './strings';

export function importMappingStringsFor(locale: string): ImportMappingStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
