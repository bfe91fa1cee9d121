import { resilientFetch, telemetryHeaders, type RetryEvent, type RetryPolicy } from '../../../src/adapters/http';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalWaitMs: 60_000, retryStatuses: [429, 502, 503, 504] };

/** A transport answering from a script (a function throws for a dropped connection), recording each request's headers. */
function scripted(answers: (() => Response)[]): { fetch: (url: string, init: RequestInit) => Promise<Response>; seen: Record<string, string>[] } {
  const seen: Record<string, string>[] = [];
  let i = 0;
  return {
    seen,
    fetch: async (_url, init) => {
      seen.push({ ...(init.headers as Record<string, string>) });
      return answers[Math.min(i++, answers.length - 1)]();
    }
  };
}
const status = (code: number, retryAfter?: string) => (): Response => new Response(`${code}`, { status: code, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });
const ok = (): Response => new Response('done', { status: 200 });
const dropped = (): Response => {
  throw new TypeError('fetch failed');
};

async function run(answers: (() => Response)[], replaySafe: boolean, method = 'POST'): Promise<{ status: number | string; sleeps: number[]; events: RetryEvent[]; calls: number }> {
  const transport = scripted(answers);
  const sleeps: number[] = [];
  const events: RetryEvent[] = [];
  const options = { policy, fetch: transport.fetch, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0, now: () => NOW, onRetry: (e: RetryEvent) => events.push(e) };
  try {
    const response = await resilientFetch('https://contoso.example/api', { method }, replaySafe, options);
    return { status: response.status, sleeps, events, calls: transport.seen.length };
  } catch (error) {
    return { status: (error as Error).message, sleeps, events, calls: transport.seen.length };
  }
}

describe('resilientFetch', () => {
  it('retries throttling after Retry-After (seconds or an HTTP date), otherwise with backoff, for any request', async () => {
    const result = await run([status(429, '3'), status(503, 'Fri, 04 Dec 2026 12:00:02 GMT'), status(429), ok], false);
    expect([result.status, result.sleeps, result.calls]).toEqual([200, [3000, 2000, 1000], 4]);
    expect(result.events.map((e) => [e.status, e.retry, e.delayMs, e.method])).toEqual([
      [429, 1, 3000, 'POST'],
      [503, 2, 2000, 'POST'],
      [429, 3, 1000, 'POST']
    ]);
  });

  it('returns at once a gateway error or a dropped connection of a write that is not safe to replay: its outcome is unknown', async () => {
    expect(await run([status(502), ok], false)).toMatchObject({ status: 502, sleeps: [], calls: 1 });
    expect(await run([status(503), ok], false)).toMatchObject({ status: 503, sleeps: [], calls: 1 });
    expect(await run([dropped, ok], false)).toMatchObject({ status: 'fetch failed', sleeps: [], calls: 1 });
  });

  it('retries a gateway error or a dropped connection of a request safe to replay, with backoff', async () => {
    expect(await run([dropped, status(502), status(504), ok], true, 'GET')).toMatchObject({ status: 200, sleeps: [250, 500, 1000], calls: 4 });
  });

  it('gives up after the policy attempts and returns the last refusal for the adapter to word', async () => {
    expect(await run([status(429, '1')], false)).toMatchObject({ status: 429, sleeps: [1000, 1000, 1000], calls: 4 });
    expect(await run([dropped], true, 'GET')).toMatchObject({ status: 'fetch failed', sleeps: [250, 500, 1000], calls: 4 });
  });

  it('stops waiting when the next wait would pass the total budget', async () => {
    expect(await run([status(429, '40'), status(429, '30'), ok], false)).toMatchObject({ status: 429, sleeps: [40_000], calls: 2 });
  });

  it('adds the given headers to every attempt and never retries a caller cancel', async () => {
    const transport = scripted([status(429, '0'), ok]);
    const headers = telemetryHeaders({ publisher: 'Contoso', version: '1.2.3', userAgentAllowed: true }, false);
    const response = await resilientFetch('https://contoso.example/api', { method: 'GET', headers: { Accept: 'application/json' } }, true, { policy, fetch: transport.fetch, sleep: async () => undefined, headers });
    expect([response.status, transport.seen]).toEqual([200, [{ Accept: 'application/json', 'User-Agent': 'NONISV|Contoso|ValueNetworks/1.2.3' }, { Accept: 'application/json', 'User-Agent': 'NONISV|Contoso|ValueNetworks/1.2.3' }]]);
    const aborting = async (): Promise<Response> => {
      throw Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    };
    await expect(resilientFetch('https://contoso.example/api', { method: 'GET' }, true, { policy, fetch: aborting, sleep: async () => undefined })).rejects.toThrow('The operation was aborted.');
  });
});

describe('telemetryHeaders', () => {
  it('uses User-Agent where allowed; in a browser X-ClientTag only where the service reads it', () => {
    const app = { publisher: 'Contoso', version: '0.1.0' };
    expect(telemetryHeaders({ ...app, userAgentAllowed: true }, true)).toEqual({ 'User-Agent': 'NONISV|Contoso|ValueNetworks/0.1.0' });
    expect(telemetryHeaders({ ...app, userAgentAllowed: false }, true)).toEqual({ 'X-ClientTag': 'NONISV|Contoso|ValueNetworks/0.1.0' });
    expect(telemetryHeaders({ ...app, userAgentAllowed: false }, false)).toEqual({});
  });
});
