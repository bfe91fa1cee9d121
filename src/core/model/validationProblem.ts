/**
 * Small helpers shared by the blueprint and opportunity validators.
 */
import type { ValidationProblem } from '..';

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

/**
 * How a message names a transaction: its number and deliverable (`16 "Mutual close plan"`), which is
 * what people see in the designer; its id only when the blueprint lacks it (a dangling reference).
 */
export function transactionLabel(transactions: readonly { readonly id: string; readonly sequence: number; readonly deliverable: string }[], id: string): string {
  const t = transactions.find((x) => x.id === id);
  if (!t) return `"${id}"`;
  return isBlank(t.deliverable) ? `number ${String(t.sequence)}` : `${String(t.sequence)} "${t.deliverable}"`;
}

/** How a message names a role: its name, or the reference itself when the blueprint lacks the role. */
export function roleLabel(roles: readonly { readonly id: string; readonly name: string }[], id: string): string {
  const r = roles.find((x) => x.id === id);
  return `"${r && !isBlank(r.name) ? r.name : id}"`;
}
