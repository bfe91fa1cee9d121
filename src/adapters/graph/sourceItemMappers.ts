/**
 * Pure mappers from Graph resources (as read with the sync's `$select`) to recognition's
 * {@link SourceItem}. They keep only metadata: subject, time, people, task completion, list fields.
 * An item without a readable time is `undefined` (the caller counts it as unreadable, never drops it
 * silently). Graph writes event times as `dateTime` + `timeZone`; the sync asks for UTC.
 */
import type { SourceItem } from '../../core/recognition';
import type { GraphResource } from './deltaReader';

/** `$select` of calendar events: what recognition needs, never the body. */
export const EVENT_SELECT: readonly string[] = ['subject', 'start', 'end', 'attendees', 'organizer', 'iCalUId', 'categories'];

/** `$select` of messages: metadata only, never `body` or `bodyPreview`. */
export const MESSAGE_SELECT: readonly string[] = ['from', 'toRecipients', 'ccRecipients', 'sentDateTime', 'receivedDateTime', 'subject', 'internetMessageId', 'conversationId'];

/** `$select` of Planner tasks. */
export const TASK_SELECT: readonly string[] = ['id', 'title', 'percentComplete', 'completedDateTime', 'createdDateTime', 'assignments'];

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** An ISO date-time to epoch ms; a value without a zone is UTC (Graph's `dateTimeTimeZone` in UTC). */
export function graphTime(value: unknown, timeZone?: unknown): number | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const zoned = /(Z|[+-]\d{2}:\d{2})$/i.test(raw);
  if (!zoned && timeZone !== undefined && timeZone !== null && String(timeZone).toUpperCase() !== 'UTC') return undefined;
  const ms = Date.parse(zoned ? raw : `${raw.replace(/(\.\d{3})\d*$/, '$1')}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

function address(recipient: unknown): string | undefined {
  const email = (recipient as { emailAddress?: { address?: unknown } } | undefined)?.emailAddress?.address;
  return text(email)?.toLowerCase();
}

function addresses(list: unknown): string[] {
  return Array.isArray(list) ? list.map(address).filter((a): a is string => a !== undefined) : [];
}

/** A calendar event: organiser as `from`, attendees as `to`, the start as time, iCalUId as stable id. */
export function eventToSourceItem(event: GraphResource): SourceItem | undefined {
  const start = event.start as { dateTime?: unknown; timeZone?: unknown } | undefined;
  const timestamp = graphTime(start?.dateTime, start?.timeZone);
  if (timestamp === undefined) return undefined;
  const from = address(event.organizer);
  return {
    kind: 'meeting',
    source: 'graph:calendar',
    // iCalUId is shared by every attendee's copy of the meeting; the Graph id is per mailbox.
    stableId: text(event.iCalUId) ?? String(event.id),
    timestamp,
    subject: text(event.subject) ?? '',
    ...(from !== undefined ? { from } : {}),
    to: addresses(event.attendees).filter((a) => a !== from)
  };
}

/** A message: sender as `from`, to + cc as `to`, sent (else received) time, internetMessageId as stable id. */
export function messageToSourceItem(message: GraphResource): SourceItem | undefined {
  const timestamp = graphTime(message.sentDateTime) ?? graphTime(message.receivedDateTime);
  if (timestamp === undefined) return undefined;
  const from = address(message.from);
  return {
    kind: 'mail',
    source: 'graph:mail',
    // The same mail sits in the sender's Sent Items and each recipient's Inbox under other Graph ids.
    stableId: text(message.internetMessageId) ?? String(message.id),
    timestamp,
    subject: text(message.subject) ?? '',
    ...(from !== undefined ? { from } : {}),
    to: [...new Set([...addresses(message.toRecipients), ...addresses(message.ccRecipients)])]
  };
}

/**
 * A Planner task: assignees (user ids resolved through `emailOf`, unknown ids left out) as people,
 * completion time (else creation time) as time, completed when `percentComplete` is 100.
 */
export function plannerTaskToSourceItem(task: GraphResource, emailOf: (userId: string) => string | undefined): SourceItem | undefined {
  const timestamp = graphTime(task.completedDateTime) ?? graphTime(task.createdDateTime);
  if (timestamp === undefined) return undefined;
  const ids = typeof task.assignments === 'object' && task.assignments !== null ? Object.keys(task.assignments).sort() : [];
  const people = ids.map(emailOf).filter((e): e is string => e !== undefined).map((e) => e.toLowerCase());
  return {
    kind: 'plannerTask',
    source: 'graph:planner',
    stableId: String(task.id),
    timestamp,
    subject: text(task.title) ?? '',
    ...(people.length > 0 ? { from: people[0] } : {}),
    to: people.slice(1),
    completed: task.percentComplete === 100
  };
}

/** How the workflow list's items read as source items. */
export interface WorkflowListMapping {
  readonly listId: string;
  /** The list's display name, matched by `listItem` recognition rules. */
  readonly title: string;
  /** Fields holding people's emails (first one is `from`). */
  readonly peopleFields?: readonly string[];
  /** Field holding the opportunity id: it becomes a `[<id>]` tag of the subject, which recognition reads first. */
  readonly opportunityField?: string;
}

/**
 * A list item of the workflow list: its fields as text; people from `peopleFields` (email values),
 * the last modification (else creation) as time, `listId/itemId` as stable id.
 */
export function listItemToSourceItem(item: GraphResource, list: WorkflowListMapping): SourceItem | undefined {
  const timestamp = graphTime(item.lastModifiedDateTime) ?? graphTime(item.createdDateTime);
  if (timestamp === undefined) return undefined;
  const raw = (typeof item.fields === 'object' && item.fields !== null ? item.fields : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = String(value);
  const people = (list.peopleFields ?? []).map((name) => text(fields[name])?.toLowerCase()).filter((e): e is string => e !== undefined);
  const title = text(fields.Title) ?? '';
  const opportunity = list.opportunityField === undefined ? undefined : text(fields[list.opportunityField]);
  return {
    kind: 'listItem',
    source: 'graph:list',
    stableId: `${list.listId}/${String(item.id)}`,
    timestamp,
    subject: opportunity === undefined ? title : `[${opportunity}] ${title}`.trim(),
    ...(people.length > 0 ? { from: people[0] } : {}),
    to: people.slice(1),
    listTitle: list.title,
    fields
  };
}
