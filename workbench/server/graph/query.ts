import { badRequest } from './errors';
import type { GraphResource } from './types';

/**
 * OData query helpers shared by the emulator's collections: `$select`, `$top`, opaque paging tokens
 * and Graph's date-time strings.
 */

/** `$select=a,b` as a list of property names; `undefined` when absent (all properties). */
export function parseSelect(query: URLSearchParams): readonly string[] | undefined {
  const raw = query.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  return raw.split(',').map((name) => name.trim()).filter((name) => name !== '');
}

/**
 * Keeps `id`, `@odata.etag` and the selected properties, as Graph does (it always returns `id`).
 * Returns the resource unchanged when nothing was selected.
 */
export function applySelect(resource: GraphResource, select: readonly string[] | undefined): GraphResource {
  if (select === undefined) return resource;
  const picked: GraphResource = {};
  for (const key of ['@odata.etag', 'id', ...select]) {
    if (key in resource) picked[key] = resource[key];
  }
  return picked;
}

/**
 * `$top` as a page size. Absent: `fallback`. Graph rejects non-numeric or non-positive values with 400;
 * values above `max` are clamped (Graph caps page sizes silently, e.g. 1,000 for calendarView).
 */
export function parseTop(query: URLSearchParams, fallback: number, max: number): number {
  const raw = query.get('$top');
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw badRequest(`Invalid $top value '${raw}'.`);
  return Math.min(Number(raw), max);
}

/** Page size from `Prefer: odata.maxpagesize=N` (how delta queries size pages), else `fallback`. */
export function preferredPageSize(headers: Readonly<Record<string, string>>, fallback: number): number {
  const match = /odata\.maxpagesize=(\d+)/i.exec(headers.prefer ?? '');
  return match !== null && Number(match[1]) > 0 ? Number(match[1]) : fallback;
}

/**
 * Parses a Graph date-time (`2026-01-05T10:00:00Z`, `2026-01-05T10:00:00.0000000`, with or without an
 * offset) to epoch ms. A value without a zone is UTC, which is how Graph reads query parameters when
 * no `Prefer: outlook.timezone` is sent and how the emulator stores event times.
 *
 * @throws GraphEmulatorError 400 when the value is not a date-time
 */
export function parseGraphDateTime(value: string, name: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (match === null) throw badRequest(`The value '${value}' of parameter '${name}' is not a valid date-time.`, 'ErrorInvalidParameter');
  const fraction = match[2] === undefined ? '' : match[2].slice(0, 4).padEnd(4, '0');
  const ms = Date.parse(`${match[1]}${fraction}${match[3] ?? 'Z'}`);
  if (Number.isNaN(ms)) throw badRequest(`The value '${value}' of parameter '${name}' is not a valid date-time.`, 'ErrorInvalidParameter');
  return ms;
}

/** Epoch ms as Graph writes event times in UTC: `2026-01-05T10:00:00.0000000`. */
export function formatGraphDateTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}.0000000`;
}

/** Encodes paging/delta state as an opaque URL-safe token (base64url JSON, no `=` padding). */
export function encodeToken(state: Readonly<Record<string, unknown>>): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

/**
 * Decodes {@link encodeToken}'s output.
 * @throws GraphEmulatorError 400 when the token was not issued by the emulator
 */
export function decodeToken(token: string, name: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // falls through to the Graph-shaped refusal below
  }
  throw badRequest(`The ${name} '${token.slice(0, 20)}' is malformed.`);
}

/** Builds an absolute link to `path` under the service base with `params` (for nextLink/deltaLink). */
export function buildLink(baseUrl: string, path: string, params: Readonly<Record<string, string>>): string {
  const search = new URLSearchParams(params).toString();
  return `${baseUrl}${path}${search === '' ? '' : `?${search}`}`;
}
