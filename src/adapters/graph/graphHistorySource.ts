import type { SourceItem } from '../../core/recognition';
import type { HistoryRead, HistorySource } from '../../services';
import { readCollections, type CollectionCursor, type CollectionRead, type CollectionReadOptions, type GraphResource } from './deltaReader';
import { getInBatches, type BatchTransport } from './graphBatch';
import { EVENT_SELECT, eventToSourceItem, listItemToSourceItem, MESSAGE_SELECT, messageToSourceItem, plannerTaskToSourceItem, TASK_SELECT, type WorkflowListMapping } from './sourceItemMappers';

export type MailFolder = 'sentitems' | 'inbox';

/** What the Graph history reader covers. */
export interface GraphHistoryConfig {
  /** Sellers' UPNs: one calendarView delta and one delta per mail folder each. */
  readonly sellers: readonly string[];
  /** Epoch ms window of calendarView (fixed per delta round: Graph carries it in the tokens). */
  readonly calendarWindow: { readonly start: number; readonly end: number };
  /** Default: Sent Items and Inbox. */
  readonly mailFolders?: readonly MailFolder[];
  /** Planner plans read in full each run (Planner has no v1.0 delta; source keys make it idempotent). */
  readonly plannerPlanIds?: readonly string[];
  /** The workflow system's SharePoint list, read through list item delta. */
  readonly workflowList?: WorkflowListMapping & { readonly siteId: string };
}

const enc = encodeURIComponent;

/** SyncState keys of the sources, one per collection. */
export const historyKeys = {
  calendar: (upn: string): string => `graph:calendar:${upn.toLowerCase()}`,
  mail: (folder: MailFolder, upn: string): string => `graph:mail:${folder}:${upn.toLowerCase()}`,
  planner: (planId: string): string => `graph:planner:${planId}`,
  list: (siteId: string, listId: string): string => `graph:list:${siteId}/${listId}`
};

type Mapper = (resource: GraphResource) => SourceItem | undefined;

interface Source {
  readonly cursor: Omit<CollectionCursor, 'deltaLink'>;
  readonly displayName: string;
  /** Delta sources keep a token; plain collections (Planner) do not. */
  readonly delta: boolean;
  readonly planner: boolean;
  readonly map?: Mapper;
}

function sources(config: GraphHistoryConfig): Source[] {
  const start = new Date(config.calendarWindow.start).toISOString();
  const end = new Date(config.calendarWindow.end).toISOString();
  const result: Source[] = [];
  for (const seller of config.sellers) {
    const user = `/users/${enc(seller)}`;
    result.push({
      cursor: { key: historyKeys.calendar(seller), initialUrl: `${user}/calendarView/delta?startDateTime=${enc(start)}&endDateTime=${enc(end)}&$select=${EVENT_SELECT.join(',')}` },
      displayName: `Calendar of ${seller}`,
      delta: true,
      planner: false,
      map: eventToSourceItem
    });
    for (const folder of config.mailFolders ?? ['sentitems', 'inbox']) {
      result.push({
        cursor: { key: historyKeys.mail(folder, seller), initialUrl: `${user}/mailFolders/${folder}/messages/delta?$select=${MESSAGE_SELECT.join(',')}` },
        displayName: `${folder === 'inbox' ? 'Inbox' : 'Sent Items'} of ${seller}`,
        delta: true,
        planner: false,
        map: messageToSourceItem
      });
    }
  }
  for (const planId of config.plannerPlanIds ?? []) {
    result.push({ cursor: { key: historyKeys.planner(planId), initialUrl: `/planner/plans/${enc(planId)}/tasks?$select=${TASK_SELECT.join(',')}` }, displayName: `Planner plan ${planId}`, delta: false, planner: true });
  }
  const list = config.workflowList;
  if (list !== undefined) {
    result.push({
      cursor: { key: historyKeys.list(list.siteId, list.listId), initialUrl: `/sites/${enc(list.siteId)}/lists/${enc(list.listId)}/items/delta?$expand=fields` },
      displayName: `List ${list.title}`,
      delta: true,
      planner: false,
      map: (item) => listItemToSourceItem(item, list)
    });
  }
  return result;
}

/** Resolves Planner assignees (user ids) to emails with batched `GET /users/{id}`; unknown ids are left out. */
async function assigneeEmails(transport: BatchTransport, reads: readonly CollectionRead[], options: CollectionReadOptions): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const read of reads) for (const task of read.items) if (typeof task.assignments === 'object' && task.assignments !== null) Object.keys(task.assignments).forEach((id) => ids.add(id));
  const run = await getInBatches(transport, [...ids].sort().map((id) => ({ id, url: `/users/${enc(id)}?$select=id,mail,userPrincipalName` })), options);
  const emails = new Map<string, string>();
  for (const [id, response] of run.responses) {
    const user = response.body as { mail?: unknown; userPrincipalName?: unknown } | undefined;
    const email = typeof user?.mail === 'string' && user.mail !== '' ? user.mail : user?.userPrincipalName;
    if (response.status === 200 && typeof email === 'string') emails.set(id, email.toLowerCase());
  }
  return emails;
}

/**
 * The Graph history reader: every seller's calendar and mail folders, Planner plans and the workflow
 * list, all read through `$batch` (at most 20 sub-requests per POST, throttled ones retried on their
 * own), delta links kept as the sources' tokens, 410 answered by a full read of that source.
 */
export function createGraphHistorySource(transport: BatchTransport, config: GraphHistoryConfig, options: CollectionReadOptions = {}): HistorySource & { readonly lastPosts: () => number } {
  const all = sources(config);
  let posts = 0;
  return {
    sourceKeys: () => all.map((s) => s.cursor.key),
    lastPosts: () => posts,
    async read(tokens) {
      const cursors = all.map((s): CollectionCursor => {
        const token = s.delta ? tokens.get(s.cursor.key) : undefined;
        return token === undefined ? s.cursor : { ...s.cursor, deltaLink: token };
      });
      const { reads, posts: collectionPosts } = await readCollections(transport, cursors, options);
      posts = collectionPosts;
      const plannerReads = reads.filter((_, i) => all[i].planner && reads[i].error === undefined);
      let emails = new Map<string, string>();
      if (plannerReads.length > 0) emails = await assigneeEmails(transport, plannerReads, options);
      return reads.map((read, i): HistoryRead => {
        const source = all[i];
        const map: Mapper = source.map ?? ((task) => plannerTaskToSourceItem(task, (id) => emails.get(id)));
        const items = read.items.map(map);
        const readable = items.filter((item): item is SourceItem => item !== undefined);
        return {
          sourceKey: read.key,
          displayName: source.displayName,
          items: readable,
          unreadable: items.length - readable.length,
          removed: read.removedIds.length,
          resynced: read.resynced,
          ...(read.deltaLink !== undefined ? { deltaToken: read.deltaLink } : {}),
          ...(read.error !== undefined ? { error: read.error } : {})
        };
      });
    }
  };
}
