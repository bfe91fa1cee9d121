/** The German (de-DE) strings of the alert feed. */
import type { AlertStrings } from './strings';

const plural = (count: number, one: string, other: string): string => (count === 1 ? one : other);

export const deDe: AlertStrings = {
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
