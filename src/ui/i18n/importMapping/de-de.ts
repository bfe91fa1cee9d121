/** The German (de-DE) strings of the Import data panel's mapping step. */
import type { ImportMappingStrings } from './strings';

const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);
const de = en;

export const deDe: ImportMappingStrings = {
  heading: (f) => `Spalten von ${f} zuordnen`,
  summary: (r, c) => `${r} ${de(r, 'Zeile', 'Zeilen')}, ${c} ${de(c, 'Spalte', 'Spalten')}. Prüfen Sie jede Zuordnung, ändern Sie sie oder lassen Sie eine Spalte weg; gespeichert wird erst, wenn Sie Importieren wählen.`,
  fieldsCaption: 'Felder und die Spalten, aus denen sie kommen',
  columns: { field: 'Feld', column: 'Spalte in der Datei', samples: 'Werte in der Datei', format: 'Format', defaultValue: 'Vorgabe, wo leer' },
  fieldNames: {
    id: 'Verkaufschancen-ID',
    name: 'Name',
    account: 'Kunde',
    owner: 'Verkäufer (Besitzer)',
    team: 'Team',
    amount: 'Betrag',
    currency: 'Währung',
    status: 'Status',
    created: 'Erstellt',
    closed: 'Abgeschlossen',
    stage: 'Phase',
    stageEntered: 'Phase erreicht'
  },
  neededFor: {
    id: 'um jede Verkaufschance beim nächsten Import wiederzuerkennen',
    account: 'um Verkaufschancen nach Kunden zu gruppieren',
    owner: 'um jedem Verkäufer seine Verkaufschancen und Hinweise zu zeigen',
    amount: 'für den Pipeline-Wert und den gefährdeten Wert (Vorgabe 0 ist erlaubt)',
    status: 'um offene von gewonnenen, verlorenen und nicht entschiedenen zu unterscheiden'
  },
  required: 'Pflichtfeld',
  notInFile: '(nicht in der Datei)',
  columnFor: (f) => `Spalte für ${f}`,
  formatFor: (f) => `Format von ${f}`,
  defaultFor: (f) => `Vorgabe für ${f}`,
  matchedBy: { name: 'nach Name erkannt', content: 'nach Inhalt erkannt', user: 'von Ihnen gewählt', none: '' },
  dateFormats: { iso: 'ISO (2024-12-31)', 'day-first': 'Tag zuerst (31.12.2024)', 'month-first': 'Monat zuerst (12/31/2024)', 'excel-serial': 'Excel-Seriennummer (45657)' },
  chooseFormat: 'Format wählen',
  decimalSeparator: 'Dezimaltrennzeichen',
  decimalPoint: 'Punkt (1,234.50)',
  decimalComma: 'Komma (1.234,50)',
  statusHeading: 'Statuswerte',
  stageHeading: 'Phasenwerte',
  valueColumns: { value: 'Wert in der Datei', rows: 'Zeilen', status: 'Status', stage: 'Phase im Blueprint' },
  statuses: { open: 'Offen', won: 'Gewonnen', lost: 'Verloren', 'no-decision': 'Keine Entscheidung' },
  choose: 'Wählen…',
  noStage: 'Keine Phase',
  statusFor: (v) => `Status für ${v}`,
  stageFor: (v) => `Phase für ${v}`,
  toDecide: 'Vor dem Import noch zu entscheiden',
  unmappedField: (f, n) => `${f} wird benötigt, ${n}: Wählen Sie die Spalte, die es enthält, oder geben Sie eine Vorgabe an.`,
  dateQuestion: (f, c, e) => `${f}: Die Daten in „${c}“ (etwa ${e}) passen zu Tag zuerst und Monat zuerst. Wählen Sie, was die Datei verwendet.`,
  statusValuesOpen: (v) => `Wählen Sie einen Status für ${v}.`,
  stageValuesOpen: (v) => `Wählen Sie eine Phase des Blueprints (oder „Keine Phase“) für ${v}.`,
  previewHeading: (s, t) => `Vorschau: die ersten ${s} von ${t} ${de(t, 'Verkaufschance', 'Verkaufschancen')}, wie sie gespeichert werden`,
  previewColumns: { id: 'ID', account: 'Kunde', owner: 'Besitzer', team: 'Team', amount: 'Betrag', status: 'Status', created: 'Erstellt', closed: 'Abgeschlossen', stages: 'Phasen' },
  createdFromEarliest: (n) => `${n} ${de(n, 'Verkaufschance hat', 'Verkaufschancen haben')} kein Erstelldatum und ${de(n, 'erhält', 'erhalten')} das früheste Datum, das die Datei für sie enthält.`,
  createdFromEarliestDone: (n) => `${n} ${de(n, 'Verkaufschance hatte', 'Verkaufschancen hatten')} kein Erstelldatum und ${de(n, 'erhielt', 'erhielten')} das früheste Datum, das die Datei für sie enthält.`,
  skippedHeading: (r) => `${r} ${de(r, 'Zeile wird', 'Zeilen werden')} übersprungen`,
  errorColumns: { row: 'Zeile', column: 'Spalte', reason: 'Was zu korrigieren ist' },
  mappingJson: 'Die Zuordnung als JSON (für die Befehlszeile: check --mapping)',
  importButton: (d) => `${d} ${de(d, 'Verkaufschance', 'Verkaufschancen')} importieren`,
  importAllButton: (r) => `Alle ${r} Zeilen importieren`,
  checkedStart: (c, t) => `Vorschau und übersprungene Zeilen betreffen die ersten ${c} von ${t} Zeilen; der Import liest jede Zeile und meldet alle übersprungenen.`,
  cancel: 'Abbrechen'
};
