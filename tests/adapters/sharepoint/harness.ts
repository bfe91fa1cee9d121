import type { SPFI } from '@pnp/sp';
import { createNodeSp } from '../../../src/adapters/sharepoint/nodeClient';
import { startEmulatorServer, type EmulatorServer, type StartOptions } from '../../workbench/helpers';

/** One HTTP request as the emulator's server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
}

export interface DataLayerServer {
  readonly emu: EmulatorServer;
  /** Every request that reached the server since the last `reset`. */
  readonly seen: SeenRequest[];
  /** A client as `user` with instant retries (the sleep is a no-op, so throttling costs no time). */
  client(user?: 'owner' | 'member' | 'visitor'): SPFI;
  close(): Promise<void>;
}

export const noSleep = async (): Promise<void> => undefined;

/** Starts the SharePoint emulator and records every request the server receives. */
export async function startDataLayerServer(options: StartOptions = {}): Promise<DataLayerServer> {
  const emu = await startEmulatorServer(options);
  const seen: SeenRequest[] = [];
  emu.server.prependListener('request', (req) => {
    seen.push({ method: req.method ?? 'GET', url: req.url ?? '' });
  });
  return {
    emu,
    seen,
    client: (user = 'owner') => createNodeSp(emu.siteUrl, { headers: { Authorization: `Bearer user:${user}` }, retry: { sleep: noSleep, random: () => 0.5 } }),
    close: () => emu.close(true)
  };
}

/** Requests that are not reads: anything but GET (a `$batch` POST counts as a write). */
export function writes(seen: readonly SeenRequest[]): SeenRequest[] {
  return seen.filter((r) => r.method !== 'GET' && !r.url.startsWith('/_workbench/'));
}
