import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { ThrottlingRetry, type ThrottlingRetryOptions } from './behaviors/throttlingRetry';
import { TelemetryHeaders } from './behaviors/telemetryHeaders';

import { APP_PUBLISHER, APP_VERSION } from '../http';

/** The publisher and version the traffic decoration names (one pair for every adapter). */
export { APP_PUBLISHER, APP_VERSION };

export interface ValueNetworksBehaviorOptions {
  readonly retry?: ThrottlingRetryOptions;
  readonly publisher?: string;
  readonly version?: string;
  /** Override of the environment detection (tests). */
  readonly userAgentAllowed?: boolean;
}

/**
 * The product's request pipeline additions, applied after the host's defaults:
 * `spfi().using(SPFx(this.context), ValueNetworksBehaviors())` in a web part, or after
 * `DefaultHeaders(), DefaultInit(), DefaultParse()` in Node ({@link createNodeSp}). Replaces the
 * host's retrying fetch with {@link ThrottlingRetry} and adds the traffic decoration.
 */
export function ValueNetworksBehaviors(options: ValueNetworksBehaviorOptions = {}): TimelinePipe<Queryable<unknown>> {
  return (instance) =>
    instance.using(
      ThrottlingRetry(options.retry),
      TelemetryHeaders({ publisher: options.publisher ?? APP_PUBLISHER, version: options.version ?? APP_VERSION, userAgentAllowed: options.userAgentAllowed })
    );
}
