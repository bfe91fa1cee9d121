import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

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

/** The decoration string Microsoft asks SharePoint Online callers to send, e.g. `NONISV|Contoso|ValueNetworks/0.1.0`. */
export function userAgentString(publisher: string, version: string): string {
  return `NONISV|${publisher}|ValueNetworks/${version}`;
}

/**
 * True outside browsers. A page (SPFx, Teams tab, the workbench) has a `document`; browsers treat
 * `User-Agent` as a forbidden request header and silently drop it, so there the tag goes in
 * `X-ClientTag` instead. Node (the headless monitor, the seeding) has no `document`.
 */
export function canSetUserAgent(): boolean {
  return typeof (globalThis as { document?: unknown }).document === 'undefined';
}

/**
 * PnPjs pre behavior that decorates every call so SharePoint Online attributes the traffic to the
 * app (and throttles it as an identified app rather than as anonymous traffic): `User-Agent` where
 * allowed, otherwise `X-ClientTag`. PnPjs' own `Telemetry()` sets `X-ClientService-ClientTag` to
 * the REST path it calls; both are kept.
 */
export function TelemetryHeaders(options: TelemetryOptions): TimelinePipe<Queryable<unknown>> {
  const tag = userAgentString(options.publisher, options.version);
  const header = (options.userAgentAllowed ?? canSetUserAgent()) ? 'User-Agent' : 'X-ClientTag';
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      init.headers = { ...(init.headers as Record<string, string> | undefined), [header]: tag };
      return [url, init, result];
    });
    return instance;
  };
}
