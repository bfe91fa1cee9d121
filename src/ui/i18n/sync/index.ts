/** The strings of the sync status, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { SyncStrings } from './strings';

export type { SyncStrings } from './strings';

export function syncStringsFor(locale: string): SyncStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
