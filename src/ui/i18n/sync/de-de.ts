/** The German (de-DE) strings of the sync status. */
import type { SyncStrings } from './strings';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const deDe: SyncStrings = {
  heading: 'Microsoft 365-Synchronisierung',
  never: 'Auf dieser Website wurde noch kein Synchronisierungslauf erfasst. Der Monitor synchronisiert Besprechungen, E-Mails und Aufgaben nach seinem Zeitplan.',
  loadFailed: 'Der Synchronisierungsstatus konnte nicht geladen werden',
  lastRun: (w, s, f) => `Letzter Lauf ${w} über ${s} ${plural(s, 'Quelle', 'Quellen')}${f > 0 ? `, ${f} fehlgeschlagen` : ''}.`,
  broughtIn: (r, s, a, f) => `Übernommen: ${r} ${plural(r, 'Austausch', 'Austausche')} erkannt (${s} neu, ${a} bereits gespeichert, ${f} fehlgeschlagen).`,
  unmatched: (n) => `${n} ${plural(n, 'Element konnte', 'Elemente konnten')} keinem Austausch zugeordnet werden.`,
  groupsHeading: 'Nicht zugeordnete Elemente, gruppiert',
  columns: { kind: 'Quelle', reason: 'Grund', pattern: 'Betreffmuster', count: 'Elemente', examples: 'Beispiele', fix: 'Was sie zuordnen würde' },
  kinds: { meeting: 'Besprechung', mail: 'E-Mail', plannerTask: 'Planner-Aufgabe', listItem: 'Listenelement' },
  reasons: {
    'no-customer-contact': 'Kein Kundenkontakt unter den Teilnehmenden',
    'several-accounts': 'Kontakte mehrerer Kunden',
    'no-open-opportunity': 'Der Kunde hat keine offene Verkaufschance',
    'several-open-opportunities': 'Der Kunde hat mehrere offene Verkaufschancen',
    'no-recognition-rule': 'Keine Erkennungsregel passt',
    'incomplete-task': 'Aufgabe nicht abgeschlossen'
  },
  fixRule: (k, p) => `Eine Erkennungsregel im Technical Blueprint: ${k} mit Betreff, der „${p}“ enthält`,
  fixPeople: 'Teilnehmende in Rollen (Technical Blueprint) oder die Verkaufschance auf der Website',
  fixNone: 'Nichts: wird gezählt, wenn erledigt',
  sourceFailed: (s, e) => `${s} fehlgeschlagen: ${e}`,
  exchangeFor: (p) => `Austausch, für den „${p}“ steht`,
  chooseExchange: 'Austausch wählen',
  addRule: 'Regel zum Entwurf hinzufügen',
  ruleAdded: (r, e, b) => `Zum Entwurf von ${b} hinzugefügt: „${e}“ erkannt durch ${r}. Prüfen und veröffentlichen Sie den Entwurf im Technical Blueprint des Prozess-Blueprints; die nächste Synchronisierung nutzt ihn nach der Veröffentlichung.`,
  ruleFailed: (e) => `Die Regel konnte nicht zum Entwurf hinzugefügt werden: ${e}`,
  ruleNotPossible: 'Diese Elemente enthalten keine Wörter, nach denen eine Regel suchen könnte.'
};
