/**
 * The Technical Blueprint: how each blueprint transaction is recognised in workflow data, who plays
 * which role on an account, and which deviations raise alerts, where and how often. Plain data,
 * stored with its blueprint (`Blueprint.technical`), so a sync or alert job reads one document.
 * Validation lives in ./validateTechnicalBlueprint.ts.
 */
import type { DeviationKind, DeviationSeverity } from './deviation';

/** A value in a column of a workflow system's CSV export, e.g. column `Activity` equals `Business case sent`. */
export interface CsvRecognition {
  readonly kind: 'csv';
  /** The header of the column, exactly as the export writes it. */
  readonly column: string;
  /** The cell value that means "this transaction happened". */
  readonly value: string;
  /** `equals` (default) compares the whole trimmed cell ignoring case; `contains` looks for the value inside it. */
  readonly match?: 'equals' | 'contains';
  /** The name of the column preset the column came from (display only). */
  readonly preset?: string;
}

/** A calendar meeting that a person in `attendeeRole` attends (Graph calendarView). */
export interface MeetingRecognition {
  readonly kind: 'meeting';
  /** Blueprint role id: at least one attendee must be mapped to it for the account. */
  readonly attendeeRole: string;
  /** Optional words the subject must contain (case-insensitive). */
  readonly subjectContains?: string;
}

/** A mail from a person in `fromRole` to a person in `toRole` (Graph message metadata, never the body). */
export interface MailRecognition {
  readonly kind: 'mail';
  readonly fromRole: string;
  readonly toRole: string;
  readonly subjectContains?: string;
}

/** A Planner task whose title contains the words, counted when it is completed. */
export interface PlannerTaskRecognition {
  readonly kind: 'plannerTask';
  readonly titleContains: string;
}

/** An item in a SharePoint list whose field has a value (Graph list item delta). */
export interface ListItemRecognition {
  readonly kind: 'listItem';
  readonly listTitle: string;
  /** Internal name of the field. */
  readonly field: string;
  readonly value: string;
}

export type RecognitionRule = CsvRecognition | MeetingRecognition | MailRecognition | PlannerTaskRecognition | ListItemRecognition;

export type RecognitionKind = RecognitionRule['kind'];

/** The ways one transaction is recognised; any matching rule recognises it. */
export interface TransactionRecognition {
  readonly transactionId: string;
  readonly rules: readonly RecognitionRule[];
}

/** A person playing a blueprint role on an account (every opportunity of that account). */
export interface RoleAssignment {
  readonly account: string;
  /** Email or UPN, the key that matches calendar attendees and mail senders. */
  readonly email: string;
  readonly roleId: string;
}

/**
 * Where alerts go. `webhook` names a connection configured by an administrator where secrets are kept
 * (the headless runner's settings): a Workflows webhook URL is a credential and is never stored here.
 */
export type AlertChannelKind = 'teams-channel' | 'teams-chat' | 'mail' | 'webhook';

/** `immediate`: one message per new deviation. `digest`: one message per day listing them. */
export type AlertDelivery = 'immediate' | 'digest';

export interface AlertRule {
  /** Stable and unique within the technical blueprint; part of alert dedupe keys. */
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  /** The deviation kinds that trigger the rule; at least one. */
  readonly deviations: readonly DeviationKind[];
  /** Deviations below this severity are ignored. */
  readonly minSeverity: DeviationSeverity;
  readonly channel: AlertChannelKind;
  /**
   * The recipient: `teamId/channelId` for `teams-channel`, a chat id for `teams-chat`, one or more
   * comma-separated addresses for `mail`, the connection name for `webhook`.
   */
  readonly target: string;
  readonly delivery: AlertDelivery;
  /** Digest only: the hour of day (0-23, UTC) the digest is sent. */
  readonly digestHourUtc?: number;
}

export interface TechnicalBlueprint {
  readonly recognition: readonly TransactionRecognition[];
  readonly participants: readonly RoleAssignment[];
  readonly alertRules: readonly AlertRule[];
}

/** Every deviation kind the conformance checker reports, in the order the UI lists them. */
export const DEVIATION_KINDS: readonly DeviationKind[] = ['missing-exchange', 'out-of-order', 'late', 'unexpected-exchange', 'uncovered-role', 'single-threaded'];

/** Severities from lowest to highest. */
export const DEVIATION_SEVERITIES: readonly DeviationSeverity[] = ['low', 'medium', 'high'];

export const RECOGNITION_KINDS: readonly RecognitionKind[] = ['csv', 'meeting', 'mail', 'plannerTask', 'listItem'];

export const ALERT_CHANNELS: readonly AlertChannelKind[] = ['teams-channel', 'teams-chat', 'mail', 'webhook'];

/** A technical blueprint with nothing configured yet. */
export const EMPTY_TECHNICAL_BLUEPRINT: TechnicalBlueprint = { recognition: [], participants: [], alertRules: [] };

/** True when a deviation of `severity` reaches the rule's threshold (`low` < `medium` < `high`). */
export function meetsSeverity(severity: DeviationSeverity, minSeverity: DeviationSeverity): boolean {
  return DEVIATION_SEVERITIES.indexOf(severity) >= DEVIATION_SEVERITIES.indexOf(minSeverity);
}
