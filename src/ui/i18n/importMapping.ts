/**
 * Strings of the Import data panel's mapping step, in en-US and de-DE. Kept apart from dashboard.ts so
 * the step's many labels change without edit collisions.
 */
import type { OpportunityStatus } from '../../core/model';
import type { DateFormat, OpportunityField } from '../../interchange';

export interface ImportMappingStrings {
  readonly heading: (fileName: string) => string;
  readonly summary: (rows: number, columns: number) => string;
  readonly fieldsCaption: string;
  readonly columns: { readonly field: string; readonly column: string; readonly samples: string; readonly format: string; readonly defaultValue: string };
  readonly fieldNames: Readonly<Record<OpportunityField, string>>;
  /** What a required field is needed for, shown while it has no column. */
  readonly neededFor: Readonly<Partial<Record<OpportunityField, string>>>;
  readonly required: string;
  readonly notInFile: string;
  readonly columnFor: (field: string) => string;
  readonly formatFor: (field: string) => string;
  readonly defaultFor: (field: string) => string;
  readonly matchedBy: Readonly<Record<'name' | 'content' | 'user' | 'none', string>>;
  readonly dateFormats: Readonly<Record<DateFormat, string>>;
  readonly chooseFormat: string;
  readonly decimalSeparator: string;
  readonly decimalPoint: string;
  readonly decimalComma: string;
  readonly statusHeading: string;
  readonly stageHeading: string;
  readonly valueColumns: { readonly value: string; readonly rows: string; readonly status: string; readonly stage: string };
  readonly statuses: Readonly<Record<OpportunityStatus, string>>;
  readonly choose: string;
  readonly noStage: string;
  readonly statusFor: (value: string) => string;
  readonly stageFor: (value: string) => string;
  readonly toDecide: string;
  readonly unmappedField: (field: string, neededFor: string) => string;
  readonly dateQuestion: (field: string, column: string, example: string) => string;
  readonly statusValuesOpen: (values: string) => string;
  readonly stageValuesOpen: (values: string) => string;
  readonly previewHeading: (shown: number, total: number) => string;
  readonly previewColumns: {
    readonly id: string;
    readonly account: string;
    readonly owner: string;
    readonly team: string;
    readonly amount: string;
    readonly status: string;
    readonly created: string;
    readonly closed: string;
    readonly stages: string;
  };
  readonly createdFromEarliest: (count: number) => string;
  /** In the import report. */
  readonly createdFromEarliestDone: (count: number) => string;
  readonly skippedHeading: (rows: number) => string;
  readonly errorColumns: { readonly row: string; readonly column: string; readonly reason: string };
  readonly mappingJson: string;
  readonly importButton: (deals: number) => string;
  /** The import button when only the start of a large file was checked. */
  readonly importAllButton: (rows: number) => string;
  readonly checkedStart: (checked: number, total: number) => string;
  readonly cancel: string;
}

const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);
const de = en;

const enUs: ImportMappingStrings = {
  heading: (f) => `Match the columns of ${f}`,
  summary: (r, c) => `${r} ${en(r, 'row', 'rows')}, ${c} ${en(c, 'column', 'columns')}. Check each match, change any, or leave a column out; nothing is stored before you choose Import.`,
  fieldsCaption: 'Fields and the columns they come from',
  columns: { field: 'Field', column: 'Column in the file', samples: 'Values in the file', format: 'Format', defaultValue: 'Default where empty' },
  fieldNames: {
    id: 'Opportunity id',
    name: 'Name',
    account: 'Account',
    owner: 'Seller (owner)',
    team: 'Team',
    amount: 'Amount',
    currency: 'Currency',
    status: 'Status',
    created: 'Created',
    closed: 'Closed',
    stage: 'Stage',
    stageEntered: 'Stage entered'
  },
  neededFor: {
    id: 'to recognise each deal when the file is imported again',
    account: 'to group deals by customer',
    owner: 'to show each seller their deals and send them their alerts',
    amount: 'for pipeline value and value at risk (a default of 0 is allowed)',
    status: 'to tell open deals from won, lost and no-decision ones'
  },
  required: 'required',
  notInFile: '(not in the file)',
  columnFor: (f) => `Column for ${f}`,
  formatFor: (f) => `Format of ${f}`,
  defaultFor: (f) => `Default for ${f}`,
  matchedBy: { name: 'matched by name', content: 'matched by content', user: 'chosen by you', none: '' },
  dateFormats: { iso: 'ISO (2024-12-31)', 'day-first': 'Day first (31/12/2024)', 'month-first': 'Month first (12/31/2024)', 'excel-serial': 'Excel serial number (45657)' },
  chooseFormat: 'Choose the format',
  decimalSeparator: 'Decimal separator',
  decimalPoint: 'Point (1,234.50)',
  decimalComma: 'Comma (1.234,50)',
  statusHeading: 'Status values',
  stageHeading: 'Stage values',
  valueColumns: { value: 'Value in the file', rows: 'Rows', status: 'Status', stage: 'Blueprint stage' },
  statuses: { open: 'Open', won: 'Won', lost: 'Lost', 'no-decision': 'No decision' },
  choose: 'Choose…',
  noStage: 'No stage',
  statusFor: (v) => `Status for ${v}`,
  stageFor: (v) => `Stage for ${v}`,
  toDecide: 'Left to decide before the import',
  unmappedField: (f, n) => `${f} is needed ${n}: choose the column that holds it, or give a default.`,
  dateQuestion: (f, c, e) => `${f}: the dates in "${c}" (such as ${e}) fit day-first and month-first. Choose the one the file uses.`,
  statusValuesOpen: (v) => `Choose a status for ${v}.`,
  stageValuesOpen: (v) => `Choose a blueprint stage (or "No stage") for ${v}.`,
  previewHeading: (s, t) => `Preview: the first ${s} of ${t} ${en(t, 'opportunity', 'opportunities')} as they will be stored`,
  previewColumns: { id: 'Id', account: 'Account', owner: 'Owner', team: 'Team', amount: 'Amount', status: 'Status', created: 'Created', closed: 'Closed', stages: 'Stages' },
  createdFromEarliest: (n) => `${n} ${en(n, 'opportunity has', 'opportunities have')} no created date and will take the earliest date the file has for ${en(n, 'it', 'them')}.`,
  createdFromEarliestDone: (n) => `${n} ${en(n, 'opportunity had', 'opportunities had')} no created date and took the earliest date the file has for ${en(n, 'it', 'them')}.`,
  skippedHeading: (r) => `${r} ${en(r, 'row', 'rows')} will be skipped`,
  errorColumns: { row: 'Row', column: 'Column', reason: 'What to fix' },
  mappingJson: 'The mapping as JSON (for the command line: check --mapping)',
  importButton: (d) => `Import ${d} ${en(d, 'opportunity', 'opportunities')}`,
  importAllButton: (r) => `Import all ${r} rows`,
  checkedStart: (c, t) => `The preview and the skipped rows cover the first ${c} of ${t} rows; the import reads every row and reports all skipped ones.`,
  cancel: 'Cancel'
};

const deDe: ImportMappingStrings = {
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

export function importMappingStringsFor(locale: string): ImportMappingStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
