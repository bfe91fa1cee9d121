/**
 * The decoration Microsoft asks SharePoint Online and Graph callers to send, so that the service
 * attributes the traffic to the app (and throttles it as an identified app, not as anonymous traffic).
 */

export interface TelemetryOptions {
  /** The publisher in Microsoft's decoration format (`NONISV|<Publisher>|<App>/<version>`). */
  readonly publisher: string;
  /** The app's version, e.g. `0.1.0`. */
  readonly version: string;
  /**
   * True where the runtime lets code set `User-Agent` (Node); false in browsers, which forbid that
   * header. Default {@link canSetUserAgent}.
   */
  readonly userAgentAllowed?: boolean;
}

export const APP_PUBLISHER: string = 'ValueNetworks';
export const APP_VERSION: string = '0.1.0';

/** The decoration string, e.g. `NONISV|Contoso|ValueNetworks/0.1.0`. */
export function userAgentString(publisher: string, version: string): string {
  return `NONISV|${publisher}|ValueNetworks/${version}`;
}

/**
 * True outside browsers. A page (SPFx, Teams tab, the workbench) has a `document`; browsers treat
 * `User-Agent` as a forbidden request header and silently drop it. Node (the headless monitor, the
 * seeding) has no `document`.
 */
export function canSetUserAgent(): boolean {
  return typeof (globalThis as { document?: unknown }).document === 'undefined';
}

/**
 * The header that carries the decoration: `User-Agent` where allowed; in a browser `X-ClientTag`
 * when `browserTag` (SharePoint reads it), otherwise none (a custom header on a cross-origin call
 * would need a CORS preflight the service may refuse).
 */
export function telemetryHeaders(options: TelemetryOptions, browserTag: boolean): Record<string, string> {
  const tag = userAgentString(options.publisher, options.version);
  if (options.userAgentAllowed ?? canSetUserAgent()) return { 'User-Agent': tag };
  return browserTag ? { 'X-ClientTag': tag } : {};
}
