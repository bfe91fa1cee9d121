import { columnNotFound, invalidQuery } from './errors';
import { resolveColumn } from './fieldSchema';
import type { CompareOp, FilterField, FilterNode, FilterOperand } from './filterParser';
import { readColumn } from './itemValues';
import type { FieldDef, FieldValue, ItemRecord, SiteUser } from './types';

/** A predicate over items, built once per query so field names resolve only once. */
export type ItemPredicate = (item: ItemRecord) => boolean;

/** The columns a filter refers to (internal names), for the list view threshold check. */
export function filterColumns(node: FilterNode, fields: readonly FieldDef[]): FieldDef[] {
  const out: FieldDef[] = [];
  const addField = (operand: FilterOperand): void => {
    if (operand.kind !== 'field') return;
    const column = resolveColumn(fields, operand.name);
    if (!column) throw columnNotFound(operand.name);
    if (!out.includes(column.field)) out.push(column.field);
  };
  const walk = (n: FilterNode): void => {
    switch (n.kind) {
      case 'and':
      case 'or':
        walk(n.left);
        walk(n.right);
        break;
      case 'not':
        walk(n.operand);
        break;
      case 'compare':
        addField(n.left);
        addField(n.right);
        break;
      default:
        addField(n.field);
    }
  };
  walk(node);
  return out;
}

type Getter = (item: ItemRecord) => FieldValue;

function getterFor(operand: FilterField, fields: readonly FieldDef[], users: readonly SiteUser[]): Getter {
  const column = resolveColumn(fields, operand.name);
  if (!column) throw columnNotFound(operand.name);
  const { field, part } = column;
  if (field.type !== 'User' || part === 'value' || part.toLowerCase() === 'id') return (item) => readColumn(item, field);
  const property = part.toLowerCase();
  if (!['title', 'email', 'name'].includes(property)) throw columnNotFound(operand.name);
  return (item) => {
    const user = users.find((u) => u.id === readColumn(item, field));
    if (!user) return null;
    return property === 'title' ? user.title : property === 'email' ? user.email : user.loginName;
  };
}

function compareValues(op: CompareOp, left: FieldValue, right: FieldValue): boolean {
  const empty = (v: FieldValue): boolean => v === null || v === '';
  if (op === 'eq') return empty(left) || empty(right) ? empty(left) && empty(right) : same(left, right);
  if (op === 'ne') return empty(left) || empty(right) ? !(empty(left) && empty(right)) : !same(left, right);
  if (empty(left) || empty(right)) return false;
  const order = typeof left === 'string' && typeof right === 'string' ? left.localeCompare(right, 'en', { sensitivity: 'base' }) : Number(left) - Number(right);
  switch (op) {
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
    case 'lt':
      return order < 0;
    default:
      return order <= 0;
  }
}

/** SharePoint compares text case-insensitively (the content database collation). */
function same(left: FieldValue, right: FieldValue): boolean {
  if (typeof left === 'string' && typeof right === 'string') return left.toLowerCase() === right.toLowerCase();
  // Booleans compare as 0/1, so `Flag eq 1` and `Flag eq true` agree as they do in SharePoint.
  return left === right || Number(left) === Number(right);
}

/** A string literal compared with a DateTime column is read as a date, as SharePoint does. */
function dateLiteral(o: FilterOperand, other: FilterOperand, fields: readonly FieldDef[]): FilterOperand {
  if (o.kind !== 'literal' || o.type !== 'string' || other.kind !== 'field') return o;
  if (resolveColumn(fields, other.name)?.field.type !== 'DateTime') return o;
  const ms = Date.parse(o.value);
  return Number.isNaN(ms) ? o : { kind: 'literal', type: 'datetime', value: ms };
}

/**
 * Compiles a parsed `$filter` into a predicate over the list's items.
 *
 * @param users site users, for `<UserColumn>/Title|EMail|Name` comparisons
 * @throws 400 (column does not exist) for an unknown column
 */
export function compileFilter(node: FilterNode, fields: readonly FieldDef[], users: readonly SiteUser[]): ItemPredicate {
  const operand = (o: FilterOperand): Getter => {
    if (o.kind === 'field') return getterFor(o, fields, users);
    const value = o.value;
    return () => value;
  };
  const text = (o: FilterOperand): string => {
    if (o.kind !== 'literal' || o.type !== 'string') throw invalidQuery('A string literal was expected.');
    return o.value.toLowerCase();
  };
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, fields, users);
      const right = compileFilter(node.right, fields, users);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(node.left, fields, users);
      const right = compileFilter(node.right, fields, users);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const inner = compileFilter(node.operand, fields, users);
      return (item) => !inner(item);
    }
    case 'compare': {
      const leftOperand = dateLiteral(node.left, node.right, fields);
      const rightOperand = dateLiteral(node.right, node.left, fields);
      if (node.op === 'eq' && leftOperand.kind === 'field' && rightOperand.kind === 'literal' && rightOperand.type === 'string' && rightOperand.value !== '') {
        // The common `Column eq 'text'` on large lists: lower-case the literal once, not per item.
        const get = getterFor(leftOperand, fields, users);
        const wanted = rightOperand.value.toLowerCase();
        return (item) => {
          const value = get(item);
          return typeof value === 'string' ? value.toLowerCase() === wanted : value !== null && same(value, rightOperand.value);
        };
      }
      const left = operand(leftOperand);
      const right = operand(rightOperand);
      return (item) => compareValues(node.op, left(item), right(item));
    }
    case 'startswith': {
      const get = getterFor(node.field, fields, users);
      const prefix = text(node.value);
      return (item) => String(get(item) ?? '').toLowerCase().startsWith(prefix);
    }
    default: {
      const get = getterFor(node.field, fields, users);
      const needle = text(node.value);
      return (item) => String(get(item) ?? '').toLowerCase().includes(needle);
    }
  }
}
