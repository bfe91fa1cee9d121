import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFaultInjector, type FaultInjector } from '../../workbench/server/faults';
import { createGraphEmulator, type GraphEmulator } from '../../workbench/server/graph';
import { createSharePointEmulator, type SharePointEmulator } from '../../workbench/server/sharepoint';

/** Both emulators behind one fault injector, as the workbench serves them, without the page. */
export interface SiteAndGraph {
  readonly origin: string;
  readonly siteUrl: string;
  readonly graphUrl: string;
  readonly sharePoint: SharePointEmulator;
  readonly graph: GraphEmulator;
  readonly faults: FaultInjector;
  /** Requests the server received (faulted ones included). */
  readonly requests: () => number;
  close(): Promise<void>;
}

/** Starts SharePoint and Graph emulators on 127.0.0.1 over a temp folder; `now` is the emulators' and the injector's clock. */
export async function startSiteAndGraph(now: () => number = () => Date.now()): Promise<SiteAndGraph> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-site-graph-'));
  const faults = createFaultInjector({}, now);
  const sharePoint = createSharePointEmulator({ dataDir, partFault: faults.partFault });
  const graph = createGraphEmulator({ dataDir, now, partFault: faults.partFault });
  graph.seed({ users: [{ id: 'u-ann', displayName: 'Ann', userPrincipalName: 'ann@contoso.test', mail: 'ann@contoso.test' }], defaultUserUpn: 'ann@contoso.test' });
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    (async () => {
      if (await faults.handle(req, res, url)) return;
      if (await sharePoint.handle(req, res, url)) return;
      if (await graph.handle(req, res, url)) return;
      res.writeHead(404).end();
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    siteUrl: `${origin}${sharePoint.sitePath}`,
    graphUrl: `${origin}/graph/v1.0`,
    sharePoint,
    graph,
    faults,
    requests: () => requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
