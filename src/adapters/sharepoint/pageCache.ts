/**
 * One page, one set of set-up reads. A SharePoint page may hold several ValueNetworks web parts, each
 * its own SPFx bundle with its own stores; without a shared cache each one reads the same site schema,
 * permissions, blueprint and opportunity list again (issue 19: 45 requests for one page, the 1,500
 * opportunities read twice). The cache lives on `globalThis` under a `Symbol.for` key so that separate
 * bundles on the same page find the same one, keyed by site URL.
 *
 * Entries are answers of reads (promises), shared while in flight and for a short time after
 * (`ttlMs`, default 30 s): long enough for every web part of a page to start, short enough that an
 * edit made elsewhere shows on the next interaction. A failed read is never kept. Writes through the
 * stores forget the entries they may change (before and after the write, whether it succeeded or not),
 * so the page never shows less than it wrote itself.
 */

/** Default life of a cached read, ms. */
export const PAGE_CACHE_TTL_MS: number = 30_000;

export interface PageCache {
  /**
   * The answer of `read` under `key`: the one in flight, or the one read less than the cache's
   * life ago; otherwise `read` runs now. Callers must not change the value they receive.
   */
  shared<T>(key: string, read: () => Promise<T>): Promise<T>;
  /** Forgets every entry whose key starts with `prefix` (every entry without one). */
  invalidate(prefix?: string): void;
}

export interface PageCacheOptions {
  /** Life of an answer after it arrived, ms; default {@link PAGE_CACHE_TTL_MS}. */
  readonly ttlMs?: number;
  /** Clock in epoch ms (tests). */
  readonly now?: () => number;
}

interface Entry {
  readonly value: Promise<unknown>;
  /** Epoch ms after which the entry is stale; `Infinity` while the read is in flight. */
  expires: number;
}

/** A cache of read answers for one site (see the module comment). */
export function createPageCache(options: PageCacheOptions = {}): PageCache {
  const ttlMs = options.ttlMs ?? PAGE_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  return {
    shared<T>(key: string, read: () => Promise<T>): Promise<T> {
      const found = entries.get(key);
      if (found && found.expires > now()) return found.value as Promise<T>;
      const value = read();
      const entry: Entry = { value, expires: Number.POSITIVE_INFINITY };
      entries.set(key, entry);
      value.then(
        () => { entry.expires = now() + ttlMs; },
        // Only this entry: a newer read under the same key (after an invalidation) stays.
        () => { if (entries.get(key) === entry) entries.delete(key); }
      );
      return value;
    },
    invalidate(prefix?: string): void {
      for (const key of [...entries.keys()]) if (prefix === undefined || key.startsWith(prefix)) entries.delete(key);
    }
  };
}

const REGISTRY = Symbol.for('valuenetworks.pageCache.v1');

/** Site URLs compare without a trailing slash and case-insensitively, as SharePoint treats them. */
const siteKey = (siteUrl: string): string => siteUrl.replace(/\/+$/, '').toLowerCase();

function registry(): Map<string, PageCache> {
  const holder = globalThis as { [REGISTRY]?: Map<string, PageCache> };
  holder[REGISTRY] ??= new Map<string, PageCache>();
  return holder[REGISTRY];
}

/**
 * The page's cache for `siteUrl`, shared by every web part (and bundle) on the page; created on first
 * use. Composition roots pass it to {@link createSharePointStores} and the provisioner.
 */
export function pageCacheFor(siteUrl: string, options: PageCacheOptions = {}): PageCache {
  const caches = registry();
  const key = siteKey(siteUrl);
  let cache = caches.get(key);
  if (!cache) {
    cache = createPageCache(options);
    caches.set(key, cache);
  }
  return cache;
}

/**
 * Forgets everything cached for `siteUrl` (every site without one): when the signed-in user changes in
 * place (the workbench and Teams can), since permissions and the set-up check are the user's.
 */
export function clearPageCache(siteUrl?: string): void {
  if (siteUrl === undefined) {
    for (const cache of registry().values()) cache.invalidate();
    return;
  }
  registry().get(siteKey(siteUrl))?.invalidate();
}

/** Keys of the shared reads, one prefix per store so that a write forgets only its own. */
export const PageCacheKeys = {
  setup: 'setup:',
  blueprints: 'blueprints:',
  opportunities: 'opportunities:'
} as const;

/**
 * Runs a write and forgets the entries under `prefix` before and after it, failed or not: a
 * conflict's answer (someone else published) means the cached read is out of date too.
 */
export async function writeThrough<T>(cache: PageCache | undefined, prefix: string, write: () => Promise<T>): Promise<T> {
  cache?.invalidate(prefix);
  try {
    return await write();
  } finally {
    cache?.invalidate(prefix);
  }
}

/** `read` through the cache under `key`, or directly when there is no cache. */
export function sharedRead<T>(cache: PageCache | undefined, key: string, read: () => Promise<T>): Promise<T> {
  return cache ? cache.shared(key, read) : read();
}
