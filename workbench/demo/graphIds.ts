/**
 * The identifiers of a demo exchange recorded by a Microsoft 365 source, in one place, so that the
 * SharePoint seed (the Interactions list) and the Graph emulator's seed describe the same exchange
 * under the same source key. The key is exactly what the history sync derives from the Graph record
 * (`sourceKeyOf` over src/adapters/graph/sourceItemMappers.ts): the iCalUId of a meeting, the
 * internetMessageId of a mail, the id of a Planner task. A sync of the seeded mailboxes therefore
 * finds every exchange already stored and adds no duplicate.
 */

/** The Graph ids of one exchange; `base` is `<opportunity id>-<sequence>`, e.g. `OPP-00001-003`. */
export interface DemoGraphIds {
  /** Per-mailbox event id of the organiser's copy. */
  readonly eventId: string;
  /** Shared by every attendee's copy of the meeting. */
  readonly iCalUId: string;
  /** Per-mailbox message id of the owner's copy. */
  readonly messageId: string;
  /** RFC 5322 Message-ID written by the sender's mail server: `<base@sender's domain>`. */
  readonly internetMessageId: string;
  readonly taskId: string;
}

/** The domain of an address, lower-case; '' when it has none. */
function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/**
 * The Graph ids of an exchange.
 * @param base `<opportunity id>-<sequence>`, unique in the organisation
 * @param senderEmail the mail's sender (its server names the Message-ID); other kinds ignore it
 */
export function demoGraphIds(base: string, senderEmail: string): DemoGraphIds {
  const domain = domainOf(senderEmail);
  return {
    eventId: `evt-${base}`,
    iCalUId: `ical-${base}`,
    messageId: `msg-${base}`,
    internetMessageId: `<${base}@${domain === '' ? 'localhost' : domain}>`,
    taskId: `task-${base}`
  };
}

/**
 * The source key of an exchange recorded by `source`: `graph:calendar:<iCalUId>`,
 * `graph:mail:<internetMessageId>`, `graph:planner:<task id>`; any other source (CSV) keeps
 * `<source>:<base>`.
 */
export function demoSourceKey(source: string, base: string, senderEmail: string): string {
  const ids = demoGraphIds(base, senderEmail);
  switch (source) {
    case 'graph:calendar':
      return `${source}:${ids.iCalUId}`;
    case 'graph:mail':
      return `${source}:${ids.internetMessageId}`;
    case 'graph:planner':
      return `${source}:${ids.taskId}`;
    default:
      return `${source}:${base}`;
  }
}

/** The `base` inside a demo source key (inverse of {@link demoSourceKey}); undefined when it holds none. */
export function demoBaseOf(sourceKey: string): string | undefined {
  return /(OPP-\d+-\d+)/.exec(sourceKey)?.[1];
}
