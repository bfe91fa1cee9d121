import { ValueNetworksError } from '../../../src/core';

/**
 * A request the SharePoint emulator refuses, carrying what SharePoint Online answers: the HTTP status,
 * the `code` string (`"<hresult>, <.NET exception type>"`) and the message. Handlers throw it; the
 * dispatcher renders it as `{"odata.error": ...}` (or `{"error": ...}` in verbose mode).
 */
export class SharePointEmulatorError extends ValueNetworksError {
  public readonly status: number;
  public readonly code: string;

  public constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function accessDenied(): SharePointEmulatorError {
  return new SharePointEmulatorError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.'
  );
}

/** SharePoint rejects a cookie-authenticated write without a valid `X-RequestDigest` this way. */
export function invalidDigest(): SharePointEmulatorError {
  return new SharePointEmulatorError(
    403,
    '-2130575251, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );
}

export function listNotFoundByTitle(title: string, webUrl: string): SharePointEmulatorError {
  return new SharePointEmulatorError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`);
}

export function listNotFoundById(): SharePointEmulatorError {
  return new SharePointEmulatorError(
    404,
    '-2130575322, Microsoft.SharePoint.SPException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

export function listAlreadyExists(): SharePointEmulatorError {
  return new SharePointEmulatorError(
    500,
    '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );
}

export function itemNotFound(): SharePointEmulatorError {
  return new SharePointEmulatorError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
}

/** Unknown column in `$select`, `$filter`, `$orderby` or a field lookup. */
export function columnNotFound(name: string): SharePointEmulatorError {
  return new SharePointEmulatorError(
    400,
    '-2146232832, Microsoft.SharePoint.SPException',
    `Column '${name}' does not exist. It may have been deleted by another user.`
  );
}

export function unknownProperty(name: string, entityType: string): SharePointEmulatorError {
  return new SharePointEmulatorError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' does not exist on type '${entityType}'. Make sure to only use property names that are defined by the type.`
  );
}

export function invalidQuery(message: string): SharePointEmulatorError {
  return new SharePointEmulatorError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

/** HTTP 412 on an `If-Match` that is neither `*` nor the current ETag. */
export function etagMismatch(requested: string, current: string): SharePointEmulatorError {
  return new SharePointEmulatorError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`
  );
}

export function duplicateValues(fieldNames: readonly string[]): SharePointEmulatorError {
  return new SharePointEmulatorError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldNames.join(', ')}].`
  );
}

/** The 5,000-item list view threshold (SharePoint Online answers HTTP 500). */
export function listViewThreshold(): SharePointEmulatorError {
  return new SharePointEmulatorError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
}

export function notSupported(path: string): SharePointEmulatorError {
  return new SharePointEmulatorError(
    404,
    '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    `Cannot find resource for the request ${path}.`
  );
}
