import type { IItems } from '@pnp/sp/items';

/**
 * SharePoint's largest page (and the list view threshold): a page of up to 5,000 items is one
 * request; anything larger must be paged, and filtered only on indexed columns.
 */
export const MAX_PAGE_SIZE: number = 5000;

/**
 * Reads every page of an items query with PnPjs v4's async iteration (it follows
 * `odata.nextLink`) and maps each item. The query must filter and sort only on indexed columns, or
 * SharePoint refuses it once the list holds more than 5,000 items.
 *
 * @param pageSize items per request, 1..5,000
 */
export async function readAllPages<T>(items: IItems, map: (item: Record<string, unknown>) => T, pageSize: number = MAX_PAGE_SIZE): Promise<T[]> {
  const out: T[] = [];
  for await (const page of items.top(Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize)))) {
    for (const item of page as Record<string, unknown>[]) out.push(map(item));
  }
  return out;
}

/** An OData string literal: single quotes doubled, as SharePoint's `$filter` expects. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
