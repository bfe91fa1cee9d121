import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AlertLogStore, AlertRecord, NewAlert } from '../../services/ports';
import { ALERT_SELECT, alertOutcomeToItem, itemToAlertRecord, newAlertToItem } from './mappers/alertLogMapper';
import { odataString, readAllPages } from './paging';
import { AlertLogFields as F, listTitle } from './schema';
import { isDuplicateValueError, toTypedError } from './spErrors';

/**
 * The AlertLog in SharePoint, the basis of exactly-once alerts: an alert is recorded under its
 * unique dedupe key before it is sent; a second `record` of the same key (a retry, a parallel run)
 * is refused by SharePoint's unique index and returns the stored record instead of a new one.
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
      try {
        const added = (await items().add(newAlertToItem(alert))) as Record<string, unknown>;
        return { record: itemToAlertRecord(added), created: true };
      } catch (error) {
        if (!isDuplicateValueError(error)) return fail(error, 'write-items');
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
    async listByOpportunity(opportunityId: string): Promise<AlertRecord[]> {
      return readAllPages(items().select(...ALERT_SELECT).filter(`${F.opportunityId} eq ${odataString(opportunityId)}`), itemToAlertRecord).catch((e: unknown) =>
        fail(e, 'read-items')
      );
    }
  };
}
