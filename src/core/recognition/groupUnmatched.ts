import type { UnmatchedItem, UnmatchedReason } from './recogniseItems';
import type { SourceItemKind } from './sourceItem';

/** Unmatched items that look alike: same source kind, same reason, same subject once numbers and reply prefixes are set aside. */
export interface UnmatchedGroup {
  readonly kind: SourceItemKind;
  readonly reason: UnmatchedReason;
  /** The subject pattern, lower-cased, numbers as `#`, e.g. `security questionnaire #`. */
  readonly pattern: string;
  readonly count: number;
  /** Up to three subjects as they were, newest first. */
  readonly examples: readonly string[];
  /** Epoch ms of the newest item. */
  readonly latest: number;
  /** A deal the items were found on, when the opportunity was known (no recognition rule). */
  readonly opportunityId?: string;
}

/** `RE: Security Questionnaire 2 (v3)` -> `security questionnaire # (v#)`. */
export function subjectPattern(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/^(\s*(re|aw|fw|fwd|wg)\s*:\s*)+/g, '')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Groups unmatched items by kind, reason and subject pattern, largest group first (then newest, then
 * pattern), at most `limit` groups. The groups a recognition rule could fix are those with reason
 * `no-recognition-rule`: the deal was found, the exchange was not.
 */
export function groupUnmatched(items: readonly UnmatchedItem[], limit: number = 50): UnmatchedGroup[] {
  const groups = new Map<string, { kind: SourceItemKind; reason: UnmatchedReason; pattern: string; items: UnmatchedItem[] }>();
  for (const item of items) {
    const pattern = subjectPattern(item.subject);
    const key = `${item.kind}\u0000${item.reason}\u0000${pattern}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { kind: item.kind, reason: item.reason, pattern, items: [item] });
  }
  return [...groups.values()]
    .map((g) => {
      const sorted = [...g.items].sort((a, b) => b.timestamp - a.timestamp);
      const withDeal = sorted.find((i) => i.opportunityId !== undefined);
      return {
        kind: g.kind,
        reason: g.reason,
        pattern: g.pattern,
        count: g.items.length,
        examples: [...new Set(sorted.map((i) => i.subject))].slice(0, 3),
        latest: sorted[0].timestamp,
        ...(withDeal?.opportunityId !== undefined ? { opportunityId: withDeal.opportunityId } : {})
      };
    })
    .sort((a, b) => b.count - a.count || b.latest - a.latest || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0))
    .slice(0, limit);
}
