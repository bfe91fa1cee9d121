/** Where the Performance Dashboard tab lives in Teams. */
export interface DashboardTab {
  /** The Teams app id (manifest `id`). */
  readonly appId: string;
  /** The static tab's `entityId` in the manifest, e.g. `performanceDashboard`. */
  readonly entityId: string;
}

/**
 * A Teams deep link that opens the Performance Dashboard tab on one opportunity:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context=<URL-encoded {"subEntityId":"<id>"}>`.
 * Teams hands `subEntityId` to the tab (HostContext `teams.subEntityId`). Every part is URL-encoded.
 */
export function opportunityDeepLink(tab: DashboardTab, opportunityId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: opportunityId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?context=${context}`;
}
