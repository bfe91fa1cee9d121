import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AlertLogStore, AlertRecord, NewAlert } from '../../services';
import { ALERT_SELECT, alertAckToItem, alertOutcomeToItem, itemToAlertRecord, newAlertToItem } from './mappers/alertLogMapper';
import { odataString, readAllPages } from './paging';
import { AlertLogFields as F, listTitle } from './schema';
import { isDuplicateValueError, isOutcomeUnknown, toTypedError } from './spErrors';

/** Adds of one record whose answers were lost before the store gives up (each replay is safe: the key is unique). */
const MAX_ADD_ATTEMPTS = 6;

/**
 * The AlertLog in SharePoint, the basis of exactly-once alerts: an alert is recorded under its
 * unique dedupe key before it is sent; a second `record` of the same key (a retry, a parallel run)
 * is refused by SharePoint's unique index and returns the stored record instead of a new one. An add
 * whose answer was lost is sent again until it is answered; when the first one had landed, the
 * stored record comes back with `created: false` and its own summary, by which the caller knows it.
 */
export function createAlertLogStore(sp: SPFI): AlertLogStore {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('alertLog')).items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));

  const get = async (dedupeKey: string): Promise<AlertRecord | undefined> => {
    const rows = await items()
      .select(...ALERT_SELECT)
      .filter(`${F.dedupeKey} eq ${odataString(dedupeKey)}`)
      .top(1)<Record<string, unknown>[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows.length === 0 ? undefined : itemToAlertRecord(rows[0]);
  };

  const write = async (record: AlertRecord, next: AlertRecord): Promise<AlertRecord> => {
    await items()
      .getById(record.itemId)
      .update(alertOutcomeToItem(next))
      .catch((e: unknown) => fail(e, 'write-items'));
    return next;
  };

  return {
    async record(alert: NewAlert): Promise<{ record: AlertRecord; created: boolean }> {
      for (let attempt = 1; ; attempt++) {
        try {
          const added = (await items().add(newAlertToItem(alert))) as Record<string, unknown>;
          return { record: itemToAlertRecord(added), created: true };
        } catch (error) {
          if (isDuplicateValueError(error)) break;
          // The add may have landed with its answer lost: sending it again is safe (a landed one is
          // refused as a duplicate and read back below, where the caller can recognise its own).
          if (!isOutcomeUnknown(error) || attempt >= MAX_ADD_ATTEMPTS) return fail(error, 'write-items');
        }
      }
      const existing = await get(alert.dedupeKey);
      // Unique refusal but nothing to read back means the item was deleted in between: record again.
      if (!existing) return this.record(alert);
      return { record: existing, created: false };
    },
    get,
    async markSent(record: AlertRecord, messageId: string, sentAt: number): Promise<AlertRecord> {
      return write(record, { ...record, status: 'sent', messageId, sentAt, attempts: record.attempts + 1, lastError: undefined });
    },
    async markFailed(record: AlertRecord, error: string): Promise<AlertRecord> {
      return write(record, { ...record, status: 'failed', attempts: record.attempts + 1, lastError: error });
    },
    async acknowledge(record: AlertRecord, by: string, at: number): Promise<AlertRecord> {
      await items()
        .getById(record.itemId)
        .update(alertAckToItem(by, at))
        .catch((e: unknown) => fail(e, 'write-items'));
      return { ...record, acknowledgedBy: by, acknowledgedAt: at };
    },
    async snooze(record: AlertRecord, by: string, at: number, until: number): Promise<AlertRecord> {
      await items()
        .getById(record.itemId)
        .update(alertAckToItem(by, at, until))
        .catch((e: unknown) => fail(e, 'write-items'));
      return { ...record, acknowledgedBy: by, acknowledgedAt: at, snoozedUntil: until };
    },
    async listSnoozed(now: number): Promise<AlertRecord[]> {
      return readAllPages(items().select(...ALERT_SELECT).filter(`${F.snoozedUntil} ge datetime'${new Date(now).toISOString()}'`), itemToAlertRecord).catch((e: unknown) => fail(e, 'read-items'));
    },
    async listTeamDigests(): Promise<AlertRecord[]> {
      // One filter on the indexed scope column: the organisation's summary and every team's.
      const filter = `${F.opportunityId} eq ${odataString('*')} or startswith(${F.opportunityId},${odataString('team:')})`;
      return readAllPages(items().select(...ALERT_SELECT).filter(filter), itemToAlertRecord).catch((e: unknown) => fail(e, 'read-items'));
    },
    async listByOpportunity(opportunityId: string): Promise<AlertRecord[]> {
      return readAllPages(items().select(...ALERT_SELECT).filter(`${F.opportunityId} eq ${odataString(opportunityId)}`), itemToAlertRecord).catch((e: unknown) =>
        fail(e, 'read-items')
      );
    }
  };
}
