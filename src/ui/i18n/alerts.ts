/**
 * Strings of the dashboard's alert feed and alert filter, in en-US and de-DE. Severity words are the
 * product's one vocabulary (Low / Medium / High, as in the rule editor).
 */
import type { FeedState } from '../../services/alerts/alertFeed';

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

const plural = (count: number, one: string, other: string): string => (count === 1 ? one : other);

const enUs: AlertStrings = {
  heading: 'Alerts',
  none: 'No alert has been sent for these deals yet.',
  loadFailed: 'The alerts could not be loaded',
  states: { sent: 'Sent', retried: 'Sent after a retry', failed: 'Failed', pending: 'Not sent yet' },
  levels: { info: 'Low', warning: 'Medium', critical: 'High' },
  deals: (n) => `${n} ${plural(n, 'deal', 'deals')}`,
  recorded: (w) => `Recorded ${w}`,
  acknowledge: 'Acknowledge',
  acknowledged: (who, when) => `Acknowledged by ${who}, ${when}`,
  acknowledgeFailed: 'The acknowledgement could not be saved',
  snooze: 'Snooze 7 days',
  snoozedUntil: (w) => `Snoozed until ${w}: no digest of this kind until then`,
  showDeals: 'Show these deals',
  filtered: (n, t) => `Showing the ${n} ${plural(n, 'deal', 'deals')} of the alert "${t}".`,
  filteredMissing: (n) => `${n} ${plural(n, 'deal of this alert was', 'deals of this alert were')} deleted since.`,
  unknownAlert: 'The alert of this link is not in the alert log any more; all deals are shown.',
  showAll: 'Show all deals'
};

const deDe: AlertStrings = {
  heading: 'Warnungen',
  none: 'Für diese Verkaufschancen wurde noch keine Warnung gesendet.',
  loadFailed: 'Die Warnungen konnten nicht geladen werden',
  states: { sent: 'Gesendet', retried: 'Nach Wiederholung gesendet', failed: 'Fehlgeschlagen', pending: 'Noch nicht gesendet' },
  levels: { info: 'Niedrig', warning: 'Mittel', critical: 'Hoch' },
  deals: (n) => `${n} ${plural(n, 'Verkaufschance', 'Verkaufschancen')}`,
  recorded: (w) => `Erfasst ${w}`,
  acknowledge: 'Bestätigen',
  acknowledged: (who, when) => `Bestätigt von ${who}, ${when}`,
  acknowledgeFailed: 'Die Bestätigung konnte nicht gespeichert werden',
  snooze: '7 Tage zurückstellen',
  snoozedUntil: (w) => `Zurückgestellt bis ${w}: bis dahin keine Zusammenfassung dieser Art`,
  showDeals: 'Diese Verkaufschancen anzeigen',
  filtered: (n, t) => `Angezeigt: ${plural(n, 'die Verkaufschance', `die ${n} Verkaufschancen`)} der Warnung „${t}“.`,
  filteredMissing: (n) => `${n} ${plural(n, 'Verkaufschance dieser Warnung wurde', 'Verkaufschancen dieser Warnung wurden')} inzwischen gelöscht.`,
  unknownAlert: 'Die Warnung dieses Links ist nicht mehr im Warnprotokoll; alle Verkaufschancen werden angezeigt.',
  showAll: 'Alle Verkaufschancen anzeigen'
};

export function alertStringsFor(locale: string): AlertStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
