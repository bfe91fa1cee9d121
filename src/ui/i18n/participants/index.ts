/** The strings of the participant roles panel, one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { ParticipantRolesStrings } from './strings';

export type { ParticipantRolesStrings } from './strings';

/** Strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function participantRolesStringsFor(locale: string): ParticipantRolesStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
