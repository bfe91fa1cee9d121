import { createSmsEmulator } from './sms';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http';
import type { RouteHandler } from '../http';
import { batchRoutes } from './batch';
import { calendarRoutes } from './calendar';
import { graphErrorResponse, GraphEmulatorError } from './errors';
import { listRoutes } from './lists';
import { mailRoutes } from './mail';
import { plannerRoutes } from './planner';
import { dispatchGraph } from './router';
import type { DispatchDependencies, EmulatorSettings, Route } from './router';
import { openGraphStore } from './store';
import { teamsRoutes, validateWorkflowPost } from './teams';
import { teamsReadRoutes } from './teamsReads';
import { userRoutes } from './users';
import type { EmulatorResponse, GraphSeed, OutboxItem } from './types';

export type { GraphSeed, GraphUser, OutboxItem, SeedEvent, SeedListItem, SeedMessage, SeedPlannerTask } from './types';
export { validateChatMessage, validateWorkflowPost } from './teams';
export { validateSendMail } from './mail';

/** Seven days: the lifetime Graph documents for directory delta links (Outlook's is cache-bound). */
export const DEFAULT_MAX_TOKEN_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface GraphEmulatorOptions {
  /** Folder for `graph-state.json` and `graph-outbox.json`. */
  readonly dataDir: string;
  /** Clock in epoch ms (tests pass a fake one); defaults to the system clock. */
  readonly now?: () => number;
  /** Age in ms after which delta/skip tokens answer 410; default {@link DEFAULT_MAX_TOKEN_AGE_MS}. */
  readonly maxTokenAgeMs?: number;
  /** Asked once per `$batch` request: a throttling refusal to answer instead of running it (the fault injector's `partFault`). */
  readonly partFault?: EmulatorSettings['partFault'];
}

export interface GraphEmulator {
  /** Serves `/graph/v1.0/...`, `/graph/beta/...` (404), `/webhooks/workflows/{id}`, ACS SMS at `/sms` (the resource's endpoint is the origin, as ACS's is) and `/_workbench/outbox`. */
  readonly handle: RouteHandler;
  /** Everything sent so far (channel/chat messages, mail, webhook posts), oldest first. */
  outbox(): OutboxItem[];
  /** Upserts users and resources (see {@link GraphSeed}); persisted at once. */
  seed(data: GraphSeed): void;
  /** Wipes all data and the outbox, in memory and on disk. */
  reset(): void;
  /** Test hook: every delta/skip token issued so far answers 410 from now on. */
  expireDeltaTokens(): void;
}

const ROUTES: readonly Route[] = [...userRoutes, ...calendarRoutes, ...mailRoutes, ...plannerRoutes, ...listRoutes, ...teamsRoutes, ...teamsReadRoutes, ...batchRoutes];

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphEmulatorError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

function writeResponse(res: ServerResponse, response: EmulatorResponse): void {
  if (response.body === undefined) {
    res.writeHead(response.status, { ...response.headers, 'Content-Length': 0 });
    res.end();
    return;
  }
  sendJson(res, response.status, response.body, { ...response.headers });
}

/**
 * The part of the product's v1.0 path after `/graph/v1.0`. The Graph client v3 only strips the host of
 * `https://` links (GraphRequest.parsePath), so following an `http://` nextLink/deltaLink makes it
 * append the whole link to its base URL (`/graph/v1.0/http://host/graph/v1.0/me/...`); the emulator
 * accepts that form so paging works unchanged against a plain-HTTP emulator.
 */
function graphPath(pathname: string): string {
  const rest = pathname.slice('/graph/v1.0'.length);
  const embedded = /^\/https?:\/+[^/]+\/graph\/v1\.0(\/.*)?$/i.exec(rest);
  if (embedded !== null) return embedded[1] ?? '/';
  return rest === '' ? '/' : rest;
}

/**
 * Creates the Microsoft Graph emulator: the product's real Graph client (`Client.init({ baseUrl:
 * 'http://127.0.0.1:<port>/graph/' })`) runs against it unchanged. Data persists in `dataDir`.
 */
export function createGraphEmulator(options: GraphEmulatorOptions): GraphEmulator {
  const store = openGraphStore(options.dataDir);
  const now = options.now ?? (() => Date.now());
  let requestCounter = 0;
  const deps: DispatchDependencies = {
    routes: ROUTES,
    store,
    settings: { maxTokenAgeMs: options.maxTokenAgeMs ?? DEFAULT_MAX_TOKEN_AGE_MS, partFault: options.partFault },
    now,
    nextRequestId: () => {
      requestCounter += 1;
      return `00000000-0000-4000-8000-${String(requestCounter).padStart(12, '0')}`;
    }
  };

  const sms = createSmsEmulator((item) => store.addOutbox(item), now);

  async function handleWebhook(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const time = now();
    try {
      const cards = validateWorkflowPost(parseJson((await readBody(req)).toString('utf8')));
      store.addOutbox({ time: new Date(time).toISOString(), kind: 'webhook', target: `webhooks/${id}`, sender: '', cards });
      writeResponse(res, { status: 202, headers: {} });
    } catch (error) {
      if (!(error instanceof GraphEmulatorError)) throw error;
      writeResponse(res, graphErrorResponse(error.status, error.code, error.message, time, deps.nextRequestId()));
    }
  }

  async function handleGraph(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = lowerCaseHeaders(req);
    let body: unknown;
    try {
      body = parseJson((await readBody(req)).toString('utf8'));
    } catch (error) {
      if (!(error instanceof GraphEmulatorError)) throw error;
      writeResponse(res, graphErrorResponse(error.status, error.code, error.message, now(), deps.nextRequestId()));
      return;
    }
    const baseUrl = `http://${headers.host ?? url.host}/graph/v1.0`;
    const response = await dispatchGraph({ method: req.method ?? 'GET', path: graphPath(url.pathname), query: url.searchParams, headers, body, baseUrl }, deps);
    writeResponse(res, response);
  }

  const handle: RouteHandler = async (req, res, url) => {
    const path = url.pathname;
    if (path === '/_workbench/outbox' && req.method === 'GET') {
      sendJson(res, 200, store.outbox());
      return true;
    }
    const webhook = /^\/webhooks\/workflows\/([^/]+)$/.exec(path);
    if (webhook !== null && req.method === 'POST') {
      await handleWebhook(req, res, decodeURIComponent(webhook[1]));
      return true;
    }
    if (path === '/graph/v1.0' || path.startsWith('/graph/v1.0/')) {
      await handleGraph(req, res, url);
      return true;
    }
    if (path === '/sms') {
      await sms.handle(req, res, url);
      return true;
    }
    if (path.startsWith('/graph/')) {
      // The product targets v1.0 only; beta (and anything else) is deliberately absent.
      writeResponse(res, graphErrorResponse(404, 'NotFound', `The emulator serves /graph/v1.0 only, not '${path}'.`, now(), deps.nextRequestId()));
      return true;
    }
    return false;
  };

  return {
    handle,
    outbox: () => [...store.outbox()],
    seed: (data) => store.apply(data),
    reset: () => store.reset(),
    expireDeltaTokens: () => store.expireTokens()
  };
}
