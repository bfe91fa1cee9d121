import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { readBody, type RouteHandler } from '../http';
import { parseBatch, renderBatchResponse, type BatchPartResult } from './batch';
import { verifyDigest, type SpContext, type SpRequest, type SpResponse } from './context';
import { invalidDigest, listNotFoundByTitle, notSupported, SharePointEmulatorError } from './errors';
import { createItem, UniqueIndex } from './itemOps';
import { valuesFromBody } from './itemValues';
import { odataModeOf, type ODataMode } from './odataQuery';
import { dispatch } from './router';
import { jsonContentType, renderError } from './serialize';
import { openSharePointStore, type SharePointStore } from './store';
import type { ItemRecord, SiteUser, UserKey } from './types';
import { defaultSiteUsers, resolveCaller, type Caller } from './users';

export type { SiteUser, UserKey } from './types';
export { defaultSiteUsers } from './users';
export { LIST_VIEW_THRESHOLD } from './itemQuery';

export interface SharePointEmulatorOptions {
  /** Folder for the emulator's files (`<dataDir>/sharepoint/...`); created if missing. */
  readonly dataDir: string;
  /** Server-relative URL of the one emulated site. Default `/sites/sales`. */
  readonly sitePath?: string;
  /** The owner, member and visitor (default: {@link defaultSiteUsers}). */
  readonly users?: readonly SiteUser[];
  /** Clock in epoch milliseconds (Created, Modified, digest expiry). Default `Date.now`. */
  readonly now?: () => number;
  /** Asked once per `$batch` part: a throttling refusal to answer instead of running it (the fault injector's `partFault`). */
  readonly partFault?: (path: string) => { readonly status: number; readonly retryAfterSeconds: number } | undefined;
}

export interface SeedOptions {
  /** Who appears as Author/Editor. Default owner. */
  readonly userKey?: UserKey;
  /** Created/Modified of every seeded item, epoch ms. Default the emulator's clock. */
  readonly at?: number;
}

export interface SharePointEmulator {
  /** Answers `<sitePath>/_api/...`; returns false for every other path. */
  readonly handle: RouteHandler;
  /** Deletes every list and item, on disk too. */
  reset(): void;
  readonly sitePath: string;
  readonly users: readonly SiteUser[];
  /**
   * Adds items straight into a list (tests, demo data): same validation and unique-value checks as
   * `POST items`, but one snapshot write for the whole set instead of one journal entry per item.
   *
   * @param rows REST-shaped values (`{ Title, VNAmount, VNOwnerId, VNDate: '2024-05-01T00:00:00Z' }`)
   * @returns the new item ids, in row order
   */
  seedItems(listTitle: string, rows: readonly Record<string, unknown>[], options?: SeedOptions): number[];
  /** Low-level state access for tests and tools. */
  readonly store: SharePointStore;
}

const STATUS_TEXT = (status: number): string => STATUS_CODES[status] ?? 'Unknown';

function errorResponse(mode: ODataMode, status: number, code: string, message: string): SpResponse {
  return { status, headers: { 'Content-Type': jsonContentType(mode) }, body: renderError(mode, code, message) };
}

/** Runs one call and turns every refusal into SharePoint's error response. */
export function execute(ctx: SpContext, request: SpRequest): SpResponse {
  try {
    return dispatch(ctx, request);
  } catch (error) {
    if (error instanceof SharePointEmulatorError) return errorResponse(request.mode, error.status, error.code, error.message);
    if (error instanceof SyntaxError) {
      return errorResponse(request.mode, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
    }
    return errorResponse(request.mode, 500, '-2146233088, System.InvalidOperationException', error instanceof Error ? error.message : String(error));
  }
}

function lowerHeaders(headers: IncomingMessage['headers'] | Readonly<Record<string, string>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** A batch part refused before it ran, as SharePoint throttles a part: its status, Retry-After and error body. */
function throttledPart(mode: ODataMode, refusal: { readonly status: number; readonly retryAfterSeconds: number }): SpResponse {
  const code = refusal.status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, Microsoft.SharePoint.Client.ClientServiceException';
  const refused = errorResponse(mode, refusal.status, code, refusal.status === 429 ? 'The request has been throttled.' : 'The service is temporarily unavailable.');
  return { ...refused, headers: { ...refused.headers, 'Retry-After': String(refusal.retryAfterSeconds) } };
}

function effectiveMethod(method: string, headers: Record<string, string | undefined>): string {
  const override = headers['x-http-method'];
  return method === 'POST' && override ? override.toUpperCase() : method;
}

/** Creates the SharePoint REST emulator for one site (see the module's files for each concern). */
export function createSharePointEmulator(options: SharePointEmulatorOptions): SharePointEmulator {
  const sitePath = (options.sitePath ?? '/sites/sales').replace(/\/$/, '');
  const users = options.users ?? defaultSiteUsers;
  const now = options.now ?? (() => Date.now());
  const store = openSharePointStore(options.dataDir, sitePath);
  const apiPrefix = `${sitePath}/_api/`.toLowerCase();

  const contextFor = (host: string): SpContext => ({ store, users, siteUrl: `http://${host}${sitePath}`, sitePath, now });

  const toPath = (pathname: string): string | undefined => {
    if (!pathname.toLowerCase().startsWith(apiPrefix)) return undefined;
    return decodeURIComponent(pathname.slice(apiPrefix.length));
  };

  const runBatch = (ctx: SpContext, caller: Caller, contentType: string | undefined, body: string): SpResponse & { raw: string; contentType: string } => {
    const parts = parseBatch(contentType, body);
    const results: BatchPartResult[] = store.group(() => parts.map((part) => {
      const url = new URL(part.url, ctx.siteUrl);
      const headers = lowerHeaders(part.headers);
      const mode = odataModeOf(headers.accept);
      const path = toPath(url.pathname);
      // Each part stands alone, changesets included: SharePoint does not roll a changeset back.
      const refused = options.partFault?.(`${sitePath}/_api/$batch`);
      const response =
        path === undefined || path.toLowerCase() === '$batch'
          ? errorResponse(mode, 404, notSupported(part.url).code, notSupported(part.url).message)
          : refused !== undefined
            ? throttledPart(mode, refused)
            : execute(ctx, { method: effectiveMethod(part.method, headers), path, query: url.searchParams, headers, body: part.body, caller, mode });
      return {
        status: response.status,
        statusText: STATUS_TEXT(response.status),
        headers: response.headers ?? {},
        body: response.body === undefined ? '' : JSON.stringify(response.body)
      };
    }));
    const rendered = renderBatchResponse(results);
    return { status: 200, raw: rendered.body, contentType: rendered.contentType };
  };

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, text: string | undefined): void => {
    const requestId = randomUUID();
    res.writeHead(status, {
      ...headers,
      SPRequestGuid: requestId,
      'request-id': requestId,
      'X-SharePointHealthScore': '0',
      ...(text !== undefined ? { 'Content-Length': String(Buffer.byteLength(text)) } : {})
    });
    res.end(text);
  };

  const handle: RouteHandler = async (req, res, url) => {
    const path = toPath(url.pathname);
    if (path === undefined) return false;
    const headers = lowerHeaders(req.headers);
    const mode = odataModeOf(headers.accept);
    const body = (await readBody(req)).toString('utf8');
    const caller = resolveCaller(req.headers, users);
    if (!caller) {
      send(res, 401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="emulator"' }, JSON.stringify({ error_description: 'Invalid issuer or signature.' }));
      return true;
    }
    const ctx = contextFor(req.headers.host ?? 'localhost');
    const method = effectiveMethod((req.method ?? 'GET').toUpperCase(), headers);
    // Cookie-authenticated writes need a form digest; bearer-token calls do not (as in SharePoint Online).
    if (method !== 'GET' && !caller.viaBearer && path.toLowerCase() !== 'contextinfo' && !verifyDigest(store.digestSecret, caller.user.key, headers['x-requestdigest'], now())) {
      const denied = invalidDigest();
      const response = errorResponse(mode, denied.status, denied.code, denied.message);
      send(res, response.status, { ...response.headers }, JSON.stringify(response.body));
      return true;
    }
    if (path.toLowerCase() === '$batch' && method === 'POST') {
      try {
        const batch = runBatch(ctx, caller, headers['content-type'], body);
        send(res, 200, { 'Content-Type': batch.contentType }, batch.raw);
      } catch (error) {
        const e = error instanceof SharePointEmulatorError ? error : new SharePointEmulatorError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', String(error));
        const response = errorResponse(mode, e.status, e.code, e.message);
        send(res, response.status, { ...response.headers }, JSON.stringify(response.body));
      }
      return true;
    }
    const response = execute(ctx, { method, path, query: url.searchParams, headers, body, caller, mode });
    send(res, response.status, { ...response.headers }, response.body === undefined ? undefined : JSON.stringify(response.body));
    return true;
  };

  const seedItems = (listTitle: string, rows: readonly Record<string, unknown>[], seed: SeedOptions = {}): number[] => {
    let meta = store.lists().find((l) => l.title.toLowerCase() === listTitle.toLowerCase());
    if (!meta) throw listNotFoundByTitle(listTitle, sitePath);
    const user = users.find((u) => u.key === (seed.userKey ?? 'owner')) ?? users[0];
    const at = seed.at ?? now();
    const unique = new UniqueIndex(meta.fields, store.items(meta.id));
    const created: ItemRecord[] = [];
    for (const row of rows) {
      const values = valuesFromBody(meta.fields, row, `SP.Data.${meta.entityTypeName}Item`);
      const next = createItem(meta, values, user.id, at, unique);
      meta = next.meta;
      created.push(next.item);
    }
    store.putItems(meta, created, true);
    return created.map((item) => item.id);
  };

  return { handle, reset: () => store.reset(), sitePath, users, seedItems, store };
}
