import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ODataMode } from './odataQuery';
import type { SharePointStore } from './store';
import type { SiteUser } from './types';
import type { Caller } from './users';

/** What every handler needs: the store, the users, the site's absolute URL for this request and a clock. */
export interface SpContext {
  readonly store: SharePointStore;
  readonly users: readonly SiteUser[];
  /** e.g. `http://127.0.0.1:4321/sites/sales` (taken from the request's Host). */
  readonly siteUrl: string;
  readonly sitePath: string;
  /** Epoch milliseconds. */
  readonly now: () => number;
}

/** One REST call, from HTTP or from a `$batch` part. */
export interface SpRequest {
  /** Effective method: `X-HTTP-Method` wins over POST (MERGE, DELETE, PATCH, PUT). */
  readonly method: string;
  /** The path after `/_api/`, URL-decoded, e.g. `web/lists/getByTitle('Deals')/items(3)`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  readonly caller: Caller;
  readonly mode: ODataMode;
}

export interface SpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; absent for 204. */
  readonly body?: unknown;
}

/** How long a form digest stays valid, as SharePoint Online (`FormDigestTimeoutSeconds`). */
export const DIGEST_TIMEOUT_SECONDS = 1800;

function digestMac(secret: string, userKey: string, issuedAt: string): string {
  return createHmac('sha256', secret).update(`${userKey}|${issuedAt}`).digest('hex').slice(0, 64).toUpperCase();
}

/**
 * A form digest in SharePoint's shape, `0x<hex>,<dd MMM yyyy HH:mm:ss -0000>`, bound to the user and
 * signed with the site's secret so it survives restarts and cannot be forged by another user.
 */
export function issueDigest(secret: string, userKey: string, now: number): string {
  const issuedAt = new Date(now).toUTCString().replace(/^\w+, /, '').replace(' GMT', ' -0000');
  return `0x${digestMac(secret, userKey, issuedAt)},${issuedAt}`;
}

/** True when `digest` was issued to `userKey` by this site less than 30 minutes before `now`. */
export function verifyDigest(secret: string, userKey: string, digest: string | undefined, now: number): boolean {
  if (!digest) return false;
  const match = /^0x([0-9A-F]{64}),(.+)$/.exec(digest.trim());
  if (!match) return false;
  const expected = Buffer.from(digestMac(secret, userKey, match[2]));
  const given = Buffer.from(match[1]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const issued = Date.parse(match[2].replace(' -0000', ' GMT'));
  return !Number.isNaN(issued) && now - issued < DIGEST_TIMEOUT_SECONDS * 1000 && now >= issued - 60_000;
}

/** Parses a JSON request body; an empty body is `{}`. */
export function jsonBody(request: SpRequest): Record<string, unknown> {
  if (request.body.trim() === '') return {};
  const parsed = JSON.parse(request.body) as unknown;
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}
