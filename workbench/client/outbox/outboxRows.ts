import type { OutboxItem, OutboxKind } from '../../server/graph/types';
import { mailLinks, type OutboxLink } from './deepLinks';
import { htmlToText } from './mailText';

/** One outbox entry as the panel lists it: plain strings, ready to show. */
export interface OutboxRow {
  readonly id: string;
  /** e.g. `Chat message to chats/c1`. */
  readonly heading: string;
  /** e.g. `From priya.ito@contoso-sales.example · 2026-10-31 12:00:01 UTC`. */
  readonly meta: string;
  readonly subject?: string;
  /** The body as plain text (mail HTML stripped); undefined when the body only carries card references. */
  readonly text?: string;
  readonly cards: readonly unknown[];
  /** The mail's links (a card's links are followed in the card itself), deep links into the dashboard made workbench links. */
  readonly links: readonly OutboxLink[];
}

const kindLabels: Record<OutboxKind, string> = {
  channelMessage: 'Teams channel message',
  chatMessage: 'Teams chat message',
  mail: 'Mail',
  webhook: 'Workflows webhook',
  sms: 'SMS'
};

/** `2026-10-31T12:00:01.000Z` -> `2026-10-31 12:00:01 UTC`: UTC, as the emulator recorded it, so every viewer sees the same. */
export function formatOutboxTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : iso;
}

/** The outbox newest first (by time, then by the emulator's sequential id), mapped to rows. */
export function outboxRows(items: readonly OutboxItem[]): OutboxRow[] {
  const sorted = [...items].sort((a, b) => b.time.localeCompare(a.time) || Number(b.id) - Number(a.id));
  return sorted.map((item) => {
    const body = item.body === undefined ? undefined : item.bodyContentType?.toLowerCase() === 'html' ? htmlToText(item.body) : item.body.trim();
    return {
      id: item.id,
      heading: `${kindLabels[item.kind]} to ${item.target}`,
      meta: `From ${item.sender === '' ? 'a Workflows flow (no signed-in user)' : item.sender} · ${formatOutboxTime(item.time)}`,
      subject: item.subject,
      text: body === '' ? undefined : body,
      cards: item.cards,
      links: item.body !== undefined && item.bodyContentType?.toLowerCase() === 'html' ? mailLinks(item.body) : []
    };
  });
}
