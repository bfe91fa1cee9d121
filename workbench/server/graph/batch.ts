import { badRequest } from './errors';
import { jsonResponse } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse } from './types';

/**
 * JSON batching (`POST /$batch`): at most 20 requests with unique ids, run one after another in an
 * order that respects `dependsOn`; a request whose dependency failed (status >= 400) is not run and
 * answers 424 Failed Dependency. Each response carries its own id, status, headers and body.
 */

export const MAX_BATCH_REQUESTS = 20;

interface BatchItem {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly dependsOn: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a batch payload and returns its items.
 * @throws GraphEmulatorError 400 for a missing list, more than 20 requests, a missing or repeated id,
 *   a missing method/url, an absolute url or a `dependsOn` naming no request of the batch
 */
export function parseBatch(body: unknown): readonly BatchItem[] {
  if (!isObject(body) || !Array.isArray(body.requests)) throw badRequest("The batch body needs a 'requests' array.", 'BadRequest');
  if (body.requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`The batch holds ${body.requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed.`, 'BadRequest');
  }
  const seen = new Set<string>();
  const items = body.requests.map((raw: unknown, index): BatchItem => {
    if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '') throw badRequest(`requests[${index}] needs an 'id'.`);
    if (seen.has(raw.id)) throw badRequest(`The request id '${raw.id}' is used more than once in the batch.`);
    seen.add(raw.id);
    if (typeof raw.method !== 'string' || typeof raw.url !== 'string') throw badRequest(`Request '${raw.id}' needs 'method' and 'url'.`);
    if (/^[a-z]+:\/\//i.test(raw.url)) throw badRequest(`Request '${raw.id}' must use a relative url.`);
    const headers: Record<string, string> = {};
    if (isObject(raw.headers)) for (const [name, value] of Object.entries(raw.headers)) headers[name.toLowerCase()] = String(value);
    const dependsOn = Array.isArray(raw.dependsOn) ? raw.dependsOn.map(String) : [];
    return { id: raw.id, method: raw.method.toUpperCase(), url: raw.url, dependsOn, headers, body: raw.body };
  });
  for (const item of items) {
    for (const dependency of item.dependsOn) {
      if (!seen.has(dependency) || dependency === item.id) throw badRequest(`Request '${item.id}' depends on '${dependency}', which is not an other request of the batch.`);
    }
  }
  return items;
}

/** Orders items so that each runs after its dependencies (stable otherwise); refuses cycles. */
function executionOrder(items: readonly BatchItem[]): readonly BatchItem[] {
  const done = new Set<string>();
  const order: BatchItem[] = [];
  while (order.length < items.length) {
    const ready = items.find((item) => !done.has(item.id) && item.dependsOn.every((id) => done.has(id)));
    if (ready === undefined) throw badRequest('The dependsOn references of the batch form a cycle.');
    done.add(ready.id);
    order.push(ready);
  }
  return order;
}

async function runBatch(context: RouteContext): Promise<EmulatorResponse> {
  const items = parseBatch(context.request.body);
  const results = new Map<string, { id: string; status: number; headers: Readonly<Record<string, string>>; body?: unknown }>();
  for (const item of executionOrder(items)) {
    const failed = item.dependsOn.find((id) => (results.get(id)?.status ?? 0) >= 400);
    if (failed !== undefined) {
      results.set(item.id, {
        id: item.id,
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: { error: { code: 'FailedDependency', message: `Request '${item.id}' was not run because request '${failed}', on which it depends, failed.` } }
      });
      continue;
    }
    const url = new URL(item.url.startsWith('/') ? item.url : `/${item.url}`, 'http://batch.invalid');
    if (/^\/\$batch$/i.test(url.pathname)) throw badRequest('A batch cannot contain another batch.');
    const refused = context.settings.partFault?.('/graph/v1.0/$batch');
    if (refused !== undefined) {
      // Throttled on its own, not run, as Graph answers a request of a batch it throttles.
      const code = refused.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable';
      results.set(item.id, { id: item.id, status: refused.status, headers: { 'Content-Type': 'application/json', 'Retry-After': String(refused.retryAfterSeconds) }, body: { error: { code, message: 'The request has been throttled.' } } });
      continue;
    }
    const response = await context.dispatch({
      method: item.method,
      path: url.pathname,
      query: url.searchParams,
      headers: { ...item.headers, authorization: context.request.headers.authorization ?? '' },
      body: item.body,
      baseUrl: context.request.baseUrl
    });
    results.set(item.id, { id: item.id, status: response.status, headers: response.headers, body: response.body });
  }
  return jsonResponse({ responses: items.map((item) => results.get(item.id)) });
}

export const batchRoutes: readonly Route[] = [{ method: 'POST', pattern: /^\/\$batch$/i, handle: runBatch }];
