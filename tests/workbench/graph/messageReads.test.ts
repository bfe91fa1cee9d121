import type { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { failure, graphClient, removeDir, SEED, START, startEmulator } from './harness';
import type { RunningEmulator } from './harness';

let running: RunningEmulator;
let client: Client;

beforeEach(async () => {
  running = await startEmulator();
  running.emulator.seed(SEED);
  client = graphClient(running.origin, 'ben@contoso.test');
});

afterEach(async () => {
  await running.close();
  removeDir(running.dataDir);
});

const MINUTE = 60_000;

function card(id: string): Record<string, unknown> {
  const content = JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', id: `vn-delivery-${id}`, text: id }] });
  return { body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` }, attachments: [{ id, contentType: 'application/vnd.microsoft.card.adaptive', content }] };
}

/** Posts one message per minute from START: ids 1, 2, 3... */
async function post(path: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await client.api(path).post(card(id));
    running.clock.now += MINUTE;
  }
}

describe('GET chat and channel messages (the delivery look-up)', () => {
  it('lists a chat newest first in pages, attachments as posted, and filters on the $orderby property only', async () => {
    await post('/chats/c1/messages', ['vna', 'vnb', 'vnc']);
    await post('/chats/other/messages', ['vnz']);
    const first = (await client.api('/chats/c1/messages').query({ $top: '2' }).get()) as { value: { id: string; createdDateTime: string; attachments: { id: string }[] }[]; '@odata.nextLink'?: string };
    expect(first.value.map((m) => [m.id, m.createdDateTime, m.attachments[0].id])).toEqual([
      ['3', '2026-10-31T12:02:00.000Z', 'vnc'],
      ['2', '2026-10-31T12:01:00.000Z', 'vnb']
    ]);
    const second = (await client.api(first['@odata.nextLink'] ?? '').get()) as { value: { id: string }[]; '@odata.nextLink'?: string };
    expect([second.value.map((m) => m.id), second['@odata.nextLink']]).toEqual([['1'], undefined]);
    const recent = (await client.api('/chats/c1/messages').query({ $orderby: 'lastModifiedDateTime desc', $filter: `lastModifiedDateTime gt ${new Date(START + 30_000).toISOString()}` }).get()) as { value: { id: string }[] };
    expect(recent.value.map((m) => m.id)).toEqual(['3', '2']);
    // Graph ignores a filter on another property than $orderby's.
    const ignored = (await client.api('/chats/c1/messages').query({ $orderby: 'createdDateTime desc', $filter: `lastModifiedDateTime gt ${new Date(START + 30_000).toISOString()}` }).get()) as { value: { id: string }[] };
    expect(ignored.value.map((m) => m.id)).toEqual(['3', '2', '1']);
    const refused = await failure(client.api('/chats/c1/messages').query({ $orderby: 'createdDateTime desc', $filter: 'createdDateTime gt 2026-10-31T12:00:00Z' }).get());
    expect([refused.statusCode, refused.message]).toEqual([400, 'createdDateTime supports only the lt operator in $filter.']);
  });

  it('lists a channel newest first with $top and refuses $filter', async () => {
    await post('/teams/t1/channels/19:x@thread.tacv2/messages', ['vna', 'vnb']);
    const page = (await client.api('/teams/t1/channels/19:x@thread.tacv2/messages').query({ $top: '50' }).get()) as { value: { id: string; channelIdentity: unknown; from: { user: { displayName: string } } }[] };
    expect(page.value.map((m) => [m.id, m.channelIdentity, m.from.user.displayName])).toEqual([
      ['2', { teamId: 't1', channelId: '19:x@thread.tacv2' }, 'Ben Seller'],
      ['1', { teamId: 't1', channelId: '19:x@thread.tacv2' }, 'Ben Seller']
    ]);
    const refused = await failure(client.api('/teams/t1/channels/19:x@thread.tacv2/messages').query({ $filter: 'createdDateTime gt 2026-10-31T12:00:00Z' }).get());
    expect([refused.statusCode, refused.message]).toEqual([400, "Query option '$filter' is not supported on channel messages."]);
  });
});

describe('GET Sent Items with $filter and $orderby', () => {
  const mail = (subject: string): Record<string, unknown> => ({ message: { subject, body: { contentType: 'HTML', content: '<p>x</p>' }, toRecipients: [{ emailAddress: { address: 'lead@contoso.test' } }] }, saveToSentItems: true });

  it('finds sent alert mails after a time, newest first, and refuses an $orderby missing from $filter', async () => {
    for (const subject of ['A [ref vn1]', 'B [ref vn2]', 'C [ref vn3]']) {
      await client.api('/me/sendMail').post(mail(subject));
      running.clock.now += MINUTE;
    }
    const since = `sentDateTime ge ${new Date(START + MINUTE).toISOString().replace('.000', '')}`;
    const found = (await client.api('/me/mailFolders/sentitems/messages').query({ $filter: since, $orderby: 'sentDateTime desc', $select: 'id,subject', $top: '1' }).get()) as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
    expect(found.value).toEqual([{ id: 'sent-3', subject: 'C [ref vn3]' }]);
    const next = (await client.api(found['@odata.nextLink'] ?? '').get()) as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
    expect([next.value, next['@odata.nextLink']]).toEqual([[{ id: 'sent-2', subject: 'B [ref vn2]' }], undefined]);
    const inefficient = await failure(client.api('/me/mailFolders/sentitems/messages').query({ $filter: since, $orderby: 'receivedDateTime desc' }).get());
    expect([inefficient.statusCode, inefficient.code]).toEqual([400, 'InefficientFilter']);
    const unsupported = await failure(client.api('/me/mailFolders/sentitems/messages').query({ $filter: "contains(subject,'vn1')" }).get());
    expect([unsupported.statusCode, unsupported.code]).toEqual([400, 'ErrorInvalidUrlQueryFilter']);
  });
});
