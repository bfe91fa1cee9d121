/** The strings of the coaching views, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { CoachingStrings } from './strings';

export type { CoachingStrings } from './strings';

export function coachingStringsFor(locale: string): CoachingStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
