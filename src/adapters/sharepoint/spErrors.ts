/**
 * Reading PnPjs' `HttpRequestError` (status + the response body in its message) into the product's
 * typed errors. Kept in one place so repositories never parse SharePoint error text themselves.
 */
import { ValueNetworksError } from '../../core';
import { PermissionDeniedError, type PermissionAction } from '../../services';
import { isRefusedBeforeActing } from '../http';

/** A SharePoint REST call that failed for a reason other than the typed ones above; `status` is the HTTP status. */
export class SharePointRequestError extends ValueNetworksError {
  public readonly status: number;
  /** SharePoint's error code (`"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException"`) when known. */
  public readonly code: string | undefined;

  public constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A stored list item whose content cannot be read back (bad JSON column, unknown choice); names the item and column. */
export class StoredDataError extends ValueNetworksError {
  public readonly list: string;
  public readonly itemId: number | undefined;
  public readonly column: string;

  public constructor(list: string, itemId: number | undefined, column: string, reason: string) {
    super(`${list} item ${itemId ?? '?'}, column ${column}: ${reason}`);
    this.list = list;
    this.itemId = itemId;
    this.column = column;
  }
}

interface HttpErrorLike {
  readonly status: number;
  readonly message: string;
  readonly response?: Response;
}

/** True for PnPjs' `HttpRequestError` (checked by shape: it may come from another copy of the package). */
export function isHttpError(error: unknown): error is HttpErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** The HTTP status of a failed call; `undefined` for a network error. */
export function statusOf(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined;
}

/** A `Retry-After` header carried by a failed call, if any. */
export function retryAfterOf(error: unknown): string | undefined {
  return (isHttpError(error) && error.response?.headers.get('Retry-After')) || undefined;
}

/**
 * A write refused because a unique column already holds the value (SharePoint answers HTTP 500 with
 * `SPDuplicateValuesFoundException`): for this product that means "already stored".
 */
export function isDuplicateValueError(error: unknown): boolean {
  return isHttpError(error) && error.status === 500 && /SPDuplicateValuesFoundException/.test(error.message);
}

/**
 * A write whose outcome is unknown: no answer at all, or a gateway's 502/503/504 that does not say
 * the service refused before acting. It may have been applied, with only its answer lost.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return true;
  return (status === 502 || status === 503 || status === 504) && !isRefusedBeforeActing(status, retryAfterOf(error));
}

/** `If-Match` did not match: someone else changed the item. */
export function isETagMismatch(error: unknown): boolean {
  return isHttpError(error) && error.status === 412;
}

/** SharePoint's `odata.error` code inside the message, when present. */
function codeOf(message: string): string | undefined {
  const match = /"code"\s*:\s*"([^"]+)"/.exec(message);
  return match ? match[1] : undefined;
}

/** SharePoint's error sentence (`message.value`) inside the message, or the whole message. */
function sentenceOf(message: string): string {
  const match = /"value"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(message);
  return match ? match[1] : message;
}

/**
 * The typed error for a failed call: {@link PermissionDeniedError} for 401/403 (naming what the user
 * tried), otherwise {@link SharePointRequestError} with the status and SharePoint's own sentence.
 * Anything that is not an HTTP error (a network failure) is returned unchanged.
 */
export function toTypedError(error: unknown, action: PermissionAction): unknown {
  if (!isHttpError(error)) return error;
  if (error.status === 401 || error.status === 403) {
    const permission = action === 'read-items' ? 'ViewListItems' : action === 'write-items' ? 'AddListItems/EditListItems' : 'ManageLists';
    return new PermissionDeniedError(action, permission, `SharePoint refused this: you need the ${permission} permission on this site. ${sentenceOf(error.message)}`);
  }
  return new SharePointRequestError(error.status, `SharePoint answered ${error.status}: ${sentenceOf(error.message)}`, codeOf(error.message));
}
