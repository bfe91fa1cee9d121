import type { TimelinePipe } from '@pnp/core';
import { DefaultParse, InjectHeaders, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import { ValueNetworksBehaviors, type ValueNetworksBehaviorOptions } from './clientDefaults';

export interface NodeSpOptions extends ValueNetworksBehaviorOptions {
  /**
   * How calls authenticate: e.g. `MSAL(config, scopes)` from @pnp/nodejs for app-only access to
   * SharePoint Online, or a fixed header for the workbench emulator (see `headers`).
   */
  readonly auth?: TimelinePipe<Queryable<unknown>>;
  /** Extra headers on every call, e.g. `{ Authorization: 'Bearer user:owner' }` for the emulator. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An SPFI for a site URL in Node (the headless monitor, the workbench seeding, tests): the same
 * defaults as SPFx (JSON headers, no-cache, error on non-2xx, PnPjs telemetry) and the product's
 * throttling retry and traffic decoration, over the global `fetch` (Node 18+). It uses the same
 * adapters as the web parts, so what runs here is what runs in the page.
 *
 * @param siteUrl absolute URL of the site, e.g. `https://contoso.sharepoint.com/sites/sales`
 */
export function createNodeSp(siteUrl: string, options: NodeSpOptions = {}): SPFI {
  const behaviors: TimelinePipe<Queryable<unknown>>[] = [DefaultHeaders(), DefaultInit(), DefaultParse(), ValueNetworksBehaviors({ userAgentAllowed: true, ...options })];
  if (options.headers) behaviors.push(InjectHeaders({ ...options.headers }));
  if (options.auth) behaviors.push(options.auth);
  return spfi(siteUrl).using(...behaviors);
}
