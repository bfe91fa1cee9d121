import type { PlannedAlert } from './alertTypes';

/**
 * Microsoft Graph's Teams limits: about 4 requests per second per channel (or chat) and 3,000 messages
 * per app per channel per day (https://learn.microsoft.com/graph/throttling-limits#microsoft-teams-service-limits).
 */
export interface ChannelLimits {
  readonly perSecond: number;
  readonly perDay: number;
}

export const TEAMS_CHANNEL_LIMITS: ChannelLimits = { perSecond: 4, perDay: 3000 };

/** The channel an alert is delivered to, as one key: `<channel kind>:<target>`. */
export function channelKey(alert: Pick<PlannedAlert, 'channel' | 'target'>): string {
  return `${alert.channel}:${alert.target}`;
}

export interface LimitedPlan {
  /** Alerts to send now, each with its delay in ms from the start of delivery. */
  readonly send: readonly { readonly alert: PlannedAlert; readonly delayMs: number }[];
  /** Alerts over a channel's daily budget: left for tomorrow (they stay unrecorded, so nothing is lost). */
  readonly deferred: readonly PlannedAlert[];
}

/**
 * Applies per-channel limits to planned alerts: each channel takes at most `perDay - sentToday` alerts
 * (input order), and its n-th alert (0-based) waits `floor(n / perSecond)` seconds, so no channel gets
 * more than `perSecond` messages in any one-second slot. Channels are paced independently.
 *
 * @param sentToday messages already delivered today per {@link channelKey}
 */
export function applyChannelLimits(alerts: readonly PlannedAlert[], sentToday: ReadonlyMap<string, number>, limits: ChannelLimits = TEAMS_CHANNEL_LIMITS): LimitedPlan {
  const used = new Map<string, number>();
  const send: { alert: PlannedAlert; delayMs: number }[] = [];
  const deferred: PlannedAlert[] = [];
  for (const alert of alerts) {
    const key = channelKey(alert);
    const n = used.get(key) ?? 0;
    if ((sentToday.get(key) ?? 0) + n >= limits.perDay) {
      deferred.push(alert);
      continue;
    }
    used.set(key, n + 1);
    send.push({ alert, delayMs: Math.floor(n / limits.perSecond) * 1000 });
  }
  return { send, deferred };
}
