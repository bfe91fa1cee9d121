/**
 * Typed reads of list item values as SharePoint's REST API returns them (JSON, light or verbose
 * metadata), throwing {@link StoredDataError} that names list, item and column when a value is not
 * what the schema promises. Shared by every mapper in this folder.
 */
import { StoredDataError } from '../spErrors';

/** A list item as REST returns it: internal names to values, plus `Id`/`ID` and the OData ETag. */
export type SpItem = Readonly<Record<string, unknown>>;

/** Where a value comes from, for error messages. */
export interface ItemContext {
  readonly list: string;
  readonly itemId: number | undefined;
}

/** The item's numeric id (`Id` or `ID`), `undefined` when it was not selected. */
export function itemIdOf(item: SpItem): number | undefined {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : undefined;
}

/** The item's ETag from `odata.etag` (light metadata) or `__metadata.etag` (verbose); `*` when absent. */
export function etagOf(item: SpItem): string {
  const light = item['odata.etag'];
  if (typeof light === 'string') return light;
  const meta = item.__metadata as { etag?: unknown } | undefined;
  return meta && typeof meta.etag === 'string' ? meta.etag : '*';
}

export function contextOf(list: string, item: SpItem): ItemContext {
  return { list, itemId: itemIdOf(item) };
}

function fail(ctx: ItemContext, column: string, reason: string): never {
  throw new StoredDataError(ctx.list, ctx.itemId, column, reason);
}

/** A text value; `undefined` for null, missing or empty. */
export function readText(item: SpItem, column: string, ctx: ItemContext): string | undefined {
  const value = item[column];
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') fail(ctx, column, `expected text, found ${typeof value}`);
  return value;
}

/** A text value that must be present. */
export function requireText(item: SpItem, column: string, ctx: ItemContext): string {
  return readText(item, column, ctx) ?? fail(ctx, column, 'is empty but required');
}

/** A number or currency value; `undefined` for null or missing. */
export function readNumber(item: SpItem, column: string, ctx: ItemContext): number | undefined {
  const value = item[column];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(ctx, column, `expected a number, found ${JSON.stringify(value)}`);
  return value;
}

/** A DateTime value as epoch ms; SharePoint stores whole seconds (milliseconds are dropped on write). */
export function readDate(item: SpItem, column: string, ctx: ItemContext): number | undefined {
  const value = item[column];
  if (value === null || value === undefined || value === '') return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) fail(ctx, column, `expected an ISO 8601 date, found ${JSON.stringify(value)}`);
  return ms;
}

export function requireDate(item: SpItem, column: string, ctx: ItemContext): number {
  return readDate(item, column, ctx) ?? fail(ctx, column, 'is empty but required');
}

/** A choice value that must be one of `allowed`. */
export function readChoice<T extends string>(item: SpItem, column: string, allowed: readonly T[], ctx: ItemContext): T | undefined {
  const value = readText(item, column, ctx);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) fail(ctx, column, `"${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * A JSON column, parsed and checked by `validate` (returns a problem sentence, or `undefined` when
 * the value is acceptable). `undefined` for an empty column.
 */
export function readJson<T>(item: SpItem, column: string, validate: (value: unknown) => string | undefined, ctx: ItemContext): T | undefined {
  const text = readText(item, column, ctx);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(ctx, column, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = validate(parsed);
  if (problem !== undefined) fail(ctx, column, problem);
  return parsed as T;
}

/** Epoch ms as the ISO 8601 text SharePoint accepts for DateTime columns; `null` clears the column. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a column only with JSON null.
export function dateValue(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** `value` or `null`, so that writing a record clears columns the record leaves out. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a column only with JSON null.
export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
