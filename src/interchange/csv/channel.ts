import type { InteractionChannel } from '../../core/model';

/** Every channel the model knows, in the order they are listed to users. */
export const INTERACTION_CHANNELS: readonly InteractionChannel[] = ['meeting', 'mail', 'call', 'task', 'document', 'workflow', 'other'];

// Spellings that workflow and CRM exports commonly use for the same channel. Kept short on purpose:
// anything else is refused so that a typo never lands silently in 'other'.
const SYNONYMS: Readonly<Record<string, InteractionChannel>> = {
  email: 'mail',
  'e-mail': 'mail',
  appointment: 'meeting',
  calendar: 'meeting',
  phone: 'call',
  'phone call': 'call',
  todo: 'task',
  doc: 'document',
  file: 'document'
};

export type ChannelParseResult = { readonly ok: true; readonly value: InteractionChannel } | { readonly ok: false; readonly reason: string };

/**
 * Maps a channel cell to an {@link InteractionChannel}; case and surrounding spaces are ignored and a
 * few common synonyms are accepted (email -> mail, phone -> call, appointment -> meeting ...).
 *
 * @param raw - the cell text; callers handle the empty cell (no channel) before calling
 * @returns the channel, or a reason listing the allowed values
 */
export function parseChannel(raw: string): ChannelParseResult {
  const key = raw.trim().toLowerCase();
  const direct = INTERACTION_CHANNELS.find((c) => c === key);
  const value = direct ?? (Object.prototype.hasOwnProperty.call(SYNONYMS, key) ? SYNONYMS[key] : undefined);
  if (value !== undefined) return { ok: true, value };
  return { ok: false, reason: `"${raw}" is not a channel; use one of ${INTERACTION_CHANNELS.join(', ')}` };
}
