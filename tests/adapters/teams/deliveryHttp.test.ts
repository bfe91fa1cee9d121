import { getJson, postDelivery } from '../../../src/adapters/teams/deliveryHttp';
import { AlertDeliveryError } from '../../../src/services/alerts/alertSender';

/** A transport answering from a script, counting calls. */
function scripted(answers: (() => Response)[]): { fetch: typeof fetch; calls: () => number } {
  let i = 0;
  return {
    fetch: (async () => {
      const next = answers[Math.min(i++, answers.length - 1)];
      return next();
    }) as typeof fetch,
    calls: () => i
  };
}
const status = (code: number, retryAfter?: string) => (): Response => new Response(`${code}`, { status: code, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });
const ok = (): Response => new Response('{"id":"m1"}', { status: 201 });
const dropped = (): Response => {
  throw new TypeError('fetch failed');
};

describe('postDelivery', () => {
  const post = (transport: ReturnType<typeof scripted>, sleeps: number[]): Promise<Record<string, unknown>> =>
    postDelivery('https://graph.example/v1.0/me/sendMail', {}, { fetch: transport.fetch, sleep: async (ms) => void sleeps.push(ms) });

  it('retries a refusal that says the service did not act: 429, and 503 with Retry-After', async () => {
    const transport = scripted([status(429, '2'), status(503, '0'), ok]);
    const sleeps: number[] = [];
    expect(await post(transport, sleeps)).toEqual({ id: 'm1' });
    expect([transport.calls(), sleeps]).toEqual([3, [2000, 0]]);
  });

  it('reports a gateway 502/504, a 503 without Retry-After and a dropped connection as unknown, sent once', async () => {
    for (const answer of [status(502), status(503), status(504), dropped]) {
      const transport = scripted([answer, ok]);
      const error = await post(transport, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlertDeliveryError);
      expect([(error as AlertDeliveryError).failure, transport.calls()]).toEqual(['unknown', 1]);
    }
  });
});

describe('getJson', () => {
  it('reads again after a dropped connection or a gateway 502/504 (reads are safe to repeat)', async () => {
    const transport = scripted([dropped, status(502), status(504), () => new Response('{"value":[]}', { status: 200 })]);
    expect(await getJson('https://graph.example/v1.0/me/messages', { fetch: transport.fetch, sleep: async () => undefined })).toEqual({ value: [] });
    expect(transport.calls()).toBe(4);
  });
});
