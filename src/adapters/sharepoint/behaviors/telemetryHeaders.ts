import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { telemetryHeaders, type TelemetryOptions } from '../../http';

export { canSetUserAgent, userAgentString, type TelemetryOptions } from '../../http';

/**
 * PnPjs pre behavior that decorates every call so SharePoint Online attributes the traffic to the
 * app (and throttles it as an identified app rather than as anonymous traffic): `User-Agent` where
 * allowed, otherwise `X-ClientTag` (browsers forbid `User-Agent`). PnPjs' own `Telemetry()` sets
 * `X-ClientService-ClientTag` to the REST path it calls; both are kept.
 */
export function TelemetryHeaders(options: TelemetryOptions): TimelinePipe<Queryable<unknown>> {
  const headers = telemetryHeaders(options, true);
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      init.headers = { ...(init.headers as Record<string, string> | undefined), ...headers };
      return [url, init, result];
    });
    return instance;
  };
}
