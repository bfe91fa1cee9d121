import { alertSendMail, workflowPost } from '../../src/adapters/teams/alertSenders';
import { IMMEDIATE, TAB } from '../fixtures/alerts/plannedAlerts';
import { pnpFor } from './sharepoint/pnpClient';
import { startSiteAndGraph, type SiteAndGraph } from './siteAndGraph';

/**
 * Post-commit faults: the emulator applies the request, then the answer is lost. Each kind is
 * checked over real HTTP by what the client saw and what the emulator holds afterwards.
 */
describe('post-commit faults', () => {
  let env: SiteAndGraph;
  beforeEach(async () => {
    env = await startSiteAndGraph();
    await pnpFor(env.siteUrl).web.lists.add('Notes');
  });
  afterEach(async () => {
    await env.close();
  });

  const notes = (): string[] => {
    const list = env.sharePoint.store.lists().find((l) => l.title === 'Notes');
    return env.sharePoint.store.items(list?.id ?? '').map((item) => String(item.values.Title));
  };
  const spHeaders = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', Authorization: 'Bearer user:owner' };
  const addNote = (title: string, signal?: AbortSignal): Promise<Response> =>
    fetch(`${env.siteUrl}/_api/web/lists/getByTitle('Notes')/items`, { method: 'POST', headers: spHeaders, body: JSON.stringify({ Title: title }), signal });
  /** What the client saw: a status, `dropped` (no answer at all) or `timed out` (gave up waiting). */
  const outcome = async (request: Promise<Response>): Promise<string> => {
    try {
      const response = await request;
      return `${response.status} ${response.headers.get('retry-after') ?? '-'} ${await response.text()}`;
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timed out' : 'dropped';
    }
  };

  it('applies a SharePoint write, then answers 502/503/504 from a gateway, drops the connection or holds the answer past the timeout', async () => {
    const seen: string[] = [];
    for (const kind of [502, 503, 504, 'drop', 'timeout'] as const) {
      env.faults.configure({ enabled: true, postCommit: { rate: 1, kinds: [kind], holdMs: 400 }, paths: ['/sites/'] });
      seen.push(await outcome(addNote(`note ${kind}`, AbortSignal.timeout(200))));
    }
    expect(seen).toEqual(['502 - 502 Bad Gateway', '503 - 503 Service Unavailable', '504 - 504 Gateway Timeout', 'dropped', 'timed out']);
    expect(notes()).toEqual(['note 502', 'note 503', 'note 504', 'note drop', 'note timeout']);
    expect(env.faults.counts()).toEqual({ preCommit: 0, postCommit: 1, batchParts: 0 });
  });

  const part = (title: string): string =>
      [
        '--changeset_1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `POST ${env.siteUrl}/_api/web/lists/getByTitle('Notes')/items HTTP/1.1`,
        'Accept: application/json;odata=nometadata',
        'Content-Type: application/json',
        '',
        JSON.stringify({ Title: title }),
        ''
      ].join('\r\n');
  const postBatch = (titles: readonly string[]): Promise<Response> => {
    const body = ['--batch_1', 'Content-Type: multipart/mixed; boundary=changeset_1', '', ...titles.map(part), '--changeset_1--', '--batch_1--', ''].join('\r\n');
    return fetch(`${env.siteUrl}/_api/$batch`, { method: 'POST', headers: { ...spHeaders, 'Content-Type': 'multipart/mixed; boundary=batch_1' }, body });
  };

  it('applies every part of a SharePoint $batch whose answer is lost', async () => {
    env.faults.configure({ enabled: true, postCommit: { rate: 1, kinds: [504] }, paths: ['/sites/'] });
    const response = await postBatch(['a', 'b']);
    expect(response.status).toBe(504);
    expect(notes()).toEqual(['a', 'b']);
  });

  it('answers a SharePoint $batch with some parts applied and others refused 429/503 with Retry-After, not applied', async () => {
    env.faults.configure({ enabled: true, batchPartRate: 0.5, statuses: [429, 503], retryAfterSeconds: 2, paths: ['/sites/'], seed: 4 });
    const response = await postBatch(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(response.status).toBe(200);
    const text = await response.text();
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([201, 429, 429, 201, 503, 201]);
    expect(text.match(/^Retry-After: 2$/gm)?.length).toBe(3);
    expect(notes()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].filter((_, i) => statuses[i] === 201));
    expect(env.faults.counts()).toEqual({ preCommit: 0, postCommit: 0, batchParts: statuses.filter((s) => s !== 201).length });
  });

  it('answers a Graph $batch with some requests run and others refused with Retry-After, not run', async () => {
    env.faults.configure({ enabled: true, batchPartRate: 0.5, statuses: [503], retryAfterSeconds: 2, paths: ['/graph/'], seed: 4 });
    const mail = alertSendMail({ ...IMMEDIATE, channel: 'mail', target: 'lead@contoso.test' }, TAB, 'vn-m1', ['lead@contoso.test']);
    const requests = ['1', '2', '3', '4'].map((id) => ({ id, method: 'POST', url: '/me/sendMail', headers: { 'Content-Type': 'application/json' }, body: mail }));
    const response = await fetch(`${env.graphUrl}/$batch`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer user:ann@contoso.test' }, body: JSON.stringify({ requests }) });
    const answers = ((await response.json()) as { responses: { id: string; status: number; headers: Record<string, string> }[] }).responses;
    expect(answers.map((a) => [a.id, a.status, a.headers['Retry-After']])).toEqual([
      ['1', 202, undefined],
      ['2', 503, '2'],
      ['3', 503, '2'],
      ['4', 202, undefined]
    ]);
    expect(env.graph.outbox().length).toBe(answers.filter((a) => a.status === 202).length);
  });

  it('applies Graph sendMail, a Graph $batch and a Workflows webhook post whose answers are lost', async () => {
    const lose = (kind: 'drop' | 503): void => env.faults.configure({ enabled: true, postCommit: { rate: 1, kinds: [kind] }, paths: ['/graph/', '/webhooks/'] });
    const graphHeaders = { 'Content-Type': 'application/json', Authorization: 'Bearer user:ann@contoso.test' };
    const mail = alertSendMail({ ...IMMEDIATE, channel: 'mail', target: 'lead@contoso.test' }, TAB, 'vn-m1', ['lead@contoso.test']);
    const seen: string[] = [];
    lose(503);
    seen.push(await outcome(fetch(`${env.graphUrl}/me/sendMail`, { method: 'POST', headers: graphHeaders, body: JSON.stringify(mail) })));
    lose('drop');
    const batch = { requests: [{ id: '1', method: 'POST', url: '/me/sendMail', headers: { 'Content-Type': 'application/json' }, body: mail }] };
    seen.push(await outcome(fetch(`${env.graphUrl}/$batch`, { method: 'POST', headers: graphHeaders, body: JSON.stringify(batch) })));
    seen.push(await outcome(fetch(`${env.origin}/webhooks/workflows/sales-alerts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(workflowPost(IMMEDIATE, TAB, 'vn-w1')) })));
    expect(seen).toEqual(['503 - 503 Service Unavailable', 'dropped', 'dropped']);
    expect(env.graph.outbox().map((item) => item.kind)).toEqual(['mail', 'mail', 'webhook']);
  });

  it('mixes with the pre-commit faults in one seeded sequence: a pre-commit fault stores nothing, a post-commit one stores the write', async () => {
    env.faults.configure({ enabled: true, failureRate: 0.1, statuses: [429, 503], dropRate: 0.05, retryAfterSeconds: 0, postCommit: { rate: 0.15, kinds: [502, 503, 504] }, paths: ['/sites/'], seed: 9 });
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) seen.push(await outcome(addNote(`n${i}`)));
    // Pre-commit answers carry the service's JSON body and Retry-After; a gateway's carry neither.
    const kind = (s: string): string => (s.startsWith('201') ? 'stored' : s === 'dropped' || s.startsWith('429 0') || s.startsWith('503 0') ? 'refused' : 'lost');
    const tally = (k: string): number => seen.filter((s) => kind(s) === k).length;
    expect([tally('stored'), tally('refused'), tally('lost')]).toEqual([153, 24, 23]);
    expect(env.faults.counts()).toEqual({ preCommit: 24, postCommit: 23, batchParts: 0 });
    expect(notes()).toEqual(seen.map((s, i) => (kind(s) === 'refused' ? undefined : `n${i}`)).filter((t) => t !== undefined));
  }, 60_000);

  it('refuses a bad post-commit configuration', () => {
    expect(() => env.faults.configure({ postCommit: { rate: 2, kinds: [502] } })).toThrow(new RangeError('postCommit.rate must be between 0 and 1, got 2.'));
    expect(() => env.faults.configure({ postCommit: { rate: 0.1, kinds: [] } })).toThrow(new RangeError('postCommit.kinds needs one or more of "drop", "timeout", 502, 503 and 504.'));
  });
});
