/**
 * The strings of the Process Blueprint: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { DeclareConstraint, DeviationKind, DeviationSeverity } from '../../../core/conformance';
import type { Blueprint, AlertChannelKind, AlertDelivery, RecognitionKind } from '../../../core/model';

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
