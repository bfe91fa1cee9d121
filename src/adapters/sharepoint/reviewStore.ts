import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DEFAULT_REVIEW_REASONS, type ReviewRecord, type ReviewStore, type StoredReviewRecord } from '../../services';
import { itemToReview, parseReasons, REVIEW_SELECT, reviewToItem } from './mappers/reviewMapper';
import { odataString, readAllPages } from './paging';
import { listTitle, REVIEW_REASONS_KEY, ReviewFields as F, SETTINGS_LIST, SettingFields } from './schema';
import { isDuplicateValueError, toTypedError } from './spErrors';

/**
 * The DealReviews list (schema version 5) and the leader's reason list (a VNSettings item). Reads
 * filter on the unique, indexed deal id or page in item-id order.
 */
export function createReviewStore(sp: SPFI): ReviewStore {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(listTitle('reviews')).items;
  const settings = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(SETTINGS_LIST).items;
  const fail = (error: unknown, action: 'read-items' | 'write-items'): Promise<never> => Promise.reject(toTypedError(error, action));
  const get = async (opportunityId: string): Promise<StoredReviewRecord | undefined> => {
    const rows = await items()
      .select(...REVIEW_SELECT)
      .filter(`${F.opportunityId} eq ${odataString(opportunityId)}`)
      .top(1)<Record<string, unknown>[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows.length === 0 ? undefined : itemToReview(rows[0]);
  };
  const reasonItem = async (): Promise<{ Id: number; [key: string]: unknown } | undefined> => {
    const rows = await settings()
      .select('Id', SettingFields.value)
      .filter(`${SettingFields.key} eq ${odataString(REVIEW_REASONS_KEY)}`)
      .top(1)<{ Id: number; [key: string]: unknown }[]>()
      .catch((e: unknown) => fail(e, 'read-items'));
    return rows[0];
  };

  return {
    async save(record: ReviewRecord): Promise<StoredReviewRecord> {
      const body = reviewToItem(record);
      const stored = await get(record.opportunityId);
      if (stored) {
        await items().getById(stored.itemId).update(body).catch((e: unknown) => fail(e, 'write-items'));
        return { ...record, itemId: stored.itemId };
      }
      try {
        const added = (await items().add(body)) as Record<string, unknown>;
        return { ...record, itemId: typeof added.Id === 'number' ? added.Id : typeof added.ID === 'number' ? added.ID : 0 };
      } catch (error) {
        // Someone reviewed the same deal at the same moment: the unique key refused ours; replace theirs.
        if (!isDuplicateValueError(error)) return fail(error, 'write-items');
        const theirs = await get(record.opportunityId);
        if (!theirs) return fail(error, 'write-items');
        await items().getById(theirs.itemId).update(body).catch((e: unknown) => fail(e, 'write-items'));
        return { ...record, itemId: theirs.itemId };
      }
    },
    get,
    async listAll(): Promise<StoredReviewRecord[]> {
      return readAllPages(items().select(...REVIEW_SELECT).orderBy('Id', true), itemToReview).catch((e: unknown) => fail(e, 'read-items'));
    },
    async reasons(): Promise<string[]> {
      const row = await reasonItem();
      return parseReasons(row?.[SettingFields.value]) ?? [...DEFAULT_REVIEW_REASONS];
    },
    async saveReasons(reasons: readonly string[]): Promise<void> {
      const cleaned = [...new Set(reasons.map((r) => r.trim()).filter((r) => r !== ''))];
      const body = { Title: REVIEW_REASONS_KEY, [SettingFields.key]: REVIEW_REASONS_KEY, [SettingFields.value]: JSON.stringify(cleaned) };
      const row = await reasonItem();
      if (row) await settings().getById(row.Id).update(body).catch((e: unknown) => fail(e, 'write-items'));
      else await settings().add(body).catch((e: unknown) => fail(e, 'write-items'));
    }
  };
}
