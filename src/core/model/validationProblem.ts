/**
 * Small helpers shared by the blueprint and opportunity validators.
 */
import type { ValidationProblem } from '../errors';

export function problem(code: string, path: string, message: string): ValidationProblem {
  return { code, path, message };
}

/** True for strings that are empty or only whitespace (and for non-strings that slipped in from JSON). */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** Maps each id to the index of its first occurrence: later duplicates are reported, not indexed. */
export function firstIndexById(items: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  return index;
}
