/** Where the Performance Dashboard tab lives in Teams. */
export interface DashboardTab {
  /** The Teams app id (manifest `id`). */
  readonly appId: string;
  /** The static tab's `entityId` in the manifest, e.g. `performanceDashboard`. */
  readonly entityId: string;
}

/** A `subEntityId` that names an alert rather than one opportunity: the dashboard then lists exactly that alert's deals. */
export const ALERT_SUB_ENTITY_PREFIX = 'alert:';

/**
 * A Teams deep link that opens the Performance Dashboard tab on one opportunity:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context=<URL-encoded {"subEntityId":"<id>"}>`.
 * Teams hands `subEntityId` to the tab (HostContext `teams.subEntityId`). Every part is URL-encoded.
 */
export function opportunityDeepLink(tab: DashboardTab, opportunityId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: opportunityId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?context=${context}`;
}

/**
 * The deep link that opens the dashboard filtered to exactly the deals of one alert (its AlertLog
 * record holds them): `subEntityId` is `alert:<dedupe key>`.
 */
export function alertDeepLink(tab: DashboardTab, dedupeKey: string): string {
  return opportunityDeepLink(tab, `${ALERT_SUB_ENTITY_PREFIX}${dedupeKey}`);
}

/** The alert's dedupe key when `subEntityId` names an alert, else `undefined`. */
export function alertKeyOfSubEntity(subEntityId: string | undefined): string | undefined {
  return subEntityId?.startsWith(ALERT_SUB_ENTITY_PREFIX) === true ? subEntityId.slice(ALERT_SUB_ENTITY_PREFIX.length) : undefined;
}
