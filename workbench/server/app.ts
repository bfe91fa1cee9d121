import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Persona } from '../client/personas';
import type { DemoOrganisation } from '../demo';
import { demoOrganisation, demoSiteUsers, seedGraphOnce } from './demo';
import { createFaultInjector, type FaultConfig, type FaultInjector } from './faults';
import { createGraphEmulator, type GraphEmulator } from './graph';
import { type RouteHandler, sendJson } from './http';
import { bundleWorkbenchClient, createPageHandler } from './page';
import { createSharePointEmulator, type SharePointEmulator } from './sharepoint';

export interface WorkbenchOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Loopback only: the emulators hold demo data and accept any bearer token. */
  readonly host?: string;
  /** Folder that holds the emulators' data between runs. */
  readonly dataDir: string;
  /** Faults to inject from the start (off by default; tests and the page can change them at /_workbench/faults). */
  readonly faults?: Partial<FaultConfig>;
}

export interface Workbench {
  readonly url: string;
  /** Absolute URL of the emulated SharePoint site, e.g. `http://127.0.0.1:4321/sites/sales`. */
  readonly siteUrl: string;
  /** Base URL for the Microsoft Graph client, e.g. `http://127.0.0.1:4321/graph/v1.0`. */
  readonly graphUrl: string;
  readonly server: Server;
  readonly sharePoint: SharePointEmulator;
  readonly graph: GraphEmulator;
  readonly faults: FaultInjector;
  /** The demo organisation the emulators hold (seed 42). */
  readonly demo: DemoOrganisation;
  close(): Promise<void>;
}

const permissionLabels: Record<Persona['key'], string> = { owner: 'site owner', member: 'member', visitor: 'visitor' };

/** Starts the local workbench: the page, and the emulated SharePoint site and Microsoft Graph behind it. */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const org = demoOrganisation();
  const faults = createFaultInjector(options.faults);
  const sharePoint = createSharePointEmulator({ dataDir: options.dataDir, users: demoSiteUsers(org), partFault: faults.partFault });
  const graph = createGraphEmulator({ dataDir: options.dataDir, partFault: faults.partFault });
  seedGraphOnce(graph, org, options.dataDir);
  const personas: Persona[] = sharePoint.users.map((user) => ({
    key: user.key,
    displayName: user.title,
    loginName: user.email.toLowerCase(),
    permission: permissionLabels[user.key]
  }));
  const handlers: RouteHandler[] = [
    // Faults first: they answer instead of the emulators, never for the page or /_workbench/ controls.
    faults.handle,
    sharePoint.handle,
    graph.handle,
    async (req, res, url) => {
      if (url.pathname !== '/_workbench/personas' || req.method !== 'GET') return false;
      sendJson(res, 200, personas);
      return true;
    },
    createPageHandler(await bundleWorkbenchClient())
  ];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    (async () => {
      for (const handle of handlers) {
        if (await handle(req, res, url)) return;
      }
      sendJson(res, 404, { error: { code: 'notFound', message: `Nothing is served at ${url.pathname}.` } });
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'workbenchError', message: String(error) } });
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    siteUrl: `${origin}${sharePoint.sitePath}`,
    graphUrl: `${origin}/graph/v1.0`,
    server,
    sharePoint,
    graph,
    faults,
    demo: org,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
