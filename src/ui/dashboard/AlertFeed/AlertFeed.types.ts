import type { FeedItem } from '../../../services';

export interface IAlertFeedProps {
  readonly items: readonly FeedItem[];
  readonly locale: string;
  /** Filters the opportunity list to exactly the alert's deals. */
  readonly onShowDeals: (item: FeedItem) => void;
  readonly onAcknowledge: (item: FeedItem) => void;
  /** Snoozes a digest (7 days); absent: no snooze. */
  readonly onSnooze?: (item: FeedItem) => void;
  /** Epoch ms: a snooze ending before it is over. */
  readonly now: number;
  /** Display name of a login (the directory's, or read from the address). */
  readonly nameOf: (login: string) => string;
  /** The dedupe key of the alert the list is filtered to, if any. */
  readonly selectedKey?: string;
}
