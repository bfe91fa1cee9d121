/**
 * The records alerts are made of: what the monitor knows of an opportunity, and the alerts it plans.
 * Their own module, so that the rules, the digests and the names depend on them and not on each other.
 */
import type { Deviation, Opportunity } from '../model';
import type { MonitorRule } from './alertRules';
import type { OverdueExchange } from './overdueExchanges';

export type AlertLevel = 'info' | 'warning' | 'critical';

/** What the monitor knows about one opportunity after analysis. */
export interface OpportunityAnalysis {
  readonly opportunity: Opportunity;
  readonly deviations: readonly Pick<Deviation, 'kind' | 'severity' | 'transactionId' | 'roleId' | 'constraintId' | 'stageId' | 'message'>[];
  readonly overdue: readonly OverdueExchange[];
  /** Exchanges not yet happened that fall due soon (not before `now`); digests list them as due. */
  readonly dueSoon?: readonly OverdueExchange[];
  /** Win probability now and at the previous analysis (0..1), when scored. */
  readonly score?: number;
  readonly previousScore?: number;
  /** Epoch ms of this analysis. */
  readonly analysedAt: number;
}

/** One line of an alert: a finding on one opportunity. */
export interface AlertLine {
  readonly opportunityId: string;
  readonly opportunityName: string;
  readonly level: AlertLevel;
  readonly text: string;
}

/** A team digest's counts: by seller (display name), by stage (name) and by action kind, largest first. */
export interface DigestSummary {
  readonly bySeller: readonly { readonly name: string; readonly count: number }[];
  readonly byStage: readonly { readonly name: string; readonly count: number }[];
  readonly byKind: readonly { readonly name: string; readonly count: number }[];
}

/** Where a planned alert goes: a rule's channel, or SMS to a person who opted in (src/core/alerts/smsAlerts.ts). */
export type DeliveryChannel = MonitorRule['channel'] | 'sms';

/**
 * An alert to record and deliver. Digests carry several lines and `opportunityId` `*` (the rule's
 * team summary), `team:<id>` (a manager's) or `@<address>` (a seller's own).
 */
export interface PlannedAlert {
  readonly dedupeKey: string;
  readonly ruleId: string;
  readonly ruleName: string;
  readonly opportunityId: string;
  readonly level: AlertLevel;
  readonly channel: DeliveryChannel;
  readonly target: string;
  readonly title: string;
  readonly lines: readonly AlertLine[];
  /** Digests: every deal the digest covers (the dashboard's filter behind its deep link), sorted. */
  readonly dealIds?: readonly string[];
  /** Digests: every action found; more than `lines` when capped ("N more in the dashboard"). */
  readonly total?: number;
  /** Team digests: counts by seller, stage and kind. */
  readonly summary?: DigestSummary;
  readonly audience?: 'team' | 'seller';
}
