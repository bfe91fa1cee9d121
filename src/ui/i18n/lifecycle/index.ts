/** The strings of the blueprint life cycle (draft, publish, history, diff), one file per language; the interface in ./strings.ts. */
import { deDe } from './de-de';
import { enUs } from './en-us';
import type { LifecycleStrings } from './strings';

export type { LifecycleStrings } from './strings';

/** Life-cycle strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function lifecycleStringsFor(locale: string): LifecycleStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
