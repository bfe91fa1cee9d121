/** The English (en-US) strings of the alert feed. */
import type { AlertStrings } from './strings';

const plural = (count: number, one: string, other: string): string => (count === 1 ? one : other);

export const enUs: AlertStrings = {
  heading: 'Alerts',
  none: 'No alert has been sent for these deals yet.',
  loadFailed: 'The alerts could not be loaded',
  states: { sent: 'Sent', retried: 'Sent after a retry', failed: 'Failed', pending: 'Not sent yet' },
  levels: { info: 'Low', warning: 'Medium', critical: 'High' },
  deals: (n) => `${n} ${plural(n, 'deal', 'deals')}`,
  recorded: (w) => `Recorded ${w}`,
  acknowledge: 'Acknowledge',
  acknowledged: (who, when) => `Acknowledged by ${who}, ${when}`,
  acknowledgeFailed: 'The acknowledgement could not be saved',
  snooze: 'Snooze 7 days',
  snoozedUntil: (w) => `Snoozed until ${w}: no digest of this kind until then`,
  showDeals: 'Show these deals',
  filtered: (n, t) => `Showing the ${n} ${plural(n, 'deal', 'deals')} of the alert "${t}".`,
  filteredMissing: (n) => `${n} ${plural(n, 'deal of this alert was', 'deals of this alert were')} deleted since.`,
  unknownAlert: 'The alert of this link is not in the alert log any more; all deals are shown.',
  showAll: 'Show all deals'
};
