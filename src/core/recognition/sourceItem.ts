/**
 * A record read from a Microsoft 365 history source, reduced to the metadata that recognition needs.
 * The Graph adapters map calendar events, mail metadata, Planner tasks and list items to this shape;
 * everything else Graph returns is dropped before it reaches core. Times are epoch milliseconds (UTC).
 */

export type SourceItemKind = 'meeting' | 'mail' | 'plannerTask' | 'listItem';

/** `graph:calendar`, `graph:mail`, `graph:planner` or `graph:list`: the `source` of the interactions made from it. */
export type GraphSourceName = 'graph:calendar' | 'graph:mail' | 'graph:planner' | 'graph:list';

export interface SourceItem {
  readonly kind: SourceItemKind;
  readonly source: GraphSourceName;
  /**
   * Stable across mailboxes and re-syncs: the iCalUId of a meeting, the internetMessageId of a mail,
   * the task id, `listId/itemId` of a list item (falling back to the Graph id). Becomes the source key.
   */
  readonly stableId: string;
  readonly timestamp: number;
  /** Subject of a meeting or mail, title of a task; '' when absent. */
  readonly subject: string;
  /** Organiser, sender or (tasks) the first assignee, lower-case email/UPN. */
  readonly from?: string;
  /** Attendees, recipients or further assignees, lower-case. */
  readonly to: readonly string[];
  /** Planner tasks: true when completed (percentComplete 100). */
  readonly completed?: boolean;
  /** List items: the list's display name. */
  readonly listTitle?: string;
  /** List items: field values as text, by internal name. */
  readonly fields?: Readonly<Record<string, string>>;
}

/** The source key of the interaction made from an item: `<source>:<stableId>`. */
export function sourceKeyOf(item: Pick<SourceItem, 'source' | 'stableId'>): string {
  return `${item.source}:${item.stableId}`;
}
