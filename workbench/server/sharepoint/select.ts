import type { SpRequest } from './context';
import { invalidQuery } from './errors';

/**
 * Applies `$select` to a non-item entity (web, list, field, user). `*` or no `$select` keeps every
 * property; an unknown name is refused as SharePoint does.
 */
export function selectProps(request: SpRequest, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const select = request.query.get('$select');
  if (select === null || select.trim() === '') return { ...props };
  const names = select.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.includes('*')) return { ...props };
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw invalidQuery(`The field or property '${name}' does not exist.`);
    out[key] = props[key];
  }
  return out;
}
