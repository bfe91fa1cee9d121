/**
 * Delivery look-ups ("probes") for the exactly-once protocol (src/services/alerts/deliverAlert.ts):
 * after a crash between a POST and its "sent" record, the next runner searches the channel for the
 * delivery id the message carries, so the alert is neither lost nor sent twice.
 *
 * What carries the id, and why not an HTML comment: Teams sanitises chatMessage HTML (comments and
 * unknown attributes are not promised to survive), but Graph returns a message's attachments with the
 * ids the sender gave them and an Adaptive Card's content verbatim as a JSON string. So chat and
 * channel messages are matched on the attachment id (the delivery id) or, failing that, on the card
 * block id `vn-delivery-<id>` inside the content. Mail is matched on `[ref <id>]` in the subject of
 * Sent Items (sendMail's `saveToSentItems: true`); internet message headers are not used because
 * Exchange keeps a custom x-header only once it is provisioned on the mailbox and Sent Items copies
 * need not carry transport headers.
 */
import type { PlannedAlert } from '../../core/alerts';
import type { DeliveryProbe } from '../../services';
import { DeliveryLookupError, getJson, type DeliveryHttpOptions } from './deliveryHttp';

export interface ProbeOptions extends DeliveryHttpOptions {
  /** e.g. `https://graph.microsoft.com/v1.0` (no trailing slash). */
  readonly graphBaseUrl: string;
  /** Pages read at most per look-up (50 messages each); default 20. */
  readonly maxPages?: number;
  /** Allowance for clocks differing between the runner and Microsoft 365, ms; default 5 minutes. */
  readonly clockSkewMs?: number;
}

const SKEW_MS = 5 * 60_000;

/** Graph's date-time filter literal: ISO 8601 UTC without milliseconds. */
function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * True when a chatMessage carries the delivery: an attachment with the delivery id, or a card whose
 * content holds the block id `vn-delivery-<id>`.
 */
export function messageCarries(message: Readonly<Record<string, unknown>>, deliveryId: string): boolean {
  const attachments = Array.isArray(message.attachments) ? (message.attachments as Record<string, unknown>[]) : [];
  return attachments.some((a) => a.id === deliveryId || (typeof a.content === 'string' && a.content.includes(`"vn-delivery-${deliveryId}"`)));
}

/** True when a Sent Items message's subject ends the way buildAlertEmail ends it for this delivery. */
export function subjectCarries(message: Readonly<Record<string, unknown>>, deliveryId: string): boolean {
  return typeof message.subject === 'string' && message.subject.includes(`[ref ${deliveryId}]`);
}

/**
 * Follows `@odata.nextLink` from `firstUrl` until `match` finds an item, `stop` says older pages
 * cannot hold it, or the page budget is spent.
 */
async function scan(firstUrl: string, options: ProbeOptions, match: (item: Record<string, unknown>) => boolean, stop: (page: readonly Record<string, unknown>[]) => boolean): Promise<string | undefined> {
  let url: string | undefined = firstUrl;
  for (let pageNo = 0; url !== undefined && pageNo < (options.maxPages ?? 20); pageNo++) {
    const body = await getJson(url, options);
    const items = Array.isArray(body.value) ? (body.value as Record<string, unknown>[]) : [];
    const hit = items.find(match);
    if (hit !== undefined) return typeof hit.id === 'string' ? hit.id : String(hit.id);
    if (stop(items)) return undefined;
    url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  return undefined;
}

/**
 * Finds chat and channel alerts (delegated `Chat.Read` / `ChannelMessage.Read.All`).
 *
 * Chats: `GET /chats/{id}/messages?$top=50&$orderby=lastModifiedDateTime desc&$filter=lastModifiedDateTime gt <since - skew>`
 * (Graph filters only on the `$orderby` property, and only `gt`/`lt` on lastModifiedDateTime).
 * Channels: `GET /teams/{t}/channels/{c}/messages?$top=50` (no `$filter` on v1.0), newest first,
 * stopping at the first page whose messages are all older than `since - skew`.
 */
export function createTeamsMessageProbe(options: ProbeOptions): DeliveryProbe {
  return {
    async find(alert: PlannedAlert, deliveryId: string, since?: number) {
      const after = since === undefined ? undefined : since - (options.clockSkewMs ?? SKEW_MS);
      const carries = (m: Record<string, unknown>): boolean => messageCarries(m, deliveryId);
      if (alert.channel === 'teams-chat') {
        const query = new URLSearchParams({ $top: '50', $orderby: 'lastModifiedDateTime desc' });
        if (after !== undefined) query.set('$filter', `lastModifiedDateTime gt ${isoSeconds(after)}`);
        return scan(`${options.graphBaseUrl}/chats/${encodeURIComponent(alert.target)}/messages?${query.toString()}`, options, carries, () => false);
      }
      if (alert.channel === 'teams-channel') {
        const [teamId, channelId] = alert.target.split('/');
        if (!teamId || !channelId) throw new DeliveryLookupError(`A channel target must be "teamId/channelId", not "${alert.target}".`);
        const olderThanClaim = (page: readonly Record<string, unknown>[]): boolean =>
          after !== undefined && page.length > 0 && page.every((m) => typeof m.createdDateTime === 'string' && Date.parse(m.createdDateTime) < after);
        return scan(`${options.graphBaseUrl}/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages?$top=50`, options, carries, olderThanClaim);
      }
      throw new DeliveryLookupError(`The Teams probe cannot search ${alert.channel}.`);
    }
  };
}

/**
 * Finds alert mails in the sending mailbox's Sent Items (`Mail.ReadBasic`):
 * `GET /{me|users/{mailbox}}/mailFolders/sentitems/messages?$filter=sentDateTime ge <since - skew>&$orderby=sentDateTime desc&$select=id,subject,sentDateTime&$top=50`.
 * Exchange answers 400 `InefficientFilter` unless the `$orderby` property is also (first) in `$filter`.
 * `$search` is avoided: it reads a search index that may lag new mail by minutes.
 */
export function createSentItemsProbe(options: ProbeOptions & { readonly mailbox: string }): DeliveryProbe {
  const folder = options.mailbox === 'me' ? '/me/mailFolders/sentitems/messages' : `/users/${encodeURIComponent(options.mailbox)}/mailFolders/sentitems/messages`;
  return {
    async find(_alert: PlannedAlert, deliveryId: string, since?: number) {
      const query = new URLSearchParams({ $select: 'id,subject,sentDateTime', $top: '50' });
      if (since !== undefined) {
        query.set('$filter', `sentDateTime ge ${isoSeconds(since - (options.clockSkewMs ?? SKEW_MS))}`);
        query.set('$orderby', 'sentDateTime desc');
      }
      return scan(`${options.graphBaseUrl}${folder}?${query.toString()}`, options, (m) => subjectCarries(m, deliveryId), () => false);
    }
  };
}

/** Routes each look-up to the probe of its channel kind; a kind without one cannot be searched. */
export function createRoutingProbe(probes: Partial<Record<PlannedAlert['channel'], DeliveryProbe>>): DeliveryProbe {
  return {
    find(alert, deliveryId, since) {
      const probe = probes[alert.channel];
      if (probe === undefined) return Promise.reject(new DeliveryLookupError(`No look-up is configured for ${alert.channel}.`));
      return probe.find(alert, deliveryId, since);
    },
    canSearch: (alert) => probes[alert.channel] !== undefined
  };
}
