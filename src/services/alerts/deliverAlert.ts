import { fnv1a } from '../../core/alerts';
import type { AlertLevel, PlannedAlert } from '../../core/alerts';
import type { AlertLogStore, AlertRecord, AlertSeverity, NewAlert } from '../ports';
import { AlertDeliveryError, type AlertSender, type DeliveryProbe } from './alertSender';

/** What happened to one alert in this run. */
export type DeliveryOutcome =
  /** Delivered by this run. */
  | 'sent'
  /** Delivered before (by an earlier run, or found in the channel after a crash). */
  | 'already-sent'
  /** Another runner holds a live claim; the next run looks again. */
  | 'in-flight'
  /** Refused by the channel; the next run tries again under a new claim. */
  | 'failed'
  /** A send may have landed and the channel cannot be searched: never resent, reported for a person to check. */
  | 'uncertain';

export interface DeliveryDependencies {
  readonly alertLog: AlertLogStore;
  readonly sender: AlertSender;
  /** Absent for channels that cannot be searched (a Workflows webhook whose channel the app cannot read). */
  readonly probe?: DeliveryProbe;
  /** Clock, epoch ms. */
  readonly now: () => number;
  /** A claim older than this (ms) is presumed abandoned; must exceed the sender's request timeout. */
  readonly leaseMs: number;
  /** Names the runner in claim summaries (host and process id). */
  readonly runner: string;
}

/** How many claims one alert may go through before it is left for a person (a channel refusing for days). */
export const MAX_CLAIMS = 20;

const SEVERITY: Readonly<Record<AlertLevel, AlertSeverity>> = { info: 'info', warning: 'warning', critical: 'critical' };

function entry(alert: PlannedAlert, dedupeKey: string, summary: string, now: number): NewAlert {
  return { dedupeKey, opportunityId: alert.opportunityId, rule: alert.ruleId, severity: SEVERITY[alert.level], channel: alert.channel, summary, recordedAt: now };
}

/** The id a delivery carries into its channel: short, stable for (alert, claim number). */
export function deliveryIdOf(claimKey: string): string {
  return `vn${fnv1a(claimKey)}`;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `lastError` prefixes of a claim taken over after its lease. They are the takeover's state, kept in
 * the AlertLog so that any later runner continues where a crashed or refused look-up stopped:
 * PROBING, the marker may have landed and the channel must be searched (again); UNCERTAIN, the
 * channel cannot be searched and a person decides (mark the alert sent, or clear the claim's error to
 * let the next run send it under a new claim).
 */
export const PROBING = 'lease expired, looking the delivery up';
export const UNCERTAIN = 'uncertain';

/**
 * Delivers one alert at most once in effect, over an AlertLog with a unique key column and no
 * other concurrency primitive. Protocol (docs/sync-and-alerts.md has the failure analysis):
 *
 * 1. Record the alert under its dedupe key K (pending). Sent already: done.
 * 2. Claim attempt n by recording `K#c<n>`: the unique index lets exactly one runner own it.
 * 3. Before sending, record the marker `K#c<n>#s`, then re-read the claim: a claim another runner
 *    declared abandoned in between (status failed) fences this runner off.
 * 4. Send with delivery id `vn<hash(K#c<n>)>`; on success mark the claim and K sent.
 * 5. A claim past its lease is failed (with {@link PROBING}) before its marker is read. Without a
 *    marker it never sent anything and n+1 is claimed. With a marker the send may have landed: the
 *    probe searches the channel (found: K sent; not found: n+1); a probe that fails leaves the claim in
 *    PROBING for the next run (`in-flight`); without a probe the claim becomes {@link UNCERTAIN} and the
 *    alert is never resent automatically.
 */
export async function deliverAlert(alert: PlannedAlert, deps: DeliveryDependencies): Promise<DeliveryOutcome> {
  const { alertLog, now } = deps;
  // The main record keeps a digest's deals: the dashboard's filter behind the digest's deep link.
  const { record: main } = await alertLog.record({ ...entry(alert, alert.dedupeKey, alert.title, now()), ...(alert.dealIds !== undefined ? { dealIds: alert.dealIds } : {}) });
  if (main.status === 'sent') return 'already-sent';
  for (let n = 1; n <= MAX_CLAIMS; n++) {
    const claimKey = `${alert.dedupeKey}#c${n}`;
    const deliveryId = deliveryIdOf(claimKey);
    const existing = await alertLog.get(claimKey);
    if (existing === undefined) {
      // The claim's summary names this runner and the moment to the millisecond: when the claim's
      // answer was lost and the store finds it already recorded, the summary tells whose it is.
      const summary = `claim ${n} by ${deps.runner} at ${new Date(now()).toISOString()}`;
      const { record: claim, created } = await alertLog.record(entry(alert, claimKey, summary, now()));
      if (!created && claim.summary !== summary) return 'in-flight';
      return send(alert, deps, main, claim, claimKey, deliveryId);
    }
    if (existing.status === 'sent') {
      await alertLog.markSent(main, existing.messageId ?? deliveryId, existing.sentAt ?? now());
      return 'already-sent';
    }
    let claim = existing;
    if (existing.status === 'pending') {
      if (now() - existing.recordedAt < deps.leaseMs) return 'in-flight';
      // Abandoned claim: fail it first, then look for its marker (the order fences a late sender, step 3).
      claim = await alertLog.markFailed(existing, `${PROBING} (taken over by ${deps.runner})`);
    } else if (existing.lastError?.startsWith(UNCERTAIN) === true) {
      return 'uncertain';
    } else if (existing.lastError?.startsWith(PROBING) !== true) {
      continue;
    }
    const settled = await settleTakenOver(alert, deps, main, claim, claimKey, deliveryId);
    if (settled !== 'next-claim') return settled;
  }
  await alertLog.markFailed(main, `gave up after ${MAX_CLAIMS} claims`);
  return 'failed';
}

/** Decides a claim taken over after its lease: did its send land? */
async function settleTakenOver(alert: PlannedAlert, deps: DeliveryDependencies, main: AlertRecord, claim: AlertRecord, claimKey: string, deliveryId: string): Promise<DeliveryOutcome | 'next-claim'> {
  const { alertLog, now } = deps;
  if ((await alertLog.get(`${claimKey}#s`)) === undefined) return 'next-claim';
  if (deps.probe === undefined || deps.probe.canSearch?.(alert) === false) {
    const why = `${UNCERTAIN}: delivery ${deliveryId} may have landed and ${alert.channel} cannot be searched: check it and resend by hand`;
    await alertLog.markFailed(claim, why);
    await alertLog.markFailed(main, why);
    return 'uncertain';
  }
  let found: string | undefined;
  try {
    found = await deps.probe.find(alert, deliveryId, claim.recordedAt);
  } catch (error) {
    // The channel could not be read: sending again could double the alert, so the next run looks again.
    await alertLog.markFailed(claim, `${PROBING}: look-up failed: ${messageOf(error)}`);
    return 'in-flight';
  }
  if (found === undefined) {
    await alertLog.markFailed(claim, `delivery ${deliveryId} not found in ${alert.channel}: sent again under the next claim`);
    return 'next-claim';
  }
  // The claim's send landed: recorded so, so that the AlertLog shows which claim delivered.
  const sentAt = now();
  await alertLog.markSent(claim, found, sentAt);
  await alertLog.markSent(main, found, sentAt);
  return 'already-sent';
}

async function send(alert: PlannedAlert, deps: DeliveryDependencies, main: AlertRecord, claim: AlertRecord, claimKey: string, deliveryId: string): Promise<DeliveryOutcome> {
  const { alertLog, now } = deps;
  await alertLog.record(entry(alert, `${claimKey}#s`, `sending ${deliveryId}`, now()));
  if ((await alertLog.get(claimKey))?.status !== 'pending') return 'in-flight';
  let messageId: string;
  try {
    messageId = await deps.sender.send(alert, deliveryId);
  } catch (error) {
    if (error instanceof AlertDeliveryError && error.failure === 'unknown') {
      // Leave the claim pending: after its lease a runner probes the channel (or reports it uncertain).
      return 'in-flight';
    }
    await alertLog.markFailed(claim, messageOf(error));
    await alertLog.markFailed(main, messageOf(error));
    return 'failed';
  }
  // Outside the try: a store failure here must not pass for a refused send (that would resend it).
  const sentAt = now();
  await alertLog.markSent(claim, messageId, sentAt);
  await alertLog.markSent(main, messageId, sentAt);
  return 'sent';
}
