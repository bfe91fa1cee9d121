/**
 * Strings of the Process Blueprint app in en-US and de-DE, including the plain-language templates of
 * the constraint preview. English constraint sentences come from the compiler itself (core's
 * `description`), so the preview and the checker's explanations read the same.
 */
import type { DeclareConstraint, DeviationKind, DeviationSeverity } from '../../core/conformance';
import type { Blueprint, Transaction, AlertChannelKind, AlertDelivery, RecognitionKind } from '../../core/model';

export interface ProcessStrings {
  readonly tabs: { readonly stages: string; readonly recognition: string; readonly alerts: string };
  readonly moreTabs: string;
  readonly blueprintLabel: string;
  readonly noBlueprint: string;
  readonly loading: string;
  readonly save: string;
  readonly saved: string;
  readonly unsaved: string;
  readonly readOnly: string;
  readonly conflict: string;
  readonly problemsHeading: (count: number) => string;
  readonly stageHeading: (order: number, name: string) => string;
  readonly minSelling: string;
  readonly minBuying: string;
  readonly activitiesHeading: string;
  readonly moveUp: (deliverable: string) => string;
  readonly moveDown: (deliverable: string) => string;
  readonly dueDays: string;
  readonly dueDaysAfter: (anchor: string) => string;
  readonly noActivities: string;
  readonly previewHeading: string;
  readonly previewProblem: string;
  readonly exitCriteria: (stage: string, selling: number, buying: number) => string;
  readonly constraint: (constraint: DeclareConstraint, blueprint: Blueprint) => string;
  readonly recognitionTransaction: string;
  readonly recognitionKinds: Readonly<Record<RecognitionKind, string>>;
  readonly recognitionKindLabel: string;
  readonly csvPreset: string;
  readonly csvColumn: string;
  readonly csvValue: string;
  readonly role: string;
  readonly fromRole: string;
  readonly toRole: string;
  readonly subjectContains: string;
  readonly titleContains: string;
  readonly listTitle: string;
  readonly listField: string;
  readonly listValue: string;
  readonly addRule: string;
  readonly removeRule: (summary: string) => string;
  readonly noRules: string;
  readonly alertsHeading: string;
  readonly addAlertRule: string;
  readonly newAlertRuleName: string;
  readonly removeAlertRule: (name: string) => string;
  readonly ruleName: string;
  readonly ruleEnabled: string;
  readonly deviationsLabel: string;
  readonly deviations: Readonly<Record<DeviationKind, string>>;
  readonly severityLabel: string;
  readonly severities: Readonly<Record<DeviationSeverity, string>>;
  readonly channelLabel: string;
  readonly channels: Readonly<Record<AlertChannelKind, string>>;
  readonly targetLabel: string;
  readonly targetHints: Readonly<Record<AlertChannelKind, string>>;
  readonly deliveryLabel: string;
  readonly deliveries: Readonly<Record<AlertDelivery, string>>;
  readonly digestHour: string;
  readonly noAlertRules: string;
}

const quoted = (text: string): string => `„${text}“`;
const roleName = (blueprint: Blueprint, id: string): string => quoted(blueprint.roles.find((r) => r.id === id)?.name ?? id);
const stageName = (blueprint: Blueprint, id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
const byId = (blueprint: Blueprint, id: string | undefined): Transaction | undefined => blueprint.transactions.find((t) => t.id === id);
const deliverable = (t: Transaction | undefined, id: string | undefined): string => quoted(t?.deliverable ?? id ?? '?');
const tage = (days: number): string => `${days} ${days === 1 ? 'Tag' : 'Tagen'}`;

/** German sentences built from the constraint's provenance; role and deliverable names stay as the author wrote them. */
function germanConstraint(c: DeclareConstraint, blueprint: Blueprint): string {
  const p = c.provenance;
  if (!p) return c.id;
  const t = byId(blueprint, p.transactionId);
  const before = byId(blueprint, p.predecessorTransactionId);
  switch (p.kind) {
    case 'required': {
      const times = (c.n ?? 1) > 1 ? ` mindestens ${c.n}-mal` : '';
      return `Die Rolle ${roleName(blueprint, t?.to ?? '?')} muss ${deliverable(t, p.transactionId)} von der Rolle ${roleName(blueprint, t?.from ?? '?')}${times} erhalten.`;
    }
    case 'precededBy':
      return `Die Rolle ${roleName(blueprint, before?.to ?? '?')} muss ${deliverable(before, p.predecessorTransactionId)} vor ${deliverable(t, p.transactionId)} erhalten.`;
    case 'stageOrder':
      return `${deliverable(before, p.predecessorTransactionId)} (${stageName(blueprint, before?.stage ?? '?')}) muss vor ${deliverable(t, p.transactionId)} (${stageName(blueprint, p.stageId)}) kommen.`;
    case 'due':
      return before
        ? `Die Rolle ${roleName(blueprint, t?.to ?? '?')} muss ${deliverable(t, p.transactionId)} innerhalb von ${tage(c.withinDays ?? 0)} nach ${deliverable(before, before.id)} erhalten.`
        : `Die Rolle ${roleName(blueprint, t?.to ?? '?')} muss ${deliverable(t, p.transactionId)} innerhalb von ${tage(c.withinDays ?? 0)} nach Eintritt in ${stageName(blueprint, p.stageId)} erhalten.`;
    default:
      return c.description ?? c.id;
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const enUs: ProcessStrings = {
  tabs: { stages: 'Stages and exit criteria', recognition: 'Recognition in data', alerts: 'Alert rules' },
  moreTabs: 'More sections',
  blueprintLabel: 'Blueprint',
  noBlueprint: 'There is no blueprint on this site yet. Draw one in the Value Network Designer first.',
  loading: 'Loading the blueprint…',
  save: 'Save',
  saved: 'All changes saved.',
  unsaved: 'Unsaved changes',
  readOnly: 'You can read this blueprint; saving needs permission to edit items on this site.',
  conflict: 'Someone else saved this blueprint after you opened it; nothing was saved. Reload to see their version.',
  problemsHeading: (count) => `${plural(count, 'problem', 'problems')} to fix before publishing:`,
  stageHeading: (order, name) => `${order}. ${name}`,
  minSelling: 'Minimum selling actions',
  minBuying: 'Minimum buying actions',
  activitiesHeading: 'Activities in order',
  moveUp: (d) => `Move ${d} up`,
  moveDown: (d) => `Move ${d} down`,
  dueDays: 'Due within days of entering the stage',
  dueDaysAfter: (anchor) => `Due within days after ${anchor}`,
  noActivities: 'No activities in this stage.',
  previewHeading: 'What the blueprint checks',
  previewProblem: 'The rules cannot be compiled yet:',
  exitCriteria: (stage, selling, buying) =>
    `To leave ${stage}, a deal needs at least ${plural(selling, 'selling action', 'selling actions')} and ${plural(buying, 'buying action', 'buying actions')}.`,
  constraint: (c) => c.description ?? c.id,
  recognitionTransaction: 'Transaction',
  recognitionKinds: { csv: 'CSV column value', meeting: 'Meeting with a role', mail: 'Mail between roles', plannerTask: 'Planner task', listItem: 'SharePoint list item' },
  recognitionKindLabel: 'Recognised by',
  csvPreset: 'Column preset',
  csvColumn: 'CSV column',
  csvValue: 'Value in the column',
  role: 'Attendee role',
  fromRole: 'From role',
  toRole: 'To role',
  subjectContains: 'Subject contains (optional)',
  titleContains: 'Task title contains',
  listTitle: 'List',
  listField: 'Column (internal name)',
  listValue: 'Value',
  addRule: 'Add recognition rule',
  removeRule: (summary) => `Remove rule: ${summary}`,
  noRules: 'Not recognised in any data yet.',
  alertsHeading: 'Alert rules',
  addAlertRule: 'Add alert rule',
  newAlertRuleName: 'New alert rule',
  removeAlertRule: (name) => `Remove alert rule ${name}`,
  ruleName: 'Name',
  ruleEnabled: 'Enabled',
  deviationsLabel: 'Deviations that trigger it',
  deviations: {
    'missing-exchange': 'Missing exchange',
    'out-of-order': 'Out of order',
    late: 'Late',
    'unexpected-exchange': 'Unexpected exchange',
    'uncovered-role': 'Uncovered role',
    'single-threaded': 'Single-threaded'
  },
  severityLabel: 'Minimum severity',
  severities: { low: 'Low', medium: 'Medium', high: 'High' },
  channelLabel: 'Channel',
  channels: { 'teams-channel': 'Teams channel', 'teams-chat': 'Teams chat', mail: 'Email', webhook: 'Workflows webhook connection' },
  targetLabel: 'Recipient',
  targetHints: {
    'teams-channel': 'team id/channel id',
    'teams-chat': 'chat id',
    mail: 'addresses, separated by commas',
    webhook: 'the name of the connection an administrator configured (never the address)'
  },
  deliveryLabel: 'Delivery',
  deliveries: { immediate: 'Immediately', digest: 'Daily digest' },
  digestHour: 'Digest hour (UTC, 0-23)',
  noAlertRules: 'No alert rules yet: deviations show on the dashboard only.'
};

const deDe: ProcessStrings = {
  tabs: { stages: 'Phasen und Ausstiegskriterien', recognition: 'Erkennung in Daten', alerts: 'Warnregeln' },
  moreTabs: 'Weitere Bereiche',
  blueprintLabel: 'Blueprint',
  noBlueprint: 'Auf dieser Website gibt es noch keinen Blueprint. Zeichnen Sie zuerst einen im Wertnetzwerk-Designer.',
  loading: 'Der Blueprint wird geladen…',
  save: 'Speichern',
  saved: 'Alle Änderungen gespeichert.',
  unsaved: 'Ungespeicherte Änderungen',
  readOnly: 'Sie können diesen Blueprint lesen; zum Speichern brauchen Sie die Berechtigung, Elemente dieser Website zu bearbeiten.',
  conflict: 'Jemand anderes hat diesen Blueprint gespeichert, nachdem Sie ihn geöffnet haben; nichts wurde gespeichert. Laden Sie neu, um die andere Fassung zu sehen.',
  problemsHeading: (count) => `${plural(count, 'Problem', 'Probleme')} vor dem Veröffentlichen beheben:`,
  stageHeading: (order, name) => `${order}. ${name}`,
  minSelling: 'Mindestzahl Verkaufsaktionen',
  minBuying: 'Mindestzahl Kaufaktionen',
  activitiesHeading: 'Aktivitäten in Reihenfolge',
  moveUp: (d) => `${d} nach oben`,
  moveDown: (d) => `${d} nach unten`,
  dueDays: 'Fällig innerhalb von Tagen nach Eintritt in die Phase',
  dueDaysAfter: (anchor) => `Fällig innerhalb von Tagen nach ${anchor}`,
  noActivities: 'Keine Aktivitäten in dieser Phase.',
  previewHeading: 'Was der Blueprint prüft',
  previewProblem: 'Die Regeln lassen sich noch nicht übersetzen:',
  exitCriteria: (stage, selling, buying) =>
    `Um ${stage} zu verlassen, braucht ein Geschäft mindestens ${plural(selling, 'Verkaufsaktion', 'Verkaufsaktionen')} und ${plural(buying, 'Kaufaktion', 'Kaufaktionen')}.`,
  constraint: germanConstraint,
  recognitionTransaction: 'Transaktion',
  recognitionKinds: { csv: 'Wert einer CSV-Spalte', meeting: 'Besprechung mit einer Rolle', mail: 'E-Mail zwischen Rollen', plannerTask: 'Planner-Aufgabe', listItem: 'SharePoint-Listenelement' },
  recognitionKindLabel: 'Erkannt durch',
  csvPreset: 'Spaltenvorlage',
  csvColumn: 'CSV-Spalte',
  csvValue: 'Wert in der Spalte',
  role: 'Rolle der Teilnehmenden',
  fromRole: 'Von Rolle',
  toRole: 'An Rolle',
  subjectContains: 'Betreff enthält (optional)',
  titleContains: 'Aufgabentitel enthält',
  listTitle: 'Liste',
  listField: 'Spalte (interner Name)',
  listValue: 'Wert',
  addRule: 'Erkennungsregel hinzufügen',
  removeRule: (summary) => `Regel entfernen: ${summary}`,
  noRules: 'Noch in keinen Daten erkannt.',
  alertsHeading: 'Warnregeln',
  addAlertRule: 'Warnregel hinzufügen',
  newAlertRuleName: 'Neue Warnregel',
  removeAlertRule: (name) => `Warnregel ${name} entfernen`,
  ruleName: 'Name',
  ruleEnabled: 'Aktiv',
  deviationsLabel: 'Auslösende Abweichungen',
  deviations: {
    'missing-exchange': 'Fehlender Austausch',
    'out-of-order': 'Falsche Reihenfolge',
    late: 'Verspätet',
    'unexpected-exchange': 'Unerwarteter Austausch',
    'uncovered-role': 'Unbesetzte Rolle',
    'single-threaded': 'Nur ein Kontakt'
  },
  severityLabel: 'Mindestschweregrad',
  severities: { low: 'Niedrig', medium: 'Mittel', high: 'Hoch' },
  channelLabel: 'Kanal',
  channels: { 'teams-channel': 'Teams-Kanal', 'teams-chat': 'Teams-Chat', mail: 'E-Mail', webhook: 'Workflows-Webhook-Verbindung' },
  targetLabel: 'Empfänger',
  targetHints: {
    'teams-channel': 'Team-ID/Kanal-ID',
    'teams-chat': 'Chat-ID',
    mail: 'Adressen, durch Kommas getrennt',
    webhook: 'Name der Verbindung, die ein Administrator eingerichtet hat (nie die Adresse)'
  },
  deliveryLabel: 'Zustellung',
  deliveries: { immediate: 'Sofort', digest: 'Tägliche Zusammenfassung' },
  digestHour: 'Stunde der Zusammenfassung (UTC, 0-23)',
  noAlertRules: 'Noch keine Warnregeln: Abweichungen erscheinen nur im Dashboard.'
};

/** Process Blueprint strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function processStringsFor(locale: string): ProcessStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
