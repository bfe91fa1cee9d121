// teams-js (pulled in by SPFx packages) calls fetch while it is imported; jsdom has none.
if (typeof globalThis.fetch !== 'function') {
  (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('fetch is not available in unit tests'));
}
