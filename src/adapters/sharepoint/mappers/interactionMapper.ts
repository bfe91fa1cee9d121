import type { Interaction, InteractionChannel } from '../../../core/model';
import { INTERACTION_CHANNELS, InteractionFields as F, listTitle } from '../schema';
import { contextOf, dateValue, orNull, readChoice, readText, requireDate, requireText, type SpItem } from './fieldValues';

/** Title is a list-view convenience; SharePoint's Title column holds at most 255 characters. */
const TITLE_MAX = 255;

/** The columns a read needs (keep `$select` and the mapper in step). */
export const INTERACTION_SELECT: readonly string[] = ['Id', ...Object.values(F)];

/**
 * The REST body of an Interactions item. Timestamps are written as ISO 8601; SharePoint keeps whole
 * seconds, so sub-second order within one opportunity is kept by the item order of the import instead.
 */
export function interactionToItem(interaction: Interaction): Record<string, unknown> {
  return {
    Title: interaction.activity.slice(0, TITLE_MAX),
    [F.sourceKey]: interaction.sourceKey,
    [F.opportunityId]: interaction.opportunityId,
    [F.timestamp]: dateValue(interaction.timestamp),
    [F.fromParticipant]: orNull(interaction.fromParticipant),
    [F.toParticipant]: orNull(interaction.toParticipant),
    [F.fromRole]: orNull(interaction.fromRole),
    [F.toRole]: orNull(interaction.toRole),
    [F.activity]: interaction.activity,
    [F.transactionId]: orNull(interaction.transactionId),
    [F.channel]: orNull(interaction.channel),
    [F.source]: interaction.source
  };
}

/**
 * The interaction an Interactions item holds. Optional columns that are empty are left out of the
 * result (not set to `undefined`), so a round trip compares equal with `toEqual`.
 *
 * @throws StoredDataError for a missing key column, an unreadable date or an unknown channel
 */
export function itemToInteraction(item: SpItem): Interaction {
  const ctx = contextOf(listTitle('interactions'), item);
  const optional = (column: string): string | undefined => readText(item, column, ctx);
  const channel = readChoice<InteractionChannel>(item, F.channel, INTERACTION_CHANNELS as readonly InteractionChannel[], ctx);
  const fromParticipant = optional(F.fromParticipant);
  const toParticipant = optional(F.toParticipant);
  const fromRole = optional(F.fromRole);
  const toRole = optional(F.toRole);
  const transactionId = optional(F.transactionId);
  return {
    opportunityId: requireText(item, F.opportunityId, ctx),
    timestamp: requireDate(item, F.timestamp, ctx),
    activity: requireText(item, F.activity, ctx),
    ...(transactionId !== undefined ? { transactionId } : {}),
    ...(fromParticipant !== undefined ? { fromParticipant } : {}),
    ...(toParticipant !== undefined ? { toParticipant } : {}),
    ...(fromRole !== undefined ? { fromRole } : {}),
    ...(toRole !== undefined ? { toRole } : {}),
    ...(channel !== undefined ? { channel } : {}),
    source: requireText(item, F.source, ctx),
    sourceKey: requireText(item, F.sourceKey, ctx)
  };
}
