import { buildAlertCard, buildAlertEmail } from '../../core/alerts';
import type { PlannedAlert, DashboardTab } from '../../core/alerts';
import type { AlertSender } from '../../services';
import { AlertDeliveryError } from '../../services';
import { postDelivery, type DeliveryHttpOptions } from './deliveryHttp';

export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The chatMessage body of an alert: an html body referencing one Adaptive Card attachment whose id is
 * the delivery id (so the message can be found again), the card as a JSON string as Graph requires.
 */
export function alertChatMessage(alert: PlannedAlert, tab: DashboardTab, deliveryId: string): Record<string, unknown> {
  return {
    subject: alert.title.slice(0, 255),
    body: { contentType: 'html', content: `<attachment id="${deliveryId}"></attachment>` },
    attachments: [{ id: deliveryId, contentType: ADAPTIVE_CARD_TYPE, contentUrl: null, content: JSON.stringify(buildAlertCard(alert, tab, deliveryId)), name: null, thumbnailUrl: null }]
  };
}

/** The Teams Workflows webhook body: the card as an object (not a string). */
export function workflowPost(alert: PlannedAlert, tab: DashboardTab, deliveryId: string): Record<string, unknown> {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_TYPE, contentUrl: null, content: buildAlertCard(alert, tab, deliveryId) }] };
}

/** The sendMail body: HTML, every value escaped, `saveToSentItems` a JSON boolean (true: the probe reads Sent Items). */
export function alertSendMail(alert: PlannedAlert, tab: DashboardTab, deliveryId: string, recipients: readonly string[]): Record<string, unknown> {
  const mail = buildAlertEmail(alert, tab, deliveryId);
  return {
    message: { subject: mail.subject, body: { contentType: 'HTML', content: mail.html }, toRecipients: recipients.map((address) => ({ emailAddress: { address } })) },
    saveToSentItems: true
  };
}

export interface GraphSenderOptions extends DeliveryHttpOptions {
  /** e.g. `https://graph.microsoft.com/v1.0` (no trailing slash). */
  readonly graphBaseUrl: string;
  readonly tab: DashboardTab;
}

/**
 * Posts alerts as the signed-in user (delegated `ChannelMessage.Send` / `ChatMessage.Send`):
 * `teams-channel` targets are `teamId/channelId`, `teams-chat` targets chat ids.
 */
export function createTeamsMessageSender(options: GraphSenderOptions): AlertSender {
  return {
    async send(alert, deliveryId) {
      let path: string;
      if (alert.channel === 'teams-channel') {
        const [teamId, channelId] = alert.target.split('/');
        if (!teamId || !channelId) throw new AlertDeliveryError('not-delivered', `A channel target must be "teamId/channelId", not "${alert.target}".`);
        path = `/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages`;
      } else if (alert.channel === 'teams-chat') {
        path = `/chats/${encodeURIComponent(alert.target)}/messages`;
      } else {
        throw new AlertDeliveryError('not-delivered', `The Teams sender cannot deliver to ${alert.channel}.`);
      }
      const answer = await postDelivery(`${options.graphBaseUrl}${path}`, alertChatMessage(alert, options.tab, deliveryId), options);
      return typeof answer.id === 'string' ? answer.id : deliveryId;
    }
  };
}

/** Sends alerts by mail through `sendMail` as `mailbox` (`me` for delegated, a UPN for app-only `Mail.Send`). */
export function createMailSender(options: GraphSenderOptions & { readonly mailbox: string }): AlertSender {
  const path = options.mailbox === 'me' ? '/me/sendMail' : `/users/${encodeURIComponent(options.mailbox)}/sendMail`;
  return {
    async send(alert, deliveryId) {
      const recipients = alert.target.split(',').map((a) => a.trim()).filter((a) => a !== '');
      await postDelivery(`${options.graphBaseUrl}${path}`, alertSendMail(alert, options.tab, deliveryId, recipients), options);
      // sendMail answers 202 without an id: the delivery id is what finds it in Sent Items.
      return deliveryId;
    }
  };
}

/**
 * Posts alerts to Teams Workflows webhooks (the headless runner's path: application permissions cannot
 * post channel messages). `connections` maps a rule's target name to its URL, kept with the runner's
 * secrets and never in the blueprint.
 */
export function createWorkflowWebhookSender(options: DeliveryHttpOptions & { readonly tab: DashboardTab; readonly connections: Readonly<Record<string, string>> }): AlertSender {
  return {
    async send(alert, deliveryId) {
      const url = options.connections[alert.target];
      if (url === undefined) throw new AlertDeliveryError('not-delivered', `No webhook connection named "${alert.target}" is configured.`);
      await postDelivery(url, workflowPost(alert, options.tab, deliveryId), { ...options, token: undefined });
      return deliveryId;
    }
  };
}

/** Routes each alert to the sender of its channel kind. */
export function createRoutingSender(senders: Partial<Record<PlannedAlert['channel'], AlertSender>>): AlertSender {
  return {
    send(alert, deliveryId) {
      const sender = senders[alert.channel];
      if (sender === undefined) return Promise.reject(new AlertDeliveryError('not-delivered', `No sender is configured for ${alert.channel}.`));
      return sender.send(alert, deliveryId);
    }
  };
}
