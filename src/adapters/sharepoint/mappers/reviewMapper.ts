import type { ReviewRecord, StoredReviewRecord } from '../../../services';
import { listTitle, ReviewFields as F } from '../schema';
import { contextOf, dateValue, itemIdOf, readChoice, readText, requireDate, requireText, type SpItem } from './fieldValues';

export const REVIEW_SELECT: readonly string[] = ['Id', 'Title', ...Object.values(F)];
const OUTCOMES = ['won', 'lost', 'no-decision'] as const;

/** The full body of a DealReviews item. */
export function reviewToItem(record: ReviewRecord): Record<string, unknown> {
  return {
    Title: record.dealName.slice(0, 255),
    [F.opportunityId]: record.opportunityId,
    [F.outcome]: record.outcome,
    [F.reason]: record.reason.slice(0, 255),
    [F.lessons]: record.lessons,
    [F.reviewedBy]: record.reviewedBy.slice(0, 255),
    [F.reviewedAt]: dateValue(record.reviewedAt)
  };
}

/** @throws StoredDataError for a missing deal id, outcome or review time */
export function itemToReview(item: SpItem): StoredReviewRecord {
  const ctx = contextOf(listTitle('reviews'), item);
  const opportunityId = requireText(item, F.opportunityId, ctx);
  const outcome = readChoice(item, F.outcome, OUTCOMES, ctx) ?? 'lost';
  return {
    itemId: itemIdOf(item) ?? 0,
    opportunityId,
    dealName: readText(item, 'Title', ctx) ?? opportunityId,
    outcome,
    reason: readText(item, F.reason, ctx) ?? '',
    lessons: readText(item, F.lessons, ctx) ?? '',
    reviewedBy: readText(item, F.reviewedBy, ctx) ?? '',
    reviewedAt: requireDate(item, F.reviewedAt, ctx)
  };
}

/** The leader's reasons from the settings value (a JSON array of text); `undefined` when unreadable. */
export function parseReasons(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : undefined;
  } catch {
    return undefined;
  }
}
