import { htmlToText } from '../../../workbench/client/outbox/mailText';
import { formatOutboxTime, outboxRows } from '../../../workbench/client/outbox/outboxRows';
import type { OutboxItem } from '../../../workbench/server/graph/types';

describe('htmlToText', () => {
  it('drops script, style, comments and attachment placeholders, keeps line structure and decodes entities', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><!-- hidden --><p>Deal&nbsp;<b>OPP-1</b> is late &amp; at risk</p>' +
      '<script>alert(1)</script><img src=x onerror="alert(2)">Owner:<br>Priya &#x2192; Vera &#8364;5 &hellip;' +
      '<attachment id="a1"></attachment></body></html>';
    expect(htmlToText(html)).toBe('Deal OPP-1 is late & at risk\nOwner:\nPriya → Vera €5 &hellip;');
  });

  it('gives an empty string for empty or tag-only input', () => {
    expect([htmlToText(''), htmlToText('<p></p><br>')]).toEqual(['', '']);
  });
});

describe('outboxRows', () => {
  const item = (over: Partial<OutboxItem> & Pick<OutboxItem, 'id' | 'time' | 'kind'>): OutboxItem => ({ target: 't', sender: 's@x', cards: [], ...over });

  it('lists newest first, ties by the later id, with labels, UTC times and plain-text bodies', () => {
    const rows = outboxRows([
      item({ id: '1', time: '2026-10-31T12:00:01.000Z', kind: 'chatMessage', target: 'chats/c1', body: '<attachment id="a"></attachment>', bodyContentType: 'html', cards: [{ type: 'AdaptiveCard' }] }),
      item({ id: '2', time: '2026-10-31T12:00:02.000Z', kind: 'mail', target: 'vera@x', subject: 'Late', body: '<p>Hi &amp; bye</p>', bodyContentType: 'HTML' }),
      item({ id: '3', time: '2026-10-31T12:00:02.000Z', kind: 'webhook', target: 'webhooks/w1', sender: '' })
    ]);
    expect(rows).toEqual([
      { id: '3', heading: 'Workflows webhook to webhooks/w1', meta: 'From a Workflows flow (no signed-in user) · 2026-10-31 12:00:02 UTC', subject: undefined, text: undefined, cards: [], links: [] },
      { id: '2', heading: 'Mail to vera@x', meta: 'From s@x · 2026-10-31 12:00:02 UTC', subject: 'Late', text: 'Hi & bye', cards: [], links: [] },
      { id: '1', heading: 'Teams chat message to chats/c1', meta: 'From s@x · 2026-10-31 12:00:01 UTC', subject: undefined, text: undefined, cards: [{ type: 'AdaptiveCard' }], links: [] }
    ]);
  });

  it('leaves a time it cannot read as written', () => {
    expect(formatOutboxTime('yesterday')).toBe('yesterday');
  });
});
