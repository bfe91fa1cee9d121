import { GraphEmulatorError, graphErrorResponse } from './errors';
import type { GraphStore } from './store';
import type { EmulatorRequest, EmulatorResponse, GraphUser } from './types';

/** Settings every handler may read. */
export interface EmulatorSettings {
  /** Delta and skip tokens older than this many ms answer 410. */
  readonly maxTokenAgeMs: number;
  /** Asked once per `$batch` request: a throttling refusal to answer instead of running it (the fault injector's `partFault`). */
  readonly partFault?: (path: string) => { readonly status: number; readonly retryAfterSeconds: number } | undefined;
}

/** What a route handler receives: the request, the signed-in user, the clock reading and the store. */
export interface RouteContext {
  readonly request: EmulatorRequest;
  readonly user: GraphUser;
  /** Epoch ms of this request (one reading per request, so a page is internally consistent). */
  readonly now: number;
  readonly store: GraphStore;
  readonly settings: EmulatorSettings;
  /** Regular-expression captures of the route, URI-decoded; `undefined` for absent optional groups. */
  readonly params: readonly (string | undefined)[];
  /** Runs another request as the same user (used by `$batch`). */
  readonly dispatch: (request: EmulatorRequest) => Promise<EmulatorResponse>;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Matched against the path after `/graph/v1.0`, case-insensitively as Graph does for segments. */
  readonly pattern: RegExp;
  handle(context: RouteContext): EmulatorResponse | Promise<EmulatorResponse>;
}

/** A 200 (or `status`) JSON answer. */
export function jsonResponse(body: unknown, status: number = 200): EmulatorResponse {
  return { status, headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' }, body };
}

/** An answer without a body (202 for sendMail, 204 for DELETE). */
export function emptyResponse(status: number): EmulatorResponse {
  return { status, headers: {} };
}

/**
 * The user a request acts as. Graph needs a bearer token; the emulator reads `Bearer user:<upn>` to
 * choose the signed-in user and treats any other bearer as the default user (the demo site owner).
 *
 * @throws GraphEmulatorError 401 `InvalidAuthenticationToken` without a bearer or for an unknown UPN
 */
export function signedInUser(headers: Readonly<Record<string, string>>, store: GraphStore): GraphUser {
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  if (match === null) throw new GraphEmulatorError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const named = /^user:(.+)$/.exec(match[1].trim());
  const user = named !== null ? store.findUser(named[1]) : store.defaultUser();
  if (user === undefined) throw new GraphEmulatorError(401, 'InvalidAuthenticationToken', 'Access token validation failure: unknown user.');
  return user;
}

/** Resolves `/users/{id|upn}` (or the signed-in user for `/me`, when `idOrUpn` is undefined). */
export function targetUser(context: RouteContext, idOrUpn: string | undefined): GraphUser {
  if (idOrUpn === undefined) return context.user;
  const user = context.store.findUser(idOrUpn);
  if (user === undefined) throw new GraphEmulatorError(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`);
  return user;
}

export interface DispatchDependencies {
  readonly routes: readonly Route[];
  readonly store: GraphStore;
  readonly settings: EmulatorSettings;
  readonly now: () => number;
  readonly nextRequestId: () => string;
}

/**
 * Authenticates, routes and runs one Graph request, turning refusals into Graph's error body.
 * Unknown segments answer 400 `BadRequest` as Graph does; a known path with another verb answers 405.
 */
export async function dispatchGraph(request: EmulatorRequest, deps: DispatchDependencies): Promise<EmulatorResponse> {
  const now = deps.now();
  const requestId = deps.nextRequestId();
  try {
    const user = signedInUser(request.headers, deps.store);
    let pathKnown = false;
    for (const route of deps.routes) {
      const match = route.pattern.exec(request.path);
      if (match === null) continue;
      pathKnown = true;
      if (route.method !== request.method.toUpperCase()) continue;
      const params = match.slice(1).map((value) => (value === undefined ? undefined : decodeURIComponent(value)));
      const dispatch = (inner: EmulatorRequest): Promise<EmulatorResponse> => dispatchGraph(inner, deps);
      const response = await route.handle({ request, user, now, store: deps.store, settings: deps.settings, params, dispatch });
      return { ...response, headers: { ...response.headers, 'request-id': requestId, 'client-request-id': requestId } };
    }
    if (pathKnown) throw new GraphEmulatorError(405, 'Request_BadRequest', `The HTTP method '${request.method}' is not allowed for '${request.path}'.`);
    const segment = request.path.split('/').filter((part) => part !== '').pop() ?? '';
    throw new GraphEmulatorError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  } catch (error) {
    if (error instanceof GraphEmulatorError) return graphErrorResponse(error.status, error.code, error.message, now, requestId);
    const message = error instanceof Error ? error.message : String(error);
    return graphErrorResponse(500, 'InternalServerError', message, now, requestId);
  }
}
