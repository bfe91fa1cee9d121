import { invalidQuery } from './errors';
import { parseFilter, type FilterNode } from './filterParser';

export interface OrderTerm {
  readonly name: string;
  readonly descending: boolean;
}

/** The OData query options of a list items request, parsed but not yet resolved against the list. */
export interface ODataQuery {
  readonly select?: readonly string[];
  readonly expand: readonly string[];
  readonly filter?: FilterNode;
  readonly orderBy: readonly OrderTerm[];
  readonly top?: number;
  /** `$skiptoken=Paged=TRUE&p_ID=12&p_Title=x`: the sort key of the last item of the previous page. */
  readonly skipToken?: ReadonlyMap<string, string>;
}

/** The part of `Accept` that selects SharePoint's JSON flavour. */
export type ODataMode = 'verbose' | 'minimalmetadata' | 'nometadata';

/** `application/json;odata=verbose` -> verbose; SharePoint Online's default for plain JSON is minimal. */
export function odataModeOf(accept: string | undefined): ODataMode {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata') || value.includes('odata.metadata=none')) return 'nometadata';
  return 'minimalmetadata';
}

function list(value: string | null): string[] {
  return value === null ? [] : value.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Parses `$select`, `$expand`, `$filter`, `$orderby`, `$top` and `$skiptoken`.
 *
 * @throws 400 InvalidClientQueryException for a malformed `$top`, `$orderby` or `$filter`
 */
export function parseODataQuery(params: URLSearchParams): ODataQuery {
  const select = params.get('$select');
  const filter = params.get('$filter');
  const topText = params.get('$top');
  let top: number | undefined;
  if (topText !== null) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 0) throw invalidQuery(`Invalid $top value '${topText}'.`);
  }
  const orderBy = list(params.get('$orderby')).map((term): OrderTerm => {
    const match = /^(\S+)(?:\s+(asc|desc))?$/i.exec(term);
    if (!match) throw invalidQuery(`Invalid $orderby term '${term}'.`);
    return { name: match[1], descending: (match[2] ?? '').toLowerCase() === 'desc' };
  });
  const skipText = params.get('$skiptoken');
  let skipToken: Map<string, string> | undefined;
  if (skipText !== null) {
    skipToken = new Map();
    for (const [key, value] of new URLSearchParams(skipText)) skipToken.set(key, value);
  }
  return {
    select: select === null ? undefined : list(select),
    expand: list(params.get('$expand')),
    filter: filter === null || filter.trim() === '' ? undefined : parseFilter(filter),
    orderBy,
    top,
    skipToken
  };
}
