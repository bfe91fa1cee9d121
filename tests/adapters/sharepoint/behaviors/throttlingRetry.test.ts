import { DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isReplaySafe, ThrottlingRetry } from '../../../../src/adapters/sharepoint/behaviors/throttlingRetry';
import { canSetUserAgent, TelemetryHeaders, userAgentString } from '../../../../src/adapters/sharepoint/behaviors/telemetryHeaders';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const SITE = 'https://contoso.sharepoint.com/sites/sales';

interface Call {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** A transport answering from a script of responses, recording each call. */
function scripted(responses: (() => Response)[]): { fetch: (url: string, init: RequestInit) => Promise<Response>; calls: Call[] } {
  const calls: Call[] = [];
  let i = 0;
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, headers: { ...(init.headers as Record<string, string>) } });
      const next = responses[Math.min(i++, responses.length - 1)];
      return next();
    }
  };
}

const throttled = (status: number, retryAfter?: string) => (): Response =>
  new Response(JSON.stringify({ 'odata.error': { code: 'x', message: { lang: 'en-US', value: 'busy' } } }), { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
const ok = (): Response => new Response(JSON.stringify({ Title: 'Sales' }), { status: 200, headers: { 'Content-Type': 'application/json' } });

function client(transport: ReturnType<typeof scripted>, sleeps: number[], maxAttempts: number = 5) {
  return spfi(SITE).using(
    DefaultHeaders(),
    DefaultInit(),
    DefaultParse(),
    ThrottlingRetry({
      fetch: transport.fetch,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0,
      now: () => NOW,
      policy: { maxAttempts, baseDelayMs: 400, maxDelayMs: 10_000, maxTotalWaitMs: 60_000, retryStatuses: [429, 503, 504] }
    })
  );
}

describe('ThrottlingRetry', () => {
  it('waits Retry-After seconds, then an HTTP date, then backs off, and returns the answer', async () => {
    const transport = scripted([throttled(429, '2'), throttled(503, 'Wed, 01 May 2024 12:00:03 GMT'), throttled(504), ok]);
    const sleeps: number[] = [];
    const web = await client(transport, sleeps).web.select('Title')();
    expect(web).toEqual({ Title: 'Sales' });
    expect(sleeps).toEqual([2000, 3000, 800]);
    expect(transport.calls.length).toBe(4);
  });

  it('stops after maxAttempts and surfaces the last status', async () => {
    const transport = scripted([throttled(429, '1')]);
    const sleeps: number[] = [];
    await expect(client(transport, sleeps, 3).web()).rejects.toMatchObject({ status: 429 });
    expect(sleeps).toEqual([1000, 1000]);
    expect(transport.calls.length).toBe(3);
  });

  it('does not retry other errors', async () => {
    const transport = scripted([throttled(404)]);
    const sleeps: number[] = [];
    await expect(client(transport, sleeps).web()).rejects.toMatchObject({ status: 404 });
    expect(sleeps).toEqual([]);
  });

  it('replays reads, batches and MERGEs of any version after a network error, never another single write', () => {
    expect(isReplaySafe(`${SITE}/_api/web`, 'GET')).toBe(true);
    expect(isReplaySafe(`${SITE}/_api/$batch`, 'POST')).toBe(true);
    expect(isReplaySafe(`${SITE}/_api/web/lists/getByTitle('Blueprints')/items`, 'POST')).toBe(false);
    const item = `${SITE}/_api/web/lists/getByTitle('AlertLog')/items(7)`;
    expect(isReplaySafe(item, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' })).toBe(true);
    expect(isReplaySafe(item, 'POST', { 'x-http-method': 'MERGE' })).toBe(true);
    expect(isReplaySafe(item, 'POST', { 'X-HTTP-Method': 'MERGE', 'If-Match': '"2"' })).toBe(false);
    expect(isReplaySafe(item, 'POST', { 'X-HTTP-Method': 'DELETE', 'If-Match': '*' })).toBe(false);
  });

  it('answers a single add at once with a gateway 502/504 or a 503 without Retry-After (it may have landed), and retries a throttled one', async () => {
    const add = (transport: ReturnType<typeof scripted>, sleeps: number[]): Promise<unknown> =>
      client(transport, sleeps).web.lists.getByTitle('Notes').items.add({ Title: 'x' });
    for (const status of [502, 503, 504]) {
      const transport = scripted([throttled(status), ok]);
      const sleeps: number[] = [];
      await expect(add(transport, sleeps)).rejects.toMatchObject({ status });
      expect([transport.calls.length, sleeps]).toEqual([1, []]);
    }
    const throttledAdd = scripted([throttled(503, '1'), throttled(429), ok]);
    const sleeps: number[] = [];
    await expect(add(throttledAdd, sleeps)).resolves.toEqual({ Title: 'Sales' });
    expect(sleeps).toEqual([1000, 400]);
  });
});

describe('TelemetryHeaders', () => {
  it('sets User-Agent where allowed and X-ClientTag in browsers', async () => {
    for (const allowed of [true, false]) {
      const transport = scripted([ok]);
      await spfi(SITE)
        .using(DefaultHeaders(), DefaultInit(), DefaultParse(), ThrottlingRetry({ fetch: transport.fetch }), TelemetryHeaders({ publisher: 'Contoso', version: '1.2.3', userAgentAllowed: allowed }), InjectHeaders({}))
        .web();
      const header = allowed ? 'User-Agent' : 'X-ClientTag';
      expect(transport.calls[0].headers[header]).toBe('NONISV|Contoso|ValueNetworks/1.2.3');
      expect(transport.calls[0].headers[allowed ? 'X-ClientTag' : 'User-Agent']).toBeUndefined();
    }
  });
  it('formats the decoration and detects Node', () => {
    expect(userAgentString('Contoso', '0.1.0')).toBe('NONISV|Contoso|ValueNetworks/0.1.0');
    expect(canSetUserAgent()).toBe(true);
  });
});
