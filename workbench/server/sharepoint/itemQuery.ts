import { columnNotFound, listViewThreshold } from './errors';
import { compileFilter, filterColumns } from './filterEval';
import type { FilterNode } from './filterParser';
import { resolveColumn } from './fieldSchema';
import { readColumn } from './itemValues';
import type { ODataQuery } from './odataQuery';
import type { FieldDef, FieldValue, ItemRecord, SiteUser } from './types';
import { indexedCandidates } from './valueIndex';

/** SharePoint Online's list view threshold (not configurable there either). */
export const LIST_VIEW_THRESHOLD = 5000;

/** Items per page when a request has no `$top` (SharePoint's REST default). */
export const DEFAULT_PAGE_SIZE = 100;

export interface ItemPage {
  readonly items: readonly ItemRecord[];
  /** `$skiptoken` value for the next page, absent on the last page. */
  readonly nextSkipToken?: string;
}

interface SortKey {
  readonly field: FieldDef;
  readonly descending: boolean;
}

function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/**
 * Throws SharePoint's threshold error when a query on a list above 5,000 items would need a scan:
 * `$top` above the threshold, `$orderby` on a column that is not indexed, or a `$filter` that no
 * indexed conjunct narrows to 5,000 items or fewer (SharePoint evaluates the indexed part first).
 */
function checkThreshold(items: readonly ItemRecord[], fields: readonly FieldDef[], query: ODataQuery, users: readonly SiteUser[], sortKeys: readonly SortKey[]): void {
  if (items.length <= LIST_VIEW_THRESHOLD) return;
  if ((query.top ?? 0) > LIST_VIEW_THRESHOLD) throw listViewThreshold();
  if (sortKeys.some((key) => !key.field.indexed)) throw listViewThreshold();
  if (!query.filter) return;
  if (filterColumns(query.filter, fields).every((field) => field.indexed)) return;
  const narrowing = conjuncts(query.filter).some((part) => {
    if (!filterColumns(part, fields).every((field) => field.indexed)) return false;
    const predicate = compileFilter(part, fields, users);
    let count = 0;
    for (const item of items) if (predicate(item) && ++count > LIST_VIEW_THRESHOLD) return false;
    return true;
  });
  if (!narrowing) throw listViewThreshold();
}

function compareField(a: FieldValue, b: FieldValue): number {
  const aEmpty = a === null || a === '';
  const bEmpty = b === null || b === '';
  // Empty values sort first in ascending order, as in SharePoint views.
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en', { sensitivity: 'base' });
  return Number(a) - Number(b);
}

function makeComparator(keys: readonly SortKey[], idDescending: boolean): (a: ItemRecord, b: ItemRecord) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareField(readColumn(a, key.field), readColumn(b, key.field));
      if (order !== 0) return key.descending ? -order : order;
    }
    return idDescending ? b.id - a.id : a.id - b.id;
  };
}

function tokenValue(field: FieldDef, text: string | undefined): FieldValue {
  if (text === undefined || text === '') return null;
  if (field.type === 'Text' || field.type === 'Note' || field.type === 'Choice' || field.type === 'Guid') return text;
  if (field.type === 'Boolean') return text === '1' || text.toLowerCase() === 'true';
  return Number(text);
}

/**
 * Runs a list items query: filter, threshold check, sort (then by Id), paging by `$skiptoken`.
 *
 * @param items the list's items in ascending Id order
 * @throws 500 SPQueryThrottledException past the list view threshold; 400 for unknown columns
 */
export function queryItems(items: readonly ItemRecord[], fields: readonly FieldDef[], query: ODataQuery, users: readonly SiteUser[]): ItemPage {
  const idField = fields.find((f) => f.internalName === 'ID') as FieldDef;
  let idDescending = false;
  const sortKeys: SortKey[] = [];
  for (const term of query.orderBy) {
    const column = resolveColumn(fields, term.name);
    if (!column) throw columnNotFound(term.name);
    if (column.field === idField) {
      idDescending = term.descending;
      break;
    }
    sortKeys.push({ field: column.field, descending: term.descending });
  }
  checkThreshold(items, fields, query, users, sortKeys);

  const predicate = query.filter ? compileFilter(query.filter, fields, users) : undefined;
  // An equality on an indexed text column is answered from an index, as SharePoint does (valueIndex.ts).
  const candidates = query.filter ? (indexedCandidates(items, fields, query.filter) ?? items) : items;
  let matched = predicate ? candidates.filter(predicate) : [...items];
  const comparator = makeComparator(sortKeys, idDescending);
  if (sortKeys.length > 0 || idDescending) matched = matched.sort(comparator);

  let start = 0;
  if (query.skipToken) {
    const token = query.skipToken;
    const tokenId = Number(token.get('p_ID') ?? 0);
    const values: Record<string, FieldValue> = {};
    for (const key of sortKeys) values[key.field.internalName] = tokenValue(key.field, token.get(`p_${key.field.internalName}`));
    // A stand-in item carrying the previous page's last sort key: the page starts right after it.
    const marker: ItemRecord = { id: tokenId, guid: '', created: 0, modified: 0, authorId: 0, editorId: 0, etag: 0, uiVersion: 0, values, history: [] };
    const readMarker = (field: FieldDef): FieldValue => (field.internalName in values ? values[field.internalName] : readColumn(marker, field));
    const markerCompare = (item: ItemRecord): number => {
      for (const key of sortKeys) {
        const order = compareField(readColumn(item, key.field), readMarker(key.field));
        if (order !== 0) return key.descending ? -order : order;
      }
      return idDescending ? tokenId - item.id : item.id - tokenId;
    };
    start = matched.findIndex((item) => markerCompare(item) > 0);
    if (start < 0) start = matched.length;
  }
  const size = query.top ?? DEFAULT_PAGE_SIZE;
  const page = matched.slice(start, start + size);
  if (start + size >= matched.length || page.length === 0) return { items: page };
  const last = page[page.length - 1];
  const token = new URLSearchParams({ Paged: 'TRUE' });
  for (const key of sortKeys) {
    const value = readColumn(last, key.field);
    token.set(`p_${key.field.internalName}`, value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  token.set('p_ID', String(last.id));
  return { items: page, nextSkipToken: token.toString() };
}
