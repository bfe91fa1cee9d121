import { GraphEmulatorError } from './errors';
import { buildLink, decodeToken, encodeToken, preferredPageSize } from './query';
import type { GraphStore } from './store';
import type { DeltaKind, EmulatorRequest, GraphResource, StoredRecord } from './types';

/** What one delta collection needs from its caller. */
export interface DeltaOptions {
  readonly kind: DeltaKind;
  readonly scope: string;
  /** Epoch ms of the answer. */
  readonly now: number;
  /** Tokens older than this (ms) are expired and answer 410. */
  readonly maxTokenAgeMs: number;
  /** Page size when the client sends no `Prefer: odata.maxpagesize`. */
  readonly defaultPageSize: number;
  /** Error code of the 410 answer: Outlook resources say `syncStateNotFound`, SharePoint `resyncRequired`. */
  readonly expiredCode: string;
  /**
   * Parameters of the initial request that the tokens must carry (calendarView's window); the initial
   * request passes them, later rounds read them back from the token.
   */
  readonly initialParams: Readonly<Record<string, string>>;
  /** Whether a live record belongs to the collection, given the carried parameters. */
  include(record: StoredRecord, params: Readonly<Record<string, string>>): boolean;
  /** The JSON of a live record in a page (after `$select`). */
  render(record: StoredRecord): GraphResource;
  /** The JSON of a deleted record (Outlook: `@removed`; SharePoint: a `deleted` facet). */
  renderDeleted(id: string): GraphResource;
}

interface Position {
  /** Changes with a version above `since` ... */
  readonly since: number;
  /** ... and at most `snapshot` belong to this round. */
  readonly snapshot: number;
  readonly offset: number;
  readonly params: Readonly<Record<string, string>>;
}

function readPosition(request: EmulatorRequest, options: DeltaOptions, store: GraphStore): Position {
  const skip = request.query.get('$skiptoken');
  const delta = request.query.get('$deltatoken');
  const raw = skip ?? delta;
  if (raw === null) return { since: 0, snapshot: store.version(), offset: 0, params: options.initialParams };
  const token = decodeToken(raw, skip !== null ? '$skiptoken' : '$deltatoken');
  const issued = typeof token.t === 'number' ? token.t : Number.NaN;
  // Real services drop sync state after a while (a 7-day link lifetime for directory resources, a
  // cache-size limit for Outlook): the client must start over with a full sync. The emulator models it
  // with an age limit and a test hook that expires every token issued so far.
  if (!(options.now - issued <= options.maxTokenAgeMs) || token.g !== store.tokenGeneration()) {
    throw new GraphEmulatorError(410, options.expiredCode, 'The sync state generation is not found. The delta token is expired and data must be synchronized again.');
  }
  const params = (typeof token.p === 'object' && token.p !== null ? token.p : {}) as Record<string, string>;
  const since = Number(token.s);
  if (skip !== null) return { since, snapshot: Number(token.v), offset: Number(token.o), params };
  return { since, snapshot: store.version(), offset: 0, params };
}

/**
 * One page of a delta query. The first round (no token) returns every live resource; later rounds
 * (`$deltatoken`) return resources changed or deleted since the round that issued the token. Pages
 * are linked by `@odata.nextLink` (`$skiptoken`) and the last page carries `@odata.deltaLink`
 * (`$deltatoken`), never both. A change made while a client is paging belongs to the next round.
 *
 * @throws GraphEmulatorError 410 (`options.expiredCode`) for an expired or pre-expiry token
 */
export function deltaPage(request: EmulatorRequest, options: DeltaOptions, store: GraphStore): GraphResource {
  const position = readPosition(request, options, store);
  const changed = store
    .records(options.kind, options.scope)
    .filter((record) => record.version > position.since && record.version <= position.snapshot)
    .filter((record) => (record.deleted ? position.since > 0 : options.include(record, position.params)));
  const pageSize = preferredPageSize(request.headers, options.defaultPageSize);
  const page = changed.slice(position.offset, position.offset + pageSize);
  const value = page.map((record) => (record.deleted ? options.renderDeleted(record.resource.id) : options.render(record)));
  const base: Record<string, string> = {};
  for (const name of ['$select']) {
    const carried = request.query.get(name);
    if (carried !== null) base[name] = carried;
  }
  if (position.offset + pageSize < changed.length) {
    const token = encodeToken({ s: position.since, v: position.snapshot, o: position.offset + pageSize, t: options.now, g: store.tokenGeneration(), p: position.params });
    return { value, '@odata.nextLink': buildLink(request.baseUrl, request.path, { ...base, $skiptoken: token }) };
  }
  const token = encodeToken({ s: position.snapshot, t: options.now, g: store.tokenGeneration(), p: position.params });
  return { value, '@odata.deltaLink': buildLink(request.baseUrl, request.path, { ...base, $deltatoken: token }) };
}
