import type { BatchSubResponse } from '../../../src/adapters/graph/batchRetryPlan';
import { getInBatches, type BatchGet, type BatchTransport } from '../../../src/adapters/graph/graphBatch';

/** A recorded transport: answers each sub-request from a script keyed by id (one status per attempt). */
function scripted(script: Record<string, number[]>, retryAfter: string = '2'): { transport: BatchTransport; posts: string[][] } {
  const posts: string[][] = [];
  const seen = new Map<string, number>();
  const transport: BatchTransport = {
    async post(requests: readonly BatchGet[]): Promise<BatchSubResponse[]> {
      posts.push(requests.map((r) => r.id));
      return requests.map((r) => {
        const n = seen.get(r.id) ?? 0;
        seen.set(r.id, n + 1);
        const status = script[r.id]?.[n] ?? 200;
        return { id: r.id, status, headers: (status === 429 ? { 'Retry-After': retryAfter } : {}) as Record<string, string>, body: { value: [r.id] } };
      });
    }
  };
  return { transport, posts };
}

const gets = (n: number): BatchGet[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, url: `/users/u${i}/messages` }));

describe('getInBatches', () => {
  it('sends 45 requests as 3 batches of at most 20 (20, 20, 5)', async () => {
    const { transport, posts } = scripted({});
    const run = await getInBatches(transport, gets(45), { sleep: async () => undefined });
    expect(posts.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(run.posts).toBe(3);
    expect(run.responses.size).toBe(45);
  });

  it('retries each throttled sub-request on its own, regrouped, after its Retry-After', async () => {
    const { transport, posts } = scripted({ r1: [429, 429], r7: [429], r30: [429] }, '3');
    const waits: number[] = [];
    const run = await getInBatches(transport, gets(25), { sleep: async (ms) => void waits.push(ms) });
    expect(posts).toEqual([gets(20).map((g) => g.id), ['r20', 'r21', 'r22', 'r23', 'r24'], ['r1', 'r7'], ['r1']]);
    expect(waits).toEqual([3000, 3000]);
    expect(run.responses.get('r1')).toEqual({ id: 'r1', status: 200, headers: {}, body: { value: ['r1'] } });
    expect([...run.responses.values()].filter((r) => r.status !== 200)).toEqual([]);
  });

  it('keeps the last 429 of a sub-request that is never accepted, and answers status 0 for a failed POST', async () => {
    const { transport } = scripted({ r0: [429, 429, 429] });
    const run = await getInBatches(transport, gets(2), { sleep: async () => undefined, maxAttempts: 3 });
    expect(run.responses.get('r0')?.status).toBe(429);
    expect(run.responses.get('r1')?.status).toBe(200);

    const broken: BatchTransport = { post: () => Promise.reject(new Error('socket hang up')) };
    const failed = await getInBatches(broken, gets(1), { sleep: async () => undefined });
    expect(failed.responses.get('r0')).toEqual({ id: 'r0', status: 0, body: { error: { code: 'batchFailed', message: 'socket hang up' } } });
  });
});
