import type { PlannedAlert } from '../../core/alerts';

export { AlertDeliveryError, type DeliveryFailure } from '../errors';

/** Delivers one alert to one channel (Teams channel or chat message, mail, Workflows webhook). */
export interface AlertSender {
  /**
   * Sends the alert carrying `deliveryId` (in the card's reference block, the attachment id, or the
   * mail subject) so that {@link DeliveryProbe} can find it. Must not retry by itself on ambiguous errors.
   *
   * @returns the channel's message id (`deliveryId` when the channel returns none)
   * @throws AlertDeliveryError
   */
  send(alert: PlannedAlert, deliveryId: string): Promise<string>;
}

/** Looks a delivery up in its channel (channel/chat messages, Sent Items). */
export interface DeliveryProbe {
  /**
   * The message id when a message carrying `deliveryId` is in the channel, else `undefined`.
   *
   * @param since epoch ms the claim was recorded: the message cannot be older (a probe may allow for
   *   clock skew below it); absent, the probe reads as far back as its page budget allows
   * @throws any error when the channel could not be read: the caller looks again later, never resends
   */
  find(alert: PlannedAlert, deliveryId: string, since?: number): Promise<string | undefined>;
  /** False when this alert's channel cannot be searched (a webhook): its ambiguous sends are `uncertain`. Absent: every channel can. */
  canSearch?(alert: PlannedAlert): boolean;
}
