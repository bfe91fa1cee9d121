/**
 * Shapes the Graph emulator stores and exchanges. Resources are kept in the Microsoft Graph v1.0 JSON
 * shape (what the docs show), wrapped in a small record that adds the owner and the change version
 * that delta queries need.
 */

/** A JSON object as Graph returns it. */
export type GraphResource = Record<string, unknown>;

/** A directory user (subset of microsoft.graph.user). */
export interface GraphUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail: string;
  readonly jobTitle?: string;
  readonly department?: string;
  /** As people type it in their profile, e.g. `+49 151 2345 6789`. */
  readonly mobilePhone?: string;
  /** False: blocked from sign-in (someone who left); default true. */
  readonly accountEnabled?: boolean;
}

/** An event in a user's calendar; `resource` is a microsoft.graph.event with `start`/`end` in UTC. */
export interface SeedEvent {
  /** The user id whose calendar holds the event. */
  readonly ownerId: string;
  readonly resource: GraphResource;
}

/** A message's metadata (no body) in a user's mailbox; `resource` is a microsoft.graph.message. */
export interface SeedMessage {
  readonly ownerId: string;
  /** Well-known folder name: `inbox` or `sentitems`. */
  readonly folder: string;
  readonly resource: GraphResource;
}

/** A microsoft.graph.plannerTask; `assignments` keys are user ids. */
export type SeedPlannerTask = GraphResource & { readonly id: string; readonly planId: string };

/** A SharePoint list item as Graph's listItem (`fields` holds the column values). */
export interface SeedListItem {
  readonly siteId: string;
  readonly listId: string;
  readonly resource: GraphResource & { readonly id: string };
}

/**
 * What `seed()` loads. Seeding upserts by id: seeding an existing id again replaces the resource and
 * counts as a change for delta queries; `deletedIds` removes resources (reported as `@removed`).
 */
export interface GraphSeed {
  readonly users?: readonly GraphUser[];
  /** UPN of the user signed in when a bearer token does not name one (the demo site owner). */
  readonly defaultUserUpn?: string;
  readonly events?: readonly SeedEvent[];
  readonly messages?: readonly SeedMessage[];
  readonly plannerTasks?: readonly SeedPlannerTask[];
  readonly listItems?: readonly SeedListItem[];
  /** Ids of events, messages or list items to delete (delta reports them as removed). */
  readonly deletedIds?: readonly string[];
}

/** Kinds of resource that support delta queries. */
export type DeltaKind = 'event' | 'message' | 'listItem';

/** One stored resource with the bookkeeping that delta needs. */
export interface StoredRecord {
  readonly kind: DeltaKind | 'plannerTask';
  /** Owner user id (events, messages), `siteId/listId` (list items) or plan id (tasks). */
  readonly scope: string;
  /** Mail folder for messages. */
  readonly folder?: string;
  /** Global change counter value of the last change to this record. */
  readonly version: number;
  readonly deleted: boolean;
  readonly resource: GraphResource & { readonly id: string };
}

export type OutboxKind = 'channelMessage' | 'chatMessage' | 'mail' | 'webhook' | 'sms';

/** Something the product sent out through Graph or a Workflows webhook. */
export interface OutboxItem {
  /** Sequential id, `1`, `2`, ... (also the chatMessage id the emulator returned). */
  readonly id: string;
  /** When the emulator accepted it, ISO 8601 UTC. */
  readonly time: string;
  readonly kind: OutboxKind;
  /** `teams/{team}/channels/{channel}`, `chats/{chat}`, comma-separated mail recipients, `webhooks/{id}`, or an SMS's E.164 number. */
  readonly target: string;
  /** UPN of the signed-in sender (empty for webhooks, which carry no user). */
  readonly sender: string;
  readonly subject?: string;
  readonly body?: string;
  readonly bodyContentType?: string;
  /** Adaptive Card objects (parsed from chatMessage attachment strings). */
  readonly cards: readonly unknown[];
  /** A chatMessage's attachments as posted (card content still a JSON string), for `GET .../messages`. */
  readonly attachments?: readonly GraphResource[];
}

/** Everything persisted in the data folder. */
export interface GraphState {
  readonly users: readonly GraphUser[];
  readonly defaultUserUpn?: string;
  /** Global change counter: every upsert or delete takes the next value. */
  readonly version: number;
  /** Delta tokens carry the generation they were issued in; expiring all tokens starts a new one. */
  readonly tokenGeneration: number;
  readonly records: readonly StoredRecord[];
}

/** A request as the emulator's dispatcher sees it (from HTTP or from a `$batch` entry). */
export interface EmulatorRequest {
  readonly method: string;
  /** Path after `/graph/v1.0`, starting with `/`, e.g. `/me/calendarView`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Absolute base of the service for links, e.g. `http://127.0.0.1:4000/graph/v1.0`. */
  readonly baseUrl: string;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}
