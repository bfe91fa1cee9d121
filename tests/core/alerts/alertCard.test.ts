import { buildAlertCard, MAX_CARD_BYTES, utf8Length } from '../../../src/core/alerts/alertCard';
import { buildAlertEmail, escapeHtml } from '../../../src/core/alerts/alertEmail';
import { opportunityDeepLink } from '../../../src/core/alerts/teamsDeepLink';
import { digestOf, IMMEDIATE, TAB } from '../../fixtures/alerts/plannedAlerts';

const LINK = 'https://teams.microsoft.com/l/entity/a1b2c3d4-0000-4000-8000-000000000001/performanceDashboard?context=%7B%22subEntityId%22%3A%22O1%22%7D';

describe('opportunityDeepLink', () => {
  it('URL-encodes the subEntityId context', () => {
    expect(opportunityDeepLink(TAB, 'O1')).toBe(LINK);
    expect(opportunityDeepLink(TAB, 'a&b c')).toBe('https://teams.microsoft.com/l/entity/a1b2c3d4-0000-4000-8000-000000000001/performanceDashboard?context=%7B%22subEntityId%22%3A%22a%26b%20c%22%7D');
  });
});

describe('buildAlertCard', () => {
  it('builds a 1.5 card with the deep link, escaped markdown and the delivery reference', () => {
    const card = buildAlertCard(IMMEDIATE, TAB, 'c-42');
    expect(card).toEqual({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      fallbackText: 'Missing: Acme & Co "big" deal',
      body: [
        { type: 'TextBlock', text: 'Missing: Acme & Co "big" deal', size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
        { type: 'TextBlock', text: 'Rule: Missing <exchanges>', isSubtle: true, spacing: 'None', wrap: true },
        {
          type: 'Container',
          separator: true,
          selectAction: { type: 'Action.OpenUrl', url: LINK, title: 'Open the opportunity' },
          items: [
            { type: 'TextBlock', text: 'High \u00b7 Acme & Co "big" deal', weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: 'Business case <b>missing</b> \\*now\\*', wrap: true, spacing: 'Small' }
          ]
        },
        { type: 'TextBlock', id: 'vn-delivery-c-42', text: 'Ref c-42', isSubtle: true, size: 'Small', wrap: true }
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Open the opportunity', url: LINK }]
    });
  });

  it('drops digest lines until the card fits, saying how many are left out', () => {
    const card = buildAlertCard(digestOf(200), TAB, 'c-1');
    const size = utf8Length(JSON.stringify(card));
    expect(size).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const body = card.body as { text?: string; type: string }[];
    const shown = body.filter((b) => b.type === 'Container').length;
    expect(body[body.length - 2].text).toBe(`and ${200 - shown} more`);
    // 200 -> 180 -> 162 -> 145 -> 130 -> 117 -> 105 -> 94 -> 84 -> 75 -> 67 -> 60 -> 54 -> 48 -> 43 -> 38 lines (a tenth less per step).
    expect(shown).toBe(38);
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a\u00e9\u20ac\ud83d\ude00')).toBe(1 + 2 + 3 + 4);
  });
});

describe('buildAlertEmail', () => {
  it('escapes every value and tags the subject with the delivery reference', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const mail = buildAlertEmail(IMMEDIATE, TAB, 'c-42');
    expect(mail.subject).toBe('Missing: Acme & Co "big" deal [ref c-42]');
    expect(mail.html).toBe(
      '<html><body><h2>Missing: Acme &amp; Co &quot;big&quot; deal</h2><p>Rule: Missing &lt;exchanges&gt;</p><ul>' +
        `<li><a href="${LINK}">Acme &amp; Co &quot;big&quot; deal</a> (High): Business case &lt;b&gt;missing&lt;/b&gt; *now*</li>` +
        '</ul><p style="color:#666">Ref c-42</p></body></html>'
    );
  });
});
