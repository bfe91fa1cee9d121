/**
 * Strings of the Value Network Designer, in the same en/de pattern as ./strings.ts but in their own
 * module so that the three app teams never edit the same file.
 */
import type { DeliverableKind, RoleSide } from '../../core/model';

export interface DesignerStrings {
  readonly views: { readonly diagram: string; readonly table: string; readonly analysis: string; readonly history: string };
  readonly toolbarLabel: string;
  readonly undo: string;
  readonly redo: string;
  readonly autoLayout: string;
  readonly importFile: string;
  readonly exportAs: string;
  readonly exportJson: string;
  readonly exportBpel: string;
  readonly exportBpelExecutable: string;
  readonly exportBpmn: string;
  readonly loading: string;
  readonly imported: (name: string) => string;
  /** After a BPEL import that could not keep everything: the name, then one sentence per kind of construct left out. */
  readonly importedWithWarnings: (name: string, warnings: readonly string[]) => string;
  readonly failed: (message: string) => string;
  readonly dismiss: string;
  readonly problemsHeading: (count: number) => string;
  readonly noProblems: string;
  readonly sides: Readonly<Record<RoleSide, string>>;
  readonly kinds: Readonly<Record<DeliverableKind, string>>;
  readonly roles: string;
  readonly stages: string;
  readonly transactions: string;
  readonly addRole: string;
  readonly addStage: string;
  readonly addTransaction: string;
  readonly remove: (what: string) => string;
  readonly edit: (what: string) => string;
  readonly name: string;
  readonly side: string;
  readonly description: string;
  readonly order: string;
  readonly minSelling: string;
  readonly minBuying: string;
  readonly sequence: string;
  readonly from: string;
  readonly to: string;
  readonly deliverable: string;
  readonly kind: string;
  readonly stage: string;
  readonly required: string;
  readonly minCount: string;
  readonly dueDays: string;
  readonly newRoleName: string;
  readonly newStageName: string;
  readonly newDeliverable: string;
  readonly diagramLabel: string;
  readonly diagramHelp: string;
  readonly connect: string;
  readonly connectFrom: string;
  readonly connectTo: (from: string) => string;
  readonly cancelConnect: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetView: string;
  readonly legend: string;
  readonly legendInternal: string;
  readonly legendCustomer: string;
  readonly legendPartner: string;
  readonly legendTangible: string;
  readonly legendIntangible: string;
  readonly roleNode: (name: string, side: string, gives: number, receives: number) => string;
  readonly arrowLabel: (sequence: number, deliverable: string, from: string, to: string, kind: string, stage: string) => string;
  readonly focus: string;
  readonly focusAll: string;
  readonly focusStage: (stage: string) => string;
  readonly focusRole: (role: string) => string;
  readonly focusSteps: string;
  readonly steps: (n: number) => string;
  readonly panelRole: string;
  readonly panelStage: string;
  readonly panelTransaction: string;
  readonly close: string;
  readonly analysisHeading: string;
  readonly given: string;
  readonly received: string;
  readonly balance: string;
  readonly betweenness: string;
  readonly reciprocity: (share: string) => string;
  readonly findingsHeading: string;
  readonly noFindings: string;
  readonly findingIsolated: (role: string) => string;
  readonly findingOverburdened: (role: string, count: number, average: string) => string;
  readonly findingGivesOnly: (role: string) => string;
  readonly findingReceivesOnly: (role: string) => string;
  readonly findingBroker: (role: string, share: string) => string;
  readonly findingLowReciprocity: (share: string) => string;
  readonly tangibleIntangible: (tangible: number, intangible: number) => string;
  readonly newBlueprintName: string;
}

const enUs: DesignerStrings = {
  views: { diagram: 'Diagram', table: 'Table', analysis: 'Analysis', history: 'History' },
  toolbarLabel: 'Blueprint actions',
  undo: 'Undo',
  redo: 'Redo',
  autoLayout: 'Arrange automatically',
  importFile: 'Import',
  exportAs: 'Export',
  exportJson: 'Blueprint JSON',
  exportBpel: 'WS-BPEL 2.0, abstract (to describe)',
  exportBpelExecutable: 'WS-BPEL 2.0, executable (to deploy)',
  exportBpmn: 'BPMN 2.0',
  loading: 'Loading the blueprint…',
  imported: (name) => `Imported "${name}". Review it, then save or publish.`,
  importedWithWarnings: (name, warnings) => `Imported "${name}", but not everything in the file fits a blueprint: ${warnings.join(' ')} Review it, then save or publish.`,
  failed: (message) => `That did not work: ${message}`,
  dismiss: 'Close message',
  problemsHeading: (count) => (count === 1 ? '1 problem to fix before publishing' : `${count} problems to fix before publishing`),
  noProblems: 'No problems: the blueprint can be published.',
  sides: { internal: 'Internal', customer: 'Customer', partner: 'Partner' },
  kinds: { tangible: 'Tangible', intangible: 'Intangible' },
  roles: 'Roles',
  stages: 'Stages',
  transactions: 'Transactions',
  addRole: 'Add role',
  addStage: 'Add stage',
  addTransaction: 'Add transaction',
  remove: (what) => `Remove ${what}`,
  edit: (what) => `Edit ${what}`,
  name: 'Name',
  side: 'Side',
  description: 'Description',
  order: 'Order',
  minSelling: 'Min. selling actions',
  minBuying: 'Min. buying actions',
  sequence: 'No.',
  from: 'From',
  to: 'To',
  deliverable: 'Deliverable',
  kind: 'Kind',
  stage: 'Stage',
  required: 'Required',
  minCount: 'Min. count',
  dueDays: 'Due (days)',
  newRoleName: 'New role',
  newStageName: 'New stage',
  newDeliverable: 'New deliverable',
  diagramLabel: 'Value network diagram',
  diagramHelp: 'Tab to a role, Enter to edit it, arrow keys to move it. Drag roles with the mouse; drag the background to pan; use Connect to draw a transaction.',
  connect: 'Connect',
  connectFrom: 'Choose the role that gives the deliverable.',
  connectTo: (from) => `Choose the role that receives it from ${from}.`,
  cancelConnect: 'Cancel',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Fit to view',
  legend: 'Legend',
  legendInternal: 'Internal role (rectangle)',
  legendCustomer: 'Customer role (rounded, double border)',
  legendPartner: 'Partner role (hexagon)',
  legendTangible: 'Tangible (solid line)',
  legendIntangible: 'Intangible (dashed line)',
  roleNode: (name, side, gives, receives) => `${name}, ${side} role, gives ${gives}, receives ${receives}`,
  arrowLabel: (sequence, deliverable, from, to, kind, stage) => `${sequence}. ${deliverable}, from ${from} to ${to}, ${kind}, stage ${stage}`,
  focus: 'Show',
  focusAll: 'The whole network',
  focusStage: (stage) => `Stage ${stage}`,
  focusRole: (role) => `Around ${role}`,
  focusSteps: 'Steps',
  steps: (n) => (n === 1 ? '1 step' : `${n} steps`),
  panelRole: 'Role',
  panelStage: 'Stage',
  panelTransaction: 'Transaction',
  close: 'Close',
  analysisHeading: 'Exchange analysis',
  given: 'Gives',
  received: 'Receives',
  balance: 'Balance',
  betweenness: 'Betweenness',
  reciprocity: (share) => `Reciprocity: ${share} of the ties between roles are answered in the other direction.`,
  findingsHeading: 'Findings',
  noFindings: 'No findings: every role gives and receives, and no role carries the deal alone.',
  findingIsolated: (role) => `${role} takes part in no exchange. Add what they give and receive, or remove the role.`,
  findingOverburdened: (role, count, average) => `${role} takes part in ${count} exchanges, far above the average of ${average}. Share the load, or the deal depends on one person.`,
  findingGivesOnly: (role) => `${role} only gives and receives nothing back. Plan what value flows to them, or their engagement will fade.`,
  findingReceivesOnly: (role) => `${role} only receives. Plan what they give back (an introduction, feedback, a decision) so the exchange is balanced.`,
  findingBroker: (role, share) => `${role} is the main broker: ${share} of the hand-offs between other roles pass through them. Multi-thread around them.`,
  findingLowReciprocity: (share) => `Only ${share} of the ties are answered. Winning sales are two-way: add what comes back.`,
  tangibleIntangible: (tangible, intangible) => `${tangible} tangible, ${intangible} intangible`,
  newBlueprintName: 'New strategy blueprint'
};

const deDe: DesignerStrings = {
  views: { diagram: 'Diagramm', table: 'Tabelle', analysis: 'Analyse', history: 'Verlauf' },
  toolbarLabel: 'Blueprint-Aktionen',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  autoLayout: 'Automatisch anordnen',
  importFile: 'Importieren',
  exportAs: 'Exportieren',
  exportJson: 'Blueprint-JSON',
  exportBpel: 'WS-BPEL 2.0, abstrakt (zur Beschreibung)',
  exportBpelExecutable: 'WS-BPEL 2.0, ausführbar (zur Bereitstellung)',
  exportBpmn: 'BPMN 2.0',
  loading: 'Blueprint wird geladen…',
  imported: (name) => `„${name}“ importiert. Prüfen Sie ihn, dann speichern oder veröffentlichen Sie.`,
  importedWithWarnings: (name, warnings) => `„${name}“ importiert, aber nicht alles in der Datei passt in einen Blueprint: ${warnings.join(' ')} Prüfen Sie ihn, dann speichern oder veröffentlichen Sie.`,
  failed: (message) => `Das hat nicht geklappt: ${message}`,
  dismiss: 'Meldung schließen',
  problemsHeading: (count) => (count === 1 ? '1 Problem vor dem Veröffentlichen beheben' : `${count} Probleme vor dem Veröffentlichen beheben`),
  noProblems: 'Keine Probleme: Der Blueprint kann veröffentlicht werden.',
  sides: { internal: 'Intern', customer: 'Kunde', partner: 'Partner' },
  kinds: { tangible: 'Materiell', intangible: 'Immateriell' },
  roles: 'Rollen',
  stages: 'Phasen',
  transactions: 'Transaktionen',
  addRole: 'Rolle hinzufügen',
  addStage: 'Phase hinzufügen',
  addTransaction: 'Transaktion hinzufügen',
  remove: (what) => `${what} entfernen`,
  edit: (what) => `${what} bearbeiten`,
  name: 'Name',
  side: 'Seite',
  description: 'Beschreibung',
  order: 'Reihenfolge',
  minSelling: 'Min. Verkaufsaktionen',
  minBuying: 'Min. Kaufaktionen',
  sequence: 'Nr.',
  from: 'Von',
  to: 'An',
  deliverable: 'Leistung',
  kind: 'Art',
  stage: 'Phase',
  required: 'Pflicht',
  minCount: 'Min. Anzahl',
  dueDays: 'Fällig (Tage)',
  newRoleName: 'Neue Rolle',
  newStageName: 'Neue Phase',
  newDeliverable: 'Neue Leistung',
  diagramLabel: 'Wertnetzwerk-Diagramm',
  diagramHelp: 'Mit Tab zu einer Rolle, Eingabe zum Bearbeiten, Pfeiltasten zum Verschieben. Rollen mit der Maus ziehen; Hintergrund ziehen zum Verschieben der Ansicht; mit „Verbinden“ eine Transaktion zeichnen.',
  connect: 'Verbinden',
  connectFrom: 'Wählen Sie die Rolle, die die Leistung erbringt.',
  connectTo: (from) => `Wählen Sie die Rolle, die sie von ${from} erhält.`,
  cancelConnect: 'Abbrechen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetView: 'An Ansicht anpassen',
  legend: 'Legende',
  legendInternal: 'Interne Rolle (Rechteck)',
  legendCustomer: 'Kundenrolle (abgerundet, doppelter Rand)',
  legendPartner: 'Partnerrolle (Sechseck)',
  legendTangible: 'Materiell (durchgezogene Linie)',
  legendIntangible: 'Immateriell (gestrichelte Linie)',
  roleNode: (name, side, gives, receives) => `${name}, Rolle ${side}, gibt ${gives}, erhält ${receives}`,
  arrowLabel: (sequence, deliverable, from, to, kind, stage) => `${sequence}. ${deliverable}, von ${from} an ${to}, ${kind}, Phase ${stage}`,
  focus: 'Anzeigen',
  focusAll: 'Das ganze Netzwerk',
  focusStage: (stage) => `Phase ${stage}`,
  focusRole: (role) => `Rund um ${role}`,
  focusSteps: 'Schritte',
  steps: (n) => (n === 1 ? '1 Schritt' : `${n} Schritte`),
  panelRole: 'Rolle',
  panelStage: 'Phase',
  panelTransaction: 'Transaktion',
  close: 'Schließen',
  analysisHeading: 'Austauschanalyse',
  given: 'Gibt',
  received: 'Erhält',
  balance: 'Bilanz',
  betweenness: 'Vermittlung',
  reciprocity: (share) => `Gegenseitigkeit: ${share} der Verbindungen zwischen Rollen werden in Gegenrichtung erwidert.`,
  findingsHeading: 'Erkenntnisse',
  noFindings: 'Keine Auffälligkeiten: Jede Rolle gibt und erhält, und keine Rolle trägt das Geschäft allein.',
  findingIsolated: (role) => `${role} nimmt an keinem Austausch teil. Ergänzen Sie, was die Rolle gibt und erhält, oder entfernen Sie sie.`,
  findingOverburdened: (role, count, average) => `${role} nimmt an ${count} Austauschen teil, weit über dem Durchschnitt von ${average}. Verteilen Sie die Last, sonst hängt das Geschäft an einer Person.`,
  findingGivesOnly: (role) => `${role} gibt nur und erhält nichts zurück. Planen Sie, welcher Wert zurückfließt, sonst lässt das Engagement nach.`,
  findingReceivesOnly: (role) => `${role} erhält nur. Planen Sie, was die Rolle zurückgibt (eine Vorstellung, Feedback, eine Entscheidung).`,
  findingBroker: (role, share) => `${role} ist der wichtigste Vermittler: ${share} der Übergaben zwischen anderen Rollen laufen über diese Rolle. Bauen Sie weitere Kontakte auf.`,
  findingLowReciprocity: (share) => `Nur ${share} der Verbindungen werden erwidert. Gewonnene Geschäfte sind wechselseitig: Ergänzen Sie, was zurückkommt.`,
  tangibleIntangible: (tangible, intangible) => `${tangible} materiell, ${intangible} immateriell`,
  newBlueprintName: 'Neuer Strategie-Blueprint'
};

/** Designer strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function designerStringsFor(locale: string): DesignerStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
