import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RouteHandler, sendJson } from './http';
import { bundleWorkbenchClient, createPageHandler } from './page';
import { personas } from './personas';

export interface WorkbenchOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Loopback only: the emulators hold demo data and accept any bearer token. */
  readonly host?: string;
  /** Folder that holds the emulators' data between runs. */
  readonly dataDir: string;
}

export interface Workbench {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the local workbench: the page, and the emulated SharePoint site and Microsoft Graph behind it. */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const handlers: RouteHandler[] = [
    async (req, res, url) => {
      if (url.pathname !== '/_workbench/personas' || req.method !== 'GET') return false;
      sendJson(res, 200, personas);
      return true;
    },
    createPageHandler(await bundleWorkbenchClient())
  ];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
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
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
