import type { BatchSubResponse } from './batchRetryPlan';
import { getInBatches, type BatchGet, type BatchRunOptions, type BatchTransport } from './graphBatch';

/** A JSON object as Graph returns it. */
export type GraphResource = Readonly<Record<string, unknown>>;

/**
 * One collection to read: a delta query (calendarView, mail folder, list items) or a plain paged
 * collection (Planner tasks). `deltaLink` is the link kept from the last complete round.
 */
export interface CollectionCursor {
  /** Unique among the cursors of one call; the sync state key. */
  readonly key: string;
  /** First request of a full read, relative to the version root (e.g. `/users/x/calendarView/delta?...`). */
  readonly initialUrl: string;
  readonly deltaLink?: string;
}

export interface CollectionRead {
  readonly key: string;
  /** Live resources of this round, in page order. */
  readonly items: readonly GraphResource[];
  /** Ids reported removed (`@removed` or a `deleted` facet). */
  readonly removedIds: readonly string[];
  /** The link for the next round; absent for plain collections and on error. */
  readonly deltaLink?: string;
  /** True when the stored link answered 410 and the collection was read again from the start. */
  readonly resynced: boolean;
  /** Set when the read failed: the caller keeps the previous state (items are then empty). */
  readonly error?: string;
}

export interface CollectionReadOptions extends BatchRunOptions {
  /** `Prefer: odata.maxpagesize` of delta pages; default 100. */
  readonly pageSize?: number;
}

/**
 * The part of a nextLink/deltaLink after the version segment: batch sub-requests must be relative.
 * Works for `https://graph.microsoft.com/v1.0/...` and the emulator's `http://host/graph/v1.0/...`.
 */
export function relativeGraphUrl(link: string): string {
  const match = /^https?:\/\/[^/]+(?:\/[^/?]+)*?\/(?:v1\.0|beta)(\/.*)$/i.exec(link);
  return match === null ? link : match[1];
}

function errorText(response: BatchSubResponse): string {
  const body = response.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : 'error';
  const message = typeof body?.error?.message === 'string' ? body.error.message : '';
  return `${response.status} ${code}${message === '' ? '' : `: ${message}`}`;
}

interface State {
  url: string;
  items: GraphResource[];
  removedIds: string[];
  resynced: boolean;
  done?: { deltaLink?: string; error?: string };
}

/**
 * Reads several collections to the end of their round, one page of each per `$batch` sub-request:
 * every page's nextLink goes into the next batch, so N sellers cost about ceil(N/20) POSTs per page
 * depth. A 410 (`syncStateNotFound` from Outlook, `resyncRequired` from SharePoint) means the stored
 * link expired: what was read of that collection is discarded and it is read again from
 * `initialUrl` (once per call). Interactions keep stable source keys, so the full round adds nothing
 * twice downstream.
 *
 * @returns one result per cursor, in cursor order, and the number of `$batch` POSTs
 */
export async function readCollections(transport: BatchTransport, cursors: readonly CollectionCursor[], options: CollectionReadOptions = {}): Promise<{ readonly reads: CollectionRead[]; readonly posts: number }> {
  const prefer = { Prefer: `odata.maxpagesize=${options.pageSize ?? 100}` };
  const states = new Map<string, State>(cursors.map((c) => [c.key, { url: c.deltaLink !== undefined ? relativeGraphUrl(c.deltaLink) : c.initialUrl, items: [], removedIds: [], resynced: false }]));
  const initial = new Map(cursors.map((c) => [c.key, c.initialUrl]));
  let posts = 0;
  for (;;) {
    const open = cursors.filter((c) => states.get(c.key)?.done === undefined);
    if (open.length === 0) break;
    const requests: BatchGet[] = open.map((c) => ({ id: c.key, url: states.get(c.key)?.url ?? c.initialUrl, headers: prefer }));
    const run = await getInBatches(transport, requests, options);
    posts += run.posts;
    for (const cursor of open) {
      const state = states.get(cursor.key) as State;
      const response = run.responses.get(cursor.key) ?? { id: cursor.key, status: 0 };
      if (response.status === 410 && !state.resynced) {
        state.items = [];
        state.removedIds = [];
        state.resynced = true;
        state.url = initial.get(cursor.key) ?? cursor.initialUrl;
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        state.done = { error: errorText(response) };
        continue;
      }
      const page = (response.body ?? {}) as Record<string, unknown>;
      for (const resource of Array.isArray(page.value) ? (page.value as GraphResource[]) : []) {
        if (resource['@removed'] !== undefined || resource.deleted !== undefined) state.removedIds.push(String(resource.id));
        else state.items.push(resource);
      }
      if (typeof page['@odata.nextLink'] === 'string') state.url = relativeGraphUrl(page['@odata.nextLink']);
      else state.done = typeof page['@odata.deltaLink'] === 'string' ? { deltaLink: page['@odata.deltaLink'] } : {};
    }
  }
  const reads = cursors.map((cursor): CollectionRead => {
    const state = states.get(cursor.key) as State;
    const error = state.done?.error;
    if (error !== undefined) return { key: cursor.key, items: [], removedIds: [], resynced: state.resynced, error };
    return { key: cursor.key, items: state.items, removedIds: state.removedIds, resynced: state.resynced, ...(state.done?.deltaLink !== undefined ? { deltaLink: state.done.deltaLink } : {}) };
  });
  return { reads, posts };
}
