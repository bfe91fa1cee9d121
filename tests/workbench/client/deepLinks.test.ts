import { cardLinks, mailLinks, workbenchHref } from '../../../workbench/client/outbox/deepLinks';
import { alertDeepLink, opportunityDeepLink } from '../../../src/core/alerts/teamsDeepLink';

const TAB = { appId: 'app-1', entityId: 'performanceDashboard' };

describe('outbox deep links', () => {
  it('turns a Teams deep link into the dashboard into the workbench dashboard in a Teams tab, and leaves other links alone', () => {
    expect(workbenchHref(alertDeepLink(TAB, '@ann@x.example|due|digest|2026-10-31'))).toBe('/?host=teamsTab&opportunity=alert%3A%40ann%40x.example%7Cdue%7Cdigest%7C2026-10-31');
    expect(workbenchHref(opportunityDeepLink(TAB, 'OPP-1'))).toBe('/?host=teamsTab&opportunity=OPP-1');
    expect(workbenchHref('https://example.com/x')).toBe('https://example.com/x');
    expect(workbenchHref('https://teams.microsoft.com/l/entity/a/b?context=not-json')).toBe('https://teams.microsoft.com/l/entity/a/b?context=not-json');
  });

  it('reads the links of a mail and of a card', () => {
    const link = opportunityDeepLink(TAB, 'OPP-1');
    expect(mailLinks(`<ul><li><a href="${link.replace(/&/g, '&amp;')}">Initech &amp; <b>Co</b></a></li></ul><a href="https://example.com">x</a>`)).toEqual([
      { text: 'Initech & Co', href: '/?host=teamsTab&opportunity=OPP-1', sent: link },
      { text: 'x', href: 'https://example.com', sent: 'https://example.com' }
    ]);
    const card = { type: 'AdaptiveCard', body: [{ type: 'Container', selectAction: { type: 'Action.OpenUrl', url: link, title: 'Open the opportunity' } }], actions: [{ type: 'Action.OpenUrl', title: 'Open these deals', url: alertDeepLink(TAB, 'k') }] };
    expect(cardLinks(card).map((l) => [l.text, l.href])).toEqual([['Open the opportunity', '/?host=teamsTab&opportunity=OPP-1'], ['Open these deals', '/?host=teamsTab&opportunity=alert%3Ak']]);
  });
});
