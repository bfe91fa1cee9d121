import { badRequest, GraphEmulatorError } from './errors';
import { jsonResponse } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, GraphResource, GraphUser, OutboxItem } from './types';

/**
 * Teams routes: POST a chatMessage to a channel or a chat, plus the validation shared with the
 * Workflows webhook emulation (which carries the card as an object, where Graph wants a string).
 */

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Teams refuses messages above about 28 KB (the whole chatMessage JSON, attachments included). */
export const MAX_MESSAGE_BYTES = 28 * 1024;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An Adaptive Card object: at least `type: "AdaptiveCard"`. */
function checkCard(card: unknown, where: string): Record<string, unknown> {
  if (!isObject(card) || card.type !== 'AdaptiveCard') throw badRequest(`${where} is not an Adaptive Card (type must be "AdaptiveCard").`);
  return card;
}

/** A chatMessage body checked against Graph's schema, with its cards parsed. */
export interface ValidatedChatMessage {
  readonly contentType: 'text' | 'html';
  readonly content: string;
  readonly subject?: string;
  readonly attachments: readonly GraphResource[];
  readonly cards: readonly Record<string, unknown>[];
}

/**
 * Validates a chatMessage: `body.content` (string) with `contentType` `text` or `html` (default text);
 * each attachment has an `id` referenced by `<attachment id="..."></attachment>` in an html body, and
 * every reference names an attachment; Adaptive Card attachments carry `content` as a JSON STRING
 * holding an AdaptiveCard object; the serialised message stays within {@link MAX_MESSAGE_BYTES}.
 *
 * @throws GraphEmulatorError 400 for schema violations, 413 for an oversized message
 */
export function validateChatMessage(input: unknown): ValidatedChatMessage {
  if (!isObject(input) || !isObject(input.body)) throw badRequest("The chatMessage needs a 'body' object.");
  const { body } = input;
  if (typeof body.content !== 'string' || body.content === '') throw badRequest("The chatMessage body needs non-empty 'content'.");
  const contentType = body.contentType === undefined ? 'text' : String(body.contentType).toLowerCase();
  if (contentType !== 'text' && contentType !== 'html') {
    throw badRequest(`Requested value '${String(body.contentType)}' was not found in bodyType (text, html).`, 'RequestBodyRead');
  }
  const attachments = input.attachments === undefined ? [] : input.attachments;
  if (!Array.isArray(attachments)) throw badRequest("'attachments' must be an array.", 'RequestBodyRead');
  const referenced = [...body.content.matchAll(/<attachment\s+id="([^"]*)"\s*>\s*<\/attachment>/g)].map((match) => match[1]);
  const cards: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  attachments.forEach((attachment: unknown, index) => {
    if (!isObject(attachment) || typeof attachment.id !== 'string' || attachment.id === '') throw badRequest(`attachments[${index}] needs an 'id'.`);
    if (ids.has(attachment.id)) throw badRequest(`attachments[${index}] repeats the id '${attachment.id}'.`);
    ids.add(attachment.id);
    if (contentType !== 'html' || !referenced.includes(attachment.id)) {
      throw badRequest(`Attachment '${attachment.id}' is not referenced by <attachment id="${attachment.id}"></attachment> in an html body.`);
    }
    if (attachment.contentType === ADAPTIVE_CARD) {
      if (typeof attachment.content !== 'string') throw badRequest(`attachments[${index}].content must be the card as a JSON string.`, 'RequestBodyRead');
      let parsed: unknown;
      try {
        parsed = JSON.parse(attachment.content);
      } catch {
        throw badRequest(`attachments[${index}].content is not valid JSON.`);
      }
      cards.push(checkCard(parsed, `attachments[${index}].content`));
    }
  });
  for (const id of referenced) {
    if (!ids.has(id)) throw badRequest(`The body references attachment '${id}', which the message does not carry.`);
  }
  if (Buffer.byteLength(JSON.stringify(input), 'utf8') > MAX_MESSAGE_BYTES) {
    throw new GraphEmulatorError(413, 'RequestEntityTooLarge', `The message exceeds the ${MAX_MESSAGE_BYTES}-byte limit of a Teams message.`);
  }
  return {
    contentType,
    content: body.content,
    subject: typeof input.subject === 'string' ? input.subject : undefined,
    attachments: attachments as GraphResource[],
    cards
  };
}

/**
 * Validates a Teams Workflows webhook post: `{ type: "message", attachments: [{ contentType:
 * ADAPTIVE_CARD, content: {AdaptiveCard} }] }` and returns the cards.
 *
 * @throws GraphEmulatorError 400 for any other shape
 */
export function validateWorkflowPost(input: unknown): readonly Record<string, unknown>[] {
  if (!isObject(input) || input.type !== 'message') throw badRequest("The webhook body needs type 'message'.");
  if (!Array.isArray(input.attachments) || input.attachments.length === 0) throw badRequest('The webhook body needs at least one attachment.');
  return input.attachments.map((attachment: unknown, index) => {
    if (!isObject(attachment) || attachment.contentType !== ADAPTIVE_CARD) throw badRequest(`attachments[${index}] must have contentType '${ADAPTIVE_CARD}'.`);
    return checkCard(attachment.content, `attachments[${index}].content`);
  });
}

/**
 * An outbox chatMessage as Graph's chatMessage resource (what POST answers and GET lists). The
 * sender's id and name come from the directory; an unknown sender keeps its UPN as the name.
 */
export function chatMessageResource(item: OutboxItem, sender: GraphUser | undefined): GraphResource {
  const channel = /^teams\/([^/]+)\/channels\/([^/]+)$/.exec(item.target);
  const chat = /^chats\/([^/]+)$/.exec(item.target);
  return {
    id: item.id,
    replyToId: null,
    etag: item.id,
    messageType: 'message',
    createdDateTime: item.time,
    lastModifiedDateTime: item.time,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: item.subject ?? null,
    summary: null,
    chatId: chat !== null ? chat[1] : null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: channel !== null ? { teamId: channel[1], channelId: channel[2] } : null,
    policyViolation: null,
    eventDetail: null,
    from: { application: null, device: null, user: { id: sender?.id ?? item.sender, displayName: sender?.displayName ?? item.sender, userIdentityType: 'aadUser' } },
    body: { contentType: item.bodyContentType ?? 'html', content: item.body ?? '' },
    attachments: item.attachments ?? [],
    mentions: [],
    reactions: []
  };
}

function postMessage(context: RouteContext, kind: 'channelMessage' | 'chatMessage', target: string): EmulatorResponse {
  const message = validateChatMessage(context.request.body);
  const time = new Date(context.now).toISOString();
  const item = context.store.addOutbox({
    time,
    kind,
    target,
    sender: context.user.userPrincipalName,
    subject: message.subject,
    body: message.content,
    bodyContentType: message.contentType,
    cards: message.cards,
    attachments: message.attachments
  });
  return jsonResponse({ '@odata.context': `${context.request.baseUrl}/$metadata#${target}/messages/$entity`, ...chatMessageResource(item, context.user) }, 201);
}

export const teamsRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/i,
    handle: (context) => postMessage(context, 'channelMessage', `teams/${context.params[0] ?? ''}/channels/${context.params[1] ?? ''}`)
  },
  { method: 'POST', pattern: /^\/chats\/([^/]+)\/messages$/i, handle: (context) => postMessage(context, 'chatMessage', `chats/${context.params[0] ?? ''}`) }
];
