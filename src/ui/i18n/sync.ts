/** Strings of the dashboard's Microsoft 365 sync section, in en-US and de-DE. */
import type { UnmatchedReason, SourceItemKind } from '../../core/recognition';

export interface SyncStrings {
  readonly heading: string;
  readonly never: string;
  readonly loadFailed: string;
  readonly lastRun: (when: string, sources: number, failed: number) => string;
  readonly broughtIn: (recognised: number, stored: number, already: number, failed: number) => string;
  readonly unmatched: (count: number) => string;
  readonly groupsHeading: string;
  readonly columns: { readonly kind: string; readonly reason: string; readonly pattern: string; readonly count: string; readonly examples: string; readonly fix: string };
  readonly kinds: Readonly<Record<SourceItemKind, string>>;
  readonly reasons: Readonly<Record<UnmatchedReason, string>>;
  /** What would fix a group: a recognition rule for groups whose deal was found, otherwise the participants. */
  readonly fixRule: (kind: string, pattern: string) => string;
  readonly fixPeople: string;
  readonly fixNone: string;
  readonly sourceFailed: (source: string, error: string) => string;
  readonly exchangeFor: (pattern: string) => string;
  readonly chooseExchange: string;
  readonly addRule: string;
  /** After a rule was added: where it is and what is left to do. */
  readonly ruleAdded: (rule: string, exchange: string, blueprint: string) => string;
  readonly ruleFailed: (error: string) => string;
  readonly ruleNotPossible: string;
}

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

const enUs: SyncStrings = {
  heading: 'Microsoft 365 sync',
  never: 'No sync run has been recorded on this site yet. The monitor syncs meetings, mail and tasks on its schedule.',
  loadFailed: 'The sync status could not be loaded',
  lastRun: (w, s, f) => `Last run ${w} over ${s} ${plural(s, 'source', 'sources')}${f > 0 ? `, ${f} failed` : ''}.`,
  broughtIn: (r, s, a, f) => `Brought in: ${r} ${plural(r, 'exchange', 'exchanges')} recognised (${s} new, ${a} already stored, ${f} failed).`,
  unmatched: (n) => `${n} ${plural(n, 'item', 'items')} could not be matched to an exchange.`,
  groupsHeading: 'Items not matched, grouped',
  columns: { kind: 'Source', reason: 'Why', pattern: 'Subject pattern', count: 'Items', examples: 'Examples', fix: 'What would match them' },
  kinds: { meeting: 'Meeting', mail: 'Mail', plannerTask: 'Planner task', listItem: 'List item' },
  reasons: {
    'no-customer-contact': 'No customer contact among the participants',
    'several-accounts': 'Contacts of several accounts',
    'no-open-opportunity': 'The account has no open deal',
    'several-open-opportunities': 'The account has several open deals',
    'no-recognition-rule': 'No recognition rule matches',
    'incomplete-task': 'Task not completed'
  },
  fixRule: (k, p) => `A recognition rule in the Technical Blueprint: ${k} with subject containing "${p}"`,
  fixPeople: 'Participants in roles (Technical Blueprint) or the deal on the site',
  fixNone: 'Nothing: counted when done',
  sourceFailed: (s, e) => `${s} failed: ${e}`,
  exchangeFor: (p) => `Exchange that "${p}" stands for`,
  chooseExchange: 'Choose the exchange',
  addRule: 'Add the rule to the draft',
  ruleAdded: (r, e, b) => `Added to the draft of ${b}: "${e}" recognised by ${r}. Review and publish the draft in the Process Blueprint's Technical Blueprint; the next sync uses it once published.`,
  ruleFailed: (e) => `The rule could not be added to the draft: ${e}`,
  ruleNotPossible: 'These items have no words a rule could look for.'
};

const deDe: SyncStrings = {
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

export function syncStringsFor(locale: string): SyncStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
