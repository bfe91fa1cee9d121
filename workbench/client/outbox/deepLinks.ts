/**
 * Links in what the product sent, as the outbox shows them: a Teams deep link into the Performance
 * Dashboard tab (`https://teams.microsoft.com/l/entity/<app>/<entity>?context={"subEntityId":...}`)
 * opens the workbench's own dashboard in the emulated Teams tab with the same `subEntityId`
 * (`?host=teamsTab&opportunity=...`), so a link can be followed without a tenant. Other links stay as sent.
 */
export interface OutboxLink {
  readonly text: string;
  /** Where the link leads in the workbench. */
  readonly href: string;
  /** The link as sent. */
  readonly sent: string;
}

/** The workbench URL (path and query) of a Teams deep link into the dashboard, else `url` unchanged. */
export function workbenchHref(url: string): string {
  const match = /^https:\/\/teams\.microsoft\.com\/l\/entity\/[^/?#]+\/[^/?#]+\?(.*)$/.exec(url);
  if (!match) return url;
  const context = new URLSearchParams(match[1]).get('context');
  if (context === null) return url;
  try {
    const parsed = JSON.parse(context) as { subEntityId?: unknown };
    if (typeof parsed.subEntityId !== 'string') return url;
    return `/?${new URLSearchParams({ host: 'teamsTab', opportunity: parsed.subEntityId }).toString()}`;
  } catch {
    return url;
  }
}

const decode = (text: string): string => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every `<a href>` of a mail's HTML, in order, with its text (tags dropped, entities decoded). */
export function mailLinks(html: string): OutboxLink[] {
  const links: OutboxLink[] = [];
  const anchor = /<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (let m = anchor.exec(html); m !== null; m = anchor.exec(html)) {
    const sent = decode(m[1]);
    links.push({ text: decode(m[2].replace(/<[^>]*>/g, '')).trim(), href: workbenchHref(sent), sent });
  }
  return links;
}

/** Every `Action.OpenUrl` of a card (its actions and any element's `selectAction`), in document order. */
export function cardLinks(card: unknown): OutboxLink[] {
  const links: OutboxLink[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') links.push({ text: typeof o.title === 'string' ? o.title : o.url, href: workbenchHref(o.url), sent: o.url });
    for (const value of Object.values(o)) if (typeof value === 'object') visit(value);
  };
  visit(card);
  return links;
}
