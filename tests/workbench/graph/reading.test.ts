import { Client } from '@microsoft/microsoft-graph-client';
import { failure, graphClient, removeDir, SEED, startEmulator } from './harness';
import type { RunningEmulator } from './harness';

let running: RunningEmulator;
let client: Client;

beforeAll(async () => {
  running = await startEmulator();
  running.emulator.seed(SEED);
  client = graphClient(running.origin);
});

afterAll(async () => {
  await running.close();
  removeDir(running.dataDir);
});

describe('authentication', () => {
  it('answers 401 in Graph error shape without a bearer token', async () => {
    const response = await fetch(`${running.origin}/graph/v1.0/me`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
        innerError: { date: '2026-10-31T12:00:00Z', 'request-id': expect.stringMatching(/^00000000-0000-4000-8000-\d{12}$/), 'client-request-id': expect.any(String) }
      }
    });
  });

  it('gets 401 when the token only comes from the authProvider (the client sends it to https hosts only)', async () => {
    const bare = Client.init({ baseUrl: `${running.origin}/graph/`, authProvider: (done) => done(null, 'user:ben@contoso.test') });
    const error = await failure(bare.api('/me').get());
    expect([error.statusCode, error.code]).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('signs in the default user for any bearer and the named user for Bearer user:<upn>', async () => {
    expect(await client.api('/me').select('displayName,userPrincipalName').get()).toEqual({
      '@odata.context': `${running.origin}/graph/v1.0/$metadata#users/$entity`,
      id: 'u-ada',
      displayName: 'Ada Owner',
      userPrincipalName: 'ada@contoso.test'
    });
    const ben = await graphClient(running.origin, 'ben@contoso.test').api('/me').get();
    expect([ben.id, ben.jobTitle]).toEqual(['u-ben', 'Account Executive']);
  });

  it('lists users and finds one by UPN; unknown users are 404 Request_ResourceNotFound', async () => {
    const users = await client.api('/users').select('id').get();
    expect(users.value).toEqual([{ id: 'u-ada' }, { id: 'u-ben' }]);
    expect((await client.api('/users/BEN@contoso.test').get()).id).toBe('u-ben');
    const error = await failure(client.api('/users/nobody@contoso.test').get());
    expect([error.statusCode, error.code]).toEqual([404, 'Request_ResourceNotFound']);
  });

  it('serves v1.0 only: beta is 404', async () => {
    const response = await fetch(`${running.origin}/graph/beta/me`, { headers: { Authorization: 'Bearer x' } });
    expect(response.status).toBe(404);
  });
});

describe('calendarView', () => {
  const window = { startDateTime: '2026-10-01T00:00:00Z', endDateTime: '2026-10-31T00:00:00Z' };

  it('pages the window with $top and @odata.nextLink followed by the real client', async () => {
    const pages: string[][] = [];
    let page = await client.api('/me/calendarView').query(window).select('subject').top(2).get();
    pages.push(page.value.map((event: { id: string }) => event.id));
    expect(page.value[0]).toEqual({ id: 'ev1', subject: 'Discovery call' });
    while (page['@odata.nextLink'] !== undefined) {
      page = await client.api(page['@odata.nextLink']).get();
      pages.push(page.value.map((event: { id: string }) => event.id));
    }
    expect(pages).toEqual([['ev1', 'ev2'], ['ev3', 'ev4'], ['ev5']]);
  });

  it('reads another user calendar by id and excludes events outside the window', async () => {
    const page = await client.api('/users/u-ben/calendarView').query(window).get();
    expect(page.value.map((event: { id: string }) => event.id)).toEqual(['ev9']);
    const november = await client.api('/me/calendarView').query({ startDateTime: '2026-11-01T00:00:00Z', endDateTime: '2026-12-01T00:00:00Z' }).get();
    expect(november.value.map((event: { subject: string }) => event.subject)).toEqual(['Kick-off']);
  });

  it('requires startDateTime and endDateTime (400 ErrorInvalidParameter)', async () => {
    const error = await failure(client.api('/me/calendarView').get());
    expect([error.statusCode, error.code]).toEqual([400, 'ErrorInvalidParameter']);
  });

  it('lists /me/events in start order with the default page of 10', async () => {
    const events = await client.api('/me/events').select('subject').get();
    expect(events.value.map((event: { id: string }) => event.id)).toEqual(['ev1', 'ev2', 'ev3', 'ev4', 'ev5', 'ev6']);
    expect(events['@odata.nextLink']).toBeUndefined();
  });
});

describe('messages', () => {
  it('honours $select and lists newest first', async () => {
    const page = await client.api('/me/messages').select('subject,from').get();
    expect(page.value).toEqual([
      { id: 'm4', subject: 'Proposal', from: { emailAddress: { name: 'Ada Owner', address: 'ada@contoso.test' } } },
      { id: 'm2', subject: 'Budget approved', from: { emailAddress: { name: 'Erin Buyer', address: 'erin@fabrikam.test' } } },
      { id: 'm3', subject: 'Security questionnaire', from: { emailAddress: { name: 'Sam Security', address: 'sam@fabrikam.test' } } },
      { id: 'm1', subject: 'RFP questions', from: { emailAddress: { name: 'Chris Champion', address: 'chris@fabrikam.test' } } }
    ]);
  });

  it('delta over the inbox folder returns only inbox metadata, with a deltaLink', async () => {
    const page = await client.api('/me/mailFolders/inbox/messages/delta').select('subject').get();
    expect(page.value).toEqual([
      { id: 'm1', subject: 'RFP questions' },
      { id: 'm2', subject: 'Budget approved' },
      { id: 'm3', subject: 'Security questionnaire' }
    ]);
    expect(page['@odata.deltaLink']).toMatch(/\/me\/mailFolders\/inbox\/messages\/delta\?%24select=subject&%24deltatoken=[A-Za-z0-9_-]+$/);
  });
});

describe('planner', () => {
  it('lists the signed-in user tasks and a plan tasks', async () => {
    const mine = await client.api('/me/planner/tasks').select('title').get();
    expect(mine.value).toEqual([
      { id: 't1', title: 'Send ROI model' },
      { id: 't3', title: 'Draft mutual close plan' }
    ]);
    const plan = await client.api('/planner/plans/p1/tasks').get();
    expect(plan.value.map((task: { id: string; percentComplete: number }) => [task.id, task.percentComplete])).toEqual([
      ['t1', 0],
      ['t2', 50]
    ]);
    expect(plan['@odata.count']).toBe(2);
  });
});
