import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where the process under test dies: at its `step`-th write, before the server sees it or after the server applied it. */
export interface CrashPoint {
  readonly step: number;
  readonly when: 'before' | 'after';
}

/**
 * A pass-through proxy in front of the emulators that kills the process under test at a chosen write
 * (any request but a GET): `before` drops the request unseen; `after` lets the emulator apply it and
 * kills the process before the answer reaches it, the hard case of a crash right after a commit.
 */
export interface CrashProxy {
  readonly origin: string;
  /** Writes seen since the last arm(). */
  writes(): number;
  /** Arms one crash; `kill` stops the process under test. Without a point, only counts. */
  arm(point: CrashPoint | undefined, kill: () => void): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // The Host header stays the proxy's: the emulators build the URLs they answer with from it.
    const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      readBody(answer).then((buffer) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: buffer }), reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

/** @param targetOrigin the emulators' origin, e.g. `http://127.0.0.1:4321` */
export async function startCrashProxy(targetOrigin: string): Promise<CrashProxy> {
  const target = new URL(targetOrigin);
  let writes = 0;
  let point: CrashPoint | undefined;
  let kill: () => void = () => undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      const isWrite = req.method !== 'GET' && req.method !== 'HEAD';
      const step = isWrite ? ++writes : 0;
      const crash = point !== undefined && step === point.step ? point.when : undefined;
      if (crash === 'before') {
        kill();
        res.destroy();
        return;
      }
      const answer = await forward(target, req, body);
      if (crash === 'after') {
        kill();
        res.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    writes: () => writes,
    arm(next, stop) {
      writes = 0;
      point = next;
      kill = stop;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
