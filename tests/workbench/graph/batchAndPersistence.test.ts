import { failure, graphClient, removeDir, SEED, startEmulator } from './harness';
import type { RunningEmulator } from './harness';

let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
  running.emulator.seed(SEED);
});

afterEach(async () => {
  await running.close();
  removeDir(running.dataDir);
});

describe('$batch', () => {
  it('refuses 21 requests and repeated ids with 400', async () => {
    const client = graphClient(running.origin);
    const requests = Array.from({ length: 21 }, (_, index) => ({ id: String(index + 1), method: 'GET', url: '/me' }));
    const tooMany = await failure(client.api('/$batch').post({ requests }));
    expect([tooMany.statusCode, tooMany.code, tooMany.message]).toEqual([400, 'BadRequest', 'The batch holds 21 requests; at most 20 are allowed.']);
    const repeated = await failure(client.api('/$batch').post({ requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/users' }] }));
    expect(repeated.message).toBe("The request id '1' is used more than once in the batch.");
  });

  it('runs 20 requests, honours dependsOn and answers 424 for dependents of a failed request', async () => {
    const client = graphClient(running.origin, 'ben@contoso.test');
    const result = await client.api('/$batch').post({
      requests: [
        { id: '3', dependsOn: ['2'], method: 'GET', url: '/me/planner/tasks' },
        { id: '1', method: 'GET', url: '/me?$select=displayName' },
        { id: '2', dependsOn: ['1'], method: 'GET', url: '/users/nobody@contoso.test' },
        { id: '4', dependsOn: ['1'], method: 'POST', url: '/chats/c9/messages', headers: { 'Content-Type': 'application/json' }, body: { body: { content: 'batched' } } },
        { id: '5', method: 'GET', url: 'users?$select=id' },
        ...Array.from({ length: 15 }, (_, index) => ({ id: `x${index}`, method: 'GET', url: '/me/calendarView' }))
      ]
    });
    const responses = result.responses as { id: string; status: number; body: Record<string, unknown> }[];
    expect(responses.map((response) => [response.id, response.status])).toEqual([
      ['3', 424],
      ['1', 200],
      ['2', 404],
      ['4', 201],
      ['5', 200],
      ...Array.from({ length: 15 }, (_, index) => [`x${index}`, 400])
    ]);
    expect(responses[1].body).toEqual({ '@odata.context': `${running.origin}/graph/v1.0/$metadata#users/$entity`, id: 'u-ben', displayName: 'Ben Seller' });
    expect((responses[0].body.error as { code: string }).code).toBe('FailedDependency');
    expect((responses[2].body.error as { code: string }).code).toBe('Request_ResourceNotFound');
    expect(responses[4].body.value).toEqual([{ id: 'u-ada' }, { id: 'u-ben' }]);
    expect(running.emulator.outbox().map((item) => [item.kind, item.target, item.sender, item.body])).toEqual([['chatMessage', 'chats/c9', 'ben@contoso.test', 'batched']]);
  });
});

describe('persistence', () => {
  it('keeps data, delta state and the outbox across a restart, and reset() wipes them', async () => {
    const client = graphClient(running.origin);
    const delta = await client.api('/sites/site-1/lists/list-1/items/delta').get();
    await client.api('/chats/c1/messages').post({ body: { content: 'before restart' } });
    await running.close();

    const restarted = await startEmulator(running.dataDir, running.clock);
    try {
      const again = graphClient(restarted.origin);
      expect((await again.api('/me/planner/tasks').get()).value.map((task: { id: string }) => task.id)).toEqual(['t1', 't3']);
      restarted.emulator.seed({ listItems: [{ siteId: 'site-1', listId: 'list-1', resource: { id: '9', fields: { Name: 'Gear' } } }] });
      const link = (delta['@odata.deltaLink'] as string).replace(running.origin, restarted.origin);
      expect((await again.api(link).get()).value).toEqual([{ id: '9', fields: { Name: 'Gear' } }]);
      expect(restarted.emulator.outbox().map((item) => item.body)).toEqual(['before restart']);

      restarted.emulator.reset();
      expect(restarted.emulator.outbox()).toEqual([]);
      const gone = await failure(again.api('/me').get());
      expect([gone.statusCode, gone.code]).toEqual([401, 'InvalidAuthenticationToken']);
    } finally {
      await restarted.close();
    }
    const afterReset = await startEmulator(running.dataDir, running.clock);
    try {
      expect(afterReset.emulator.outbox()).toEqual([]);
    } finally {
      await afterReset.close();
    }
    running = await startEmulator(running.dataDir, running.clock);
  });
});
