/** The German (de-DE) strings of the Process Blueprint. */
import type { DeclareConstraint } from '../../../core/conformance';
import type { Blueprint, Transaction } from '../../../core/model';
import type { ProcessStrings } from './strings';

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

export const deDe: ProcessStrings = {
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
