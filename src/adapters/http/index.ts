/**
 * The public face of src/adapters/http: the one HTTP resilience module every adapter uses
 * (Retry-After, backoff with jitter, attempt and wait budgets, replay safety, the telemetry header).
 */
export { DEFAULT_RETRY_POLICY, backoffDelay, isRefusedBeforeActing, parseRetryAfter, retryDelay } from './retryPolicy';
export type { RetryInput, RetryPolicy } from './retryPolicy';
export { resilientFetch, wait } from './resilientFetch';
export type { ResilienceOptions, RetryEvent } from './resilientFetch';
export { APP_PUBLISHER, APP_VERSION, canSetUserAgent, telemetryHeaders, userAgentString } from './telemetry';
export type { TelemetryOptions } from './telemetry';
