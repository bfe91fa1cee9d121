import type { GraphError } from '@microsoft/microsoft-graph-client';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@microsoft/microsoft-graph-client';
import { createGraphEmulator } from '../../../workbench/server/graph';
import type { GraphEmulator, GraphSeed } from '../../../workbench/server/graph';

/** A running emulator on 127.0.0.1 with a fake clock the test moves. */
export interface RunningEmulator {
  readonly emulator: GraphEmulator;
  readonly origin: string;
  readonly dataDir: string;
  readonly clock: { now: number };
  close(): Promise<void>;
}

export const SEED: GraphSeed = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/graph/seed.json'), 'utf8')) as GraphSeed;

/** 2026-10-31T12:00:00Z, the fake clock's start. */
export const START = Date.UTC(2026, 9, 31, 12, 0, 0);

export async function startEmulator(dataDir: string = mkdtempSync(join(tmpdir(), 'graph-emulator-')), clock: { now: number } = { now: START }): Promise<RunningEmulator> {
  const emulator = createGraphEmulator({ dataDir, now: () => clock.now, maxTokenAgeMs: 60 * 60 * 1000 });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    emulator.handle(req, res, url).then(
      (handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end();
        }
      },
      (error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      }
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    emulator,
    origin,
    dataDir,
    clock,
    close: () => new Promise<void>((done) => server.close(() => done()))
  };
}

/**
 * The product's Graph client with its default middleware. Its AuthenticationHandler asks the
 * authProvider for a token only for https Graph hosts (or https `customHosts`) and otherwise DELETES
 * the `Authorization` header, so against a plain-HTTP emulator the bearer travels as a lower-case
 * `authorization` entry of `fetchOptions.headers` (which that handler leaves alone); the authProvider
 * stays as the product configures it.
 */
export function graphClient(origin: string, upn?: string): Client {
  const token = upn === undefined ? 'demo-token' : `user:${upn}`;
  return Client.init({
    baseUrl: `${origin}/graph/`,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, token),
    fetchOptions: { headers: { authorization: `Bearer ${token}` } }
  });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The error a Graph client call failed with; fails the test when the call succeeds. */
export async function failure(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphError;
  }
  throw new Error('expected the request to fail');
}
