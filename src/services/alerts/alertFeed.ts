import type { AlertLogStore, AlertRecord } from '../ports';

/** The delivery state of an alert as people read it. */
export type FeedState = 'sent' | 'failed' | 'pending' | 'retried';

/** One alert in the dashboard's feed. */
export interface FeedItem {
  readonly record: AlertRecord;
  /** `retried` when it was sent after at least one refused or lost attempt. */
  readonly state: FeedState;
  /** Deals the alert covers (one for a single-deal alert). */
  readonly dealCount: number;
}

/**
 * The scopes whose digests a person sees: their own (`@<login>`) and, for a manager view, the team
 * summaries (`*`: the organisation's and each team's `team:<id>`). Digest records are filed under these
 * scopes (src/core/alerts/composeDigests.ts).
 */
export function feedScopes(loginName: string, team: boolean): string[] {
  const own = `@${loginName.toLowerCase()}`;
  return team ? ['*', own] : [own];
}

const isClaim = (record: AlertRecord): boolean => /#c\d+(#s)?$/.test(record.dedupeKey);

function stateOf(record: AlertRecord): FeedState {
  if (record.status === 'sent') return record.attempts > 1 ? 'retried' : 'sent';
  return record.status;
}

/**
 * The alert feed: the digests of `scopes`, newest first, without the delivery claims the AlertLog
 * also holds. One indexed request per scope (the feed of a manager is two requests: the team
 * summaries, every team's included, and their own).
 */
export async function loadAlertFeed(alertLog: AlertLogStore, scopes: readonly string[]): Promise<FeedItem[]> {
  const lists = await Promise.all(scopes.map((scope) => (scope === '*' ? alertLog.listTeamDigests() : alertLog.listByOpportunity(scope))));
  return lists
    .flat()
    .filter((r) => !isClaim(r))
    .sort((a, b) => b.recordedAt - a.recordedAt || (a.dedupeKey < b.dedupeKey ? -1 : 1))
    .map((record) => ({ record, state: stateOf(record), dealCount: record.dealIds?.length ?? (record.opportunityId.startsWith('@') || record.opportunityId.startsWith('team:') || record.opportunityId === '*' ? 0 : 1) }));
}

/** What a deep link to an alert resolves to: its deals, or why it cannot be shown. */
export type AlertDeals =
  | { readonly kind: 'found'; readonly record: AlertRecord; readonly dealIds: readonly string[]; readonly missing: readonly string[] }
  | { readonly kind: 'unknown-alert'; readonly dedupeKey: string };

/**
 * The deals behind an alert (one request), split into those still on the site (`known`) and those
 * deleted since (`missing`), so the dashboard filters to exactly the alert's deals and says what is gone.
 */
export async function dealsOfAlert(alertLog: AlertLogStore, dedupeKey: string, known: ReadonlySet<string>): Promise<AlertDeals> {
  const record = await alertLog.get(dedupeKey);
  if (record === undefined) return { kind: 'unknown-alert', dedupeKey };
  const ids = record.dealIds ?? [record.opportunityId];
  return { kind: 'found', record, dealIds: ids.filter((id) => known.has(id)), missing: ids.filter((id) => !known.has(id)) };
}

/** Acknowledges an alert as `by` at `at` (epoch ms); the feed shows who and when. */
export function acknowledgeAlert(alertLog: AlertLogStore, record: AlertRecord, by: string, at: number): Promise<AlertRecord> {
  return alertLog.acknowledge(record, by, at);
}

const DAY = 86_400_000;

/** Snoozes a digest for `days` days from `at` (epoch ms): the monitor sends no digest of its scope and rule until then. */
export function snoozeAlert(alertLog: AlertLogStore, record: AlertRecord, by: string, at: number, days: number): Promise<AlertRecord> {
  return alertLog.snooze(record, by, at, at + days * DAY);
}

/** The `<scope>|<rule>` keys snoozed at `now` (one request), for the monitor's digests. */
export async function snoozedDigests(alertLog: AlertLogStore, now: number): Promise<Set<string>> {
  return new Set((await alertLog.listSnoozed(now)).map((r) => `${r.opportunityId}|${r.rule}`));
}
