/** Port: the log of alerts, which makes each delivery happen exactly once. */

export type AlertSeverity = 'info' | 'warning' | 'critical';

export type AlertStatus = 'pending' | 'sent' | 'failed';

/** An alert about to be sent. `dedupeKey` identifies it across retries and runs. */
export interface NewAlert {
  readonly dedupeKey: string;
  readonly opportunityId: string;
  readonly rule: string;
  readonly severity: AlertSeverity;
  /** Delivery channel, e.g. `teams-channel`, `webhook`, `mail`. */
  readonly channel: string;
  /** One-line summary shown in the log. */
  readonly summary: string;
  readonly recordedAt: number;
  /** A digest's deals (its dashboard filter); absent for single-deal alerts and claims. */
  readonly dealIds?: readonly string[];
}

export interface AlertRecord extends NewAlert {
  readonly itemId: number;
  readonly status: AlertStatus;
  readonly messageId?: string;
  readonly sentAt?: number;
  readonly attempts: number;
  readonly lastError?: string;
  /** Who acknowledged the alert in the dashboard (login name) and when (epoch ms). */
  readonly acknowledgedBy?: string;
  readonly acknowledgedAt?: number;
  /** A digest snoozed until then (epoch ms): the monitor sends no digest of the same scope and rule before it. */
  readonly snoozedUntil?: number;
}

export interface AlertLogStore {
  /**
   * Records an alert before it is sent (status `pending`). If the dedupe key is already recorded,
   * returns the existing record with `created: false` and writes nothing: the caller sends only when
   * `created` is true or the existing record is still `pending`/`failed`, which gives exactly-once.
   */
  record(alert: NewAlert): Promise<{ readonly record: AlertRecord; readonly created: boolean }>;
  get(dedupeKey: string): Promise<AlertRecord | undefined>;
  markSent(record: AlertRecord, messageId: string, sentAt: number): Promise<AlertRecord>;
  markFailed(record: AlertRecord, error: string): Promise<AlertRecord>;
  /** Every record of `opportunityId` (a deal id, or a digest scope `*`, `team:<id>`, `@<address>`), claims included. */
  listByOpportunity(opportunityId: string): Promise<AlertRecord[]>;
  /** Every record of the organisation's digest (scope `*`) and of each team's (`team:<id>`), claims included: one request, paged. */
  listTeamDigests(): Promise<AlertRecord[]>;
  /** Records who acknowledged the alert and when; the delivery state is left as it is. */
  acknowledge(record: AlertRecord, by: string, at: number): Promise<AlertRecord>;
  /** Records that `by` snoozed the alert at `at` until `until` (epoch ms); also an acknowledgement. */
  snooze(record: AlertRecord, by: string, at: number, until: number): Promise<AlertRecord>;
  /** Records snoozed past `now` (one indexed request, paged). */
  listSnoozed(now: number): Promise<AlertRecord[]>;
}
