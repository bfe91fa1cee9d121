/**
 * The strings of the alert feed: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { FeedState } from '../../../services';

export interface AlertStrings {
  readonly heading: string;
  readonly none: string;
  readonly loadFailed: string;
  readonly states: Readonly<Record<FeedState, string>>;
  readonly levels: { readonly info: string; readonly warning: string; readonly critical: string };
  readonly deals: (count: number) => string;
  readonly recorded: (when: string) => string;
  readonly acknowledge: string;
  readonly acknowledged: (who: string, when: string) => string;
  readonly acknowledgeFailed: string;
  readonly snooze: string;
  readonly snoozedUntil: (when: string) => string;
  readonly showDeals: string;
  /** The opportunity list shows only the deals of one alert. */
  readonly filtered: (count: number, title: string) => string;
  readonly filteredMissing: (count: number) => string;
  readonly unknownAlert: string;
  readonly showAll: string;
}
