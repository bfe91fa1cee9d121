import type { DeviationKind, DeviationSeverity } from '../conformance';
import type { AlertChannelKind, AlertDelivery, AlertRule } from '../model';

/**
 * What makes a monitor rule fire. `deviation` covers the conformance checker's findings; the others
 * read the analysis snapshot and stage history.
 */
export type AlertTrigger =
  | { readonly kind: 'deviation'; readonly deviations: readonly DeviationKind[]; readonly minSeverity: DeviationSeverity }
  /** The win probability fell by at least `minDrop` (0..1, absolute) since the previous analysis. */
  | { readonly kind: 'score-drop'; readonly minDrop: number }
  /** The deal has been in its current stage for more than `maxDays` days. */
  | { readonly kind: 'stalled-stage'; readonly maxDays: number }
  /** A transaction with a due rule is more than `graceDays` days past due and has not happened. */
  | { readonly kind: 'due-exchange'; readonly graceDays: number };

/** A rule of the monitor: the Technical Blueprint's alert rules plus the snapshot-based triggers. */
export interface MonitorRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly trigger: AlertTrigger;
  readonly channel: AlertChannelKind;
  readonly target: string;
  readonly delivery: AlertDelivery;
  /** Digest only: hour of day (0-23) in the schedule's time zone from which the day's digest is sent. */
  readonly digestHour?: number;
}

/** A Technical Blueprint alert rule (deviations only) as a monitor rule. */
export function fromAlertRule(rule: AlertRule): MonitorRule {
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    trigger: { kind: 'deviation', deviations: rule.deviations, minSeverity: rule.minSeverity },
    channel: rule.channel,
    target: rule.target,
    delivery: rule.delivery,
    ...(rule.digestHourUtc !== undefined ? { digestHour: rule.digestHourUtc } : {})
  };
}
