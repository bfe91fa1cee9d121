import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createFaultInjector, type FaultConfig, type FaultInjector } from '../../workbench/server/faults';
import { createSharePointEmulator, type SharePointEmulator, type SharePointEmulatorOptions } from '../../workbench/server/sharepoint';

export interface EmulatorServer {
  readonly server: Server;
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  /** e.g. `http://127.0.0.1:41234/sites/sales` */
  readonly siteUrl: string;
  readonly dataDir: string;
  readonly sharePoint: SharePointEmulator;
  readonly faults: FaultInjector;
  /** Stops the server; keeps the data folder unless `removeData`. */
  close(removeData?: boolean): Promise<void>;
}

export interface StartOptions extends Partial<SharePointEmulatorOptions> {
  readonly faults?: Partial<FaultConfig>;
}

/**
 * Starts the SharePoint emulator behind the fault injector on 127.0.0.1, port 0, over a temp data
 * folder (or `dataDir`, to test restarts).
 */
export async function startEmulatorServer(options: StartOptions = {}): Promise<EmulatorServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'vn-sp-'));
  const faults = createFaultInjector(options.faults);
  const sharePoint = createSharePointEmulator({ ...options, dataDir, partFault: faults.partFault });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    void (async () => {
      try {
        if (await faults.handle(req, res, url)) return;
        if (await sharePoint.handle(req, res, url)) return;
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    siteUrl: `${origin}${sharePoint.sitePath}`,
    dataDir,
    sharePoint,
    faults,
    close: async (removeData = false) => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
