import { seededRandom } from '../../../workbench/server/faults';
import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

describe('fault injector in front of the SharePoint emulator', () => {
  let emu: EmulatorServer;
  beforeEach(async () => {
    emu = await startEmulatorServer();
    await pnpFor(emu.siteUrl).web.lists.add('Opportunities');
  });
  afterEach(async () => {
    await emu.close(true);
  });

  const configure = async (config: Record<string, unknown>): Promise<Response> =>
    fetch(`${emu.origin}/_workbench/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });
  const getWeb = (): Promise<Response> => fetch(`${emu.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer user:owner' } });

  it('is off by default and is configured and read through /_workbench/faults', async () => {
    expect((await getWeb()).status).toBe(200);
    const set = await configure({ enabled: true, failureRate: 1, statuses: [503], seed: 7 });
    expect(set.status).toBe(200);
    const read = (await (await fetch(`${emu.origin}/_workbench/faults`)).json()) as Record<string, unknown>;
    expect(read).toEqual({ enabled: true, failureRate: 1, statuses: [503], retryAfterSeconds: 1, retryAfterFormat: 'seconds', dropRate: 0, paths: ['/sites/', '/graph/'], seed: 7 });
    expect((await configure({ failureRate: 2 })).status).toBe(400);
  });

  it('answers 429 with Retry-After in seconds and the SharePoint body, and PnPjs retries through it', async () => {
    await configure({ enabled: true, failureRate: 1, statuses: [429], retryAfterSeconds: 0 });
    const response = await getWeb();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('0');
    expect(await response.json()).toEqual({ 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'The request has been throttled.' } } });
    // A failure rate of 0.5 with seed 3: PnPjs's retry gets the item in even when the first attempts fail.
    await configure({ enabled: true, failureRate: 0.5, statuses: [429, 503, 504], retryAfterSeconds: 0, seed: 3 });
    const added = await pnpFor(emu.siteUrl, 'owner', 6).web.lists.getByTitle('Opportunities').items.add({ Title: 'Through the storm' });
    expect(added.Title).toBe('Through the storm');
  });

  it('writes Retry-After as an HTTP date when asked', async () => {
    await configure({ enabled: true, failureRate: 1, statuses: [503], retryAfterSeconds: 120, retryAfterFormat: 'date' });
    const before = Date.now();
    const response = await getWeb();
    expect(response.status).toBe(503);
    const date = Date.parse(response.headers.get('retry-after') as string);
    expect(Math.round((date - before) / 1000)).toBeGreaterThanOrEqual(119);
    expect(Math.round((date - before) / 1000)).toBeLessThanOrEqual(121);
    expect(response.headers.get('retry-after')).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it('answers 504 without Retry-After', async () => {
    await configure({ enabled: true, failureRate: 1, statuses: [504] });
    const response = await getWeb();
    expect([response.status, response.headers.get('retry-after')]).toEqual([504, null]);
  });

  it('rate limits with RateLimit-* headers and 429 once the window is used up', async () => {
    await configure({ enabled: true, rateLimit: { limit: 2, windowSeconds: 60 } });
    const a = await getWeb();
    const b = await getWeb();
    const c = await getWeb();
    const headers = (r: Response): Array<string | null> => [r.headers.get('ratelimit-limit'), r.headers.get('ratelimit-remaining'), r.headers.get('ratelimit-reset')];
    expect([a.status, ...headers(a)]).toEqual([200, '2', '1', '60']);
    expect([b.status, ...headers(b)]).toEqual([200, '2', '0', '60']);
    expect([c.status, ...headers(c), c.headers.get('retry-after')]).toEqual([429, '2', '0', '60', '60']);
  });

  it('adds latency within the configured range', async () => {
    await configure({ enabled: true, latencyMs: { min: 150, max: 200 } });
    const start = Date.now();
    expect((await getWeb()).status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(149);
  });

  it('drops connections, and PnPjs retries until one gets through', async () => {
    await configure({ enabled: true, dropRate: 1 });
    await expect(getWeb()).rejects.toThrow('fetch failed');
    await configure({ enabled: true, dropRate: 0.5, seed: 11 });
    const sequence = Array.from({ length: 4 }, seededRandom(11)).map((r) => r < 0.5);
    const added = await pnpFor(emu.siteUrl, 'owner', 1 + sequence.indexOf(false) + 1).web.lists.getByTitle('Opportunities').items.add({ Title: 'Survived' });
    expect(added.Id).toBe(1);
  });

  it('touches only the configured paths and never the control endpoint', async () => {
    await configure({ enabled: true, failureRate: 1, statuses: [503], paths: ['/graph/'] });
    expect((await getWeb()).status).toBe(200);
    expect((await fetch(`${emu.origin}/_workbench/faults`)).status).toBe(200);
  });
});

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});
