import { ValueNetworksError } from '../../../src/core';
import type { EmulatorResponse } from './types';

/**
 * A request the emulator refuses, with the HTTP status and the Graph error code Microsoft 365 would
 * answer (e.g. 400 `BadRequest`, 410 `syncStateNotFound`). Handlers throw it; the dispatcher turns it
 * into Graph's error body.
 */
export class GraphEmulatorError extends ValueNetworksError {
  public readonly status: number;
  public readonly code: string;

  public constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Shorthand for the most common refusal: 400 `BadRequest` (Graph's code for schema violations). */
export function badRequest(message: string, code: string = 'BadRequest'): GraphEmulatorError {
  return new GraphEmulatorError(400, code, message);
}

export function notFound(message: string, code: string = 'ResourceNotFound'): GraphEmulatorError {
  return new GraphEmulatorError(404, code, message);
}

/**
 * Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`.
 * `date` is ISO 8601 without milliseconds, as Graph writes it.
 *
 * @param now epoch milliseconds of the answer
 * @param requestId the id echoed in `request-id` (and in the response header of the same name)
 */
export function graphErrorResponse(status: number, code: string, message: string, now: number, requestId: string): EmulatorResponse {
  const date = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    status,
    headers: { 'request-id': requestId, 'client-request-id': requestId },
    body: { error: { code, message, innerError: { date, 'request-id': requestId, 'client-request-id': requestId } } }
  };
}
