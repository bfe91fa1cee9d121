import type { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { failure, graphClient, removeDir, SEED, startEmulator } from './harness';
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

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Deal Fabrikam: no economic buyer meeting yet' }] };

function cardMessage(content: unknown, reference: string = 'a1'): Record<string, unknown> {
  return {
    body: { contentType: 'html', content: `<attachment id="${reference}"></attachment>` },
    attachments: [{ id: 'a1', contentType: 'application/vnd.microsoft.card.adaptive', content }]
  };
}

describe('channel and chat messages', () => {
  it('accepts an Adaptive Card attachment as a JSON string and answers the chatMessage', async () => {
    const created = await client.api('/teams/team-1/channels/19:sales@thread.tacv2/messages').post(cardMessage(JSON.stringify(card)));
    expect(created).toEqual({
      '@odata.context': `${running.origin}/graph/v1.0/$metadata#teams/team-1/channels/19:sales@thread.tacv2/messages/$entity`,
      id: '1',
      replyToId: null,
      etag: '1',
      messageType: 'message',
      createdDateTime: '2026-10-31T12:00:00.000Z',
      lastModifiedDateTime: '2026-10-31T12:00:00.000Z',
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: null,
      summary: null,
      chatId: null,
      importance: 'normal',
      locale: 'en-us',
      webUrl: null,
      channelIdentity: { teamId: 'team-1', channelId: '19:sales@thread.tacv2' },
      policyViolation: null,
      eventDetail: null,
      from: { application: null, device: null, user: { id: 'u-ben', displayName: 'Ben Seller', userIdentityType: 'aadUser' } },
      body: { contentType: 'html', content: '<attachment id="a1"></attachment>' },
      attachments: [{ id: 'a1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }],
      mentions: [],
      reactions: []
    });
  });

  it('refuses a card object instead of a string, an unreferenced attachment, a dangling reference and a bad contentType', async () => {
    const asObject = await failure(client.api('/chats/19:chat@thread.v2/messages').post(cardMessage(card)));
    expect([asObject.statusCode, asObject.code, asObject.message]).toEqual([400, 'RequestBodyRead', 'attachments[0].content must be the card as a JSON string.']);
    const unreferenced = await failure(client.api('/chats/c/messages').post({ ...cardMessage(JSON.stringify(card)), body: { contentType: 'html', content: 'Alert' } }));
    expect(unreferenced.message).toBe('Attachment \'a1\' is not referenced by <attachment id="a1"></attachment> in an html body.');
    const dangling = await failure(client.api('/chats/c/messages').post({ body: { contentType: 'html', content: '<attachment id="zz"></attachment>' } }));
    expect(dangling.message).toBe("The body references attachment 'zz', which the message does not carry.");
    const notACard = await failure(client.api('/chats/c/messages').post(cardMessage(JSON.stringify({ type: 'Card' }))));
    expect(notACard.message).toBe('attachments[0].content is not an Adaptive Card (type must be "AdaptiveCard").');
    const badType = await failure(client.api('/chats/c/messages').post({ body: { contentType: 'markdown', content: 'x' } }));
    expect([badType.statusCode, badType.code]).toEqual([400, 'RequestBodyRead']);
  });

  it('refuses a message above 28 KB with 413', async () => {
    const error = await failure(client.api('/chats/c/messages').post({ body: { content: 'x'.repeat(28 * 1024) } }));
    expect([error.statusCode, error.code]).toEqual([413, 'RequestEntityTooLarge']);
  });

  it('posts a plain text chat message (default contentType text)', async () => {
    const created = await client.api('/chats/19:chat@thread.v2/messages').post({ body: { content: 'Hello world' } });
    expect([created.chatId, created.channelIdentity, created.body]).toEqual(['19:chat@thread.v2', null, { contentType: 'text', content: 'Hello world' }]);
  });
});

describe('sendMail', () => {
  const mail = {
    message: { subject: 'Deal alert', body: { contentType: 'Text', content: 'Fabrikam is single-threaded.' }, toRecipients: [{ emailAddress: { address: 'ada@contoso.test' } }] },
    saveToSentItems: false
  };

  it('answers 202 for a valid message and keeps it out of Sent Items when asked', async () => {
    await client.api('/me/sendMail').post(mail);
    const sent = await client.api('/me/mailFolders/sentitems/messages/delta').get();
    expect(sent.value).toEqual([]);
    await client.api('/users/u-ben/sendMail').post({ ...mail, saveToSentItems: true });
    const saved = await client.api('/me/mailFolders/sentitems/messages/delta').select('subject').get();
    expect(saved.value).toEqual([{ id: 'sent-2', subject: 'Deal alert' }]);
  });

  it('refuses saveToSentItems "false" as a string with Graph\'s 400, and other schema violations', async () => {
    const stringFlag = await failure(client.api('/me/sendMail').post({ ...mail, saveToSentItems: 'false' }));
    expect([stringFlag.statusCode, stringFlag.code, stringFlag.message]).toEqual([400, 'RequestBodyRead', "Cannot convert the literal 'false' to the expected type 'Edm.Boolean'."]);
    const noRecipients = await failure(client.api('/me/sendMail').post({ message: { ...mail.message, toRecipients: [] } }));
    expect([noRecipients.code, noRecipients.message]).toEqual(['ErrorInvalidRecipients', "At least one recipient is required in 'toRecipients'."]);
    const unwrapped = await failure(client.api('/me/sendMail').post(mail.message));
    expect(unwrapped.message).toBe("The request body must contain a 'message' object.");
    const badAddress = await failure(client.api('/me/sendMail').post({ message: { ...mail.message, toRecipients: [{ emailAddress: { address: 'ada' } }] } }));
    expect(badAddress.message).toBe('The recipient toRecipients[0] has no valid emailAddress.address.');
    expect(running.emulator.outbox()).toEqual([]);
  });
});

describe('Workflows webhook and the outbox', () => {
  it('accepts a card object, refuses a card string, and records every sent item in order', async () => {
    const post = (body: unknown): Promise<Response> =>
      fetch(`${running.origin}/webhooks/workflows/wf-42`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] })).status).toBe(202);
    const refused = await post({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }] });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('attachments[0].content is not an Adaptive Card (type must be "AdaptiveCard").');

    running.clock.now += 1000;
    await client.api('/chats/c1/messages').post(cardMessage(JSON.stringify(card)));
    running.clock.now += 1000;
    await client.api('/me/sendMail').post({ message: { subject: 'Weekly digest', body: { contentType: 'html', content: '<p>3 deals at risk</p>' }, toRecipients: [{ emailAddress: { address: 'ada@contoso.test' } }, { emailAddress: { address: 'lead@contoso.test' } }] } });

    const listed = (await (await fetch(`${running.origin}/_workbench/outbox`)).json()) as unknown;
    expect(listed).toEqual([
      { id: '1', time: '2026-10-31T12:00:00.000Z', kind: 'webhook', target: 'webhooks/wf-42', sender: '', cards: [card] },
      { id: '2', time: '2026-10-31T12:00:01.000Z', kind: 'chatMessage', target: 'chats/c1', sender: 'ben@contoso.test', body: '<attachment id="a1"></attachment>', bodyContentType: 'html', cards: [card], attachments: [{ id: 'a1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }] },
      { id: '3', time: '2026-10-31T12:00:02.000Z', kind: 'mail', target: 'ada@contoso.test,lead@contoso.test', sender: 'ben@contoso.test', subject: 'Weekly digest', body: '<p>3 deals at risk</p>', bodyContentType: 'html', cards: [] }
    ]);
    expect(running.emulator.outbox()).toEqual(listed);
  });
});
