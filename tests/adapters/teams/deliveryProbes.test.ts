import type { PlannedAlert } from '../../../src/core/alerts/evaluateAlertRules';
import { createRoutingProbe, createSentItemsProbe, createTeamsMessageProbe, messageCarries, subjectCarries } from '../../../src/adapters/teams/deliveryProbes';

const SINCE = Date.UTC(2026, 10, 2, 9, 30, 0);

function alert(channel: PlannedAlert['channel'], target: string): PlannedAlert {
  return { dedupeKey: 'O1|r|x|open', ruleId: 'r', ruleName: 'R', opportunityId: 'O1', level: 'warning', channel, target, title: 'T', lines: [] };
}

/** A fetch answering pages in turn and recording every URL asked for. */
function pages(bodies: readonly unknown[]): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  let i = 0;
  const fake = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return new Response(JSON.stringify(bodies[i++] ?? { value: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fake, urls };
}

const BASE = 'https://graph.microsoft.com/v1.0';
const card = (id: string): string => JSON.stringify({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', id: `vn-delivery-${id}` }] });

describe('delivery matching', () => {
  it('matches a chat message by attachment id or by the card block id, and a mail by its subject reference', () => {
    expect(messageCarries({ attachments: [{ id: 'vn1', content: '{}' }] }, 'vn1')).toBe(true);
    expect(messageCarries({ attachments: [{ id: 'rewritten', content: card('vn1') }] }, 'vn1')).toBe(true);
    expect(messageCarries({ attachments: [{ id: 'vn12', content: card('vn12') }] }, 'vn1')).toBe(false);
    expect(messageCarries({ body: { content: '<!-- vn1 -->' } }, 'vn1')).toBe(false);
    expect(subjectCarries({ subject: 'Overdue: Acme [ref vn1]' }, 'vn1')).toBe(true);
    expect(subjectCarries({ subject: 'Overdue: Acme [ref vn12]' }, 'vn1')).toBe(false);
  });
});

describe('delivery probes', () => {
  it('reads a chat newest first from five minutes before the claim and follows nextLink until the message', async () => {
    const http = pages([{ value: [{ id: 'm9', attachments: [] }], '@odata.nextLink': `${BASE}/chats/c1/messages?$skiptoken=x` }, { value: [{ id: 'm8', attachments: [{ id: 'vn1', content: card('vn1') }] }] }]);
    const found = await createTeamsMessageProbe({ graphBaseUrl: BASE, fetch: http.fetch }).find(alert('teams-chat', '19:c1@thread.v2'), 'vn1', SINCE);
    expect(found).toBe('m8');
    expect(http.urls.map(decodeURIComponent)).toEqual([
      `${BASE}/chats/19:c1@thread.v2/messages?$top=50&$orderby=lastModifiedDateTime+desc&$filter=lastModifiedDateTime+gt+2026-11-02T09:25:00Z`,
      `${BASE}/chats/c1/messages?$skiptoken=x`
    ]);
  });

  it('stops reading a channel at the first page older than the claim', async () => {
    const old = { id: 'm1', createdDateTime: '2026-11-01T08:00:00Z', attachments: [] };
    const http = pages([{ value: [old], '@odata.nextLink': `${BASE}/teams/t/channels/c/messages?$skiptoken=y` }]);
    expect(await createTeamsMessageProbe({ graphBaseUrl: BASE, fetch: http.fetch }).find(alert('teams-channel', 't/c'), 'vn1', SINCE)).toBeUndefined();
    expect(http.urls).toEqual([`${BASE}/teams/t/channels/c/messages?$top=50`]);
  });

  it('searches the mailbox Sent Items with the $orderby property first in $filter', async () => {
    const http = pages([{ value: [{ id: 'AAMk1', subject: 'Stalled: Acme [ref vn1]' }] }]);
    const found = await createSentItemsProbe({ graphBaseUrl: BASE, mailbox: 'alerts@contoso.com', fetch: http.fetch }).find(alert('mail', 'lead@contoso.com'), 'vn1', SINCE);
    expect(found).toBe('AAMk1');
    expect(http.urls.map(decodeURIComponent)).toEqual([
      `${BASE}/users/alerts@contoso.com/mailFolders/sentitems/messages?$select=id,subject,sentDateTime&$top=50&$filter=sentDateTime+ge+2026-11-02T09:25:00Z&$orderby=sentDateTime+desc`
    ]);
  });

  it('says which channels it can search', () => {
    const probe = createRoutingProbe({ mail: createSentItemsProbe({ graphBaseUrl: BASE, mailbox: 'me' }) });
    expect([probe.canSearch?.(alert('mail', 'x')), probe.canSearch?.(alert('webhook', 'x'))]).toEqual([true, false]);
  });
});
