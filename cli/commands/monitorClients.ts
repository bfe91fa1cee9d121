/**
 * Builds the headless monitor's clients from its configuration: the SharePoint stores (PnPjs in
 * Node), the Graph client for history reads, and the token for alert delivery. Production uses
 * app-only certificate auth through @azure/msal-node; the workbench uses the emulators' `user:` tokens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from '@microsoft/microsoft-graph-client';
import { createNodeSp, type NodeSpOptions } from '../../src/adapters/sharepoint';
import type { MonitorConfig } from './monitorConfig';

export interface MonitorClients {
  readonly sp: ReturnType<typeof createNodeSp>;
  readonly graph: Client;
  /** Bearer token for Graph delivery POSTs (sendMail). */
  readonly graphToken: () => Promise<string>;
}

/** `https://graph.microsoft.com/v1.0` -> `https://graph.microsoft.com/` (the client adds the version). */
export function graphRoot(graphBaseUrl: string): string {
  return `${graphBaseUrl.replace(/\/(v1\.0|beta)\/?$/i, '')}/`;
}

/**
 * The clients of one monitor process.
 *
 * Certificate auth: one MSAL confidential client; Graph tokens for `https://graph.microsoft.com/.default`
 * and, through @pnp/nodejs' `MSAL` behavior, SharePoint tokens for `<site origin>/.default`. The MSAL
 * behavior is used on its own (not `SPDefault`) so the product's throttling retry and traffic
 * decoration (createNodeSp) stay in the pipeline instead of PnPjs' NodeFetchWithRetry.
 *
 * Emulator auth: the Graph client's AuthenticationHandler strips `Authorization` on plain-HTTP hosts,
 * so the bearer also travels as a lower-case `authorization` fetch header (see tests/workbench/graph).
 *
 * @param configDir folder of the config file (the private key path is relative to it)
 */
export async function createMonitorClients(config: MonitorConfig, configDir: string): Promise<MonitorClients> {
  if (config.auth.kind === 'emulator') {
    const token = `user:${config.auth.graphUser}`;
    return {
      sp: createNodeSp(config.siteUrl, { headers: { Authorization: `Bearer user:${config.auth.sharePointUser}` } }),
      graph: Client.init({ baseUrl: graphRoot(config.graphBaseUrl), defaultVersion: 'v1.0', authProvider: (done) => done(null, token), fetchOptions: { headers: { authorization: `Bearer ${token}` } } }),
      graphToken: async () => token
    };
  }
  const { ConfidentialClientApplication } = await import('@azure/msal-node');
  const { MSAL } = await import('@pnp/nodejs');
  const msalConfig = {
    auth: {
      clientId: config.auth.clientId,
      authority: `https://login.microsoftonline.com/${config.auth.tenantId}`,
      clientCertificate: { thumbprint: config.auth.thumbprint, privateKey: readFileSync(resolve(configDir, config.auth.privateKeyPath), 'utf8') }
    }
  };
  const app = new ConfidentialClientApplication(msalConfig);
  const graphToken = async (): Promise<string> => {
    const result = await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    if (!result?.accessToken) throw new Error('MSAL returned no Graph access token.');
    return result.accessToken;
  };
  return {
    sp: createNodeSp(config.siteUrl, { auth: MSAL(msalConfig, [`${new URL(config.siteUrl).origin}/.default`]) as unknown as NonNullable<NodeSpOptions['auth']> }),
    graph: Client.init({
      baseUrl: graphRoot(config.graphBaseUrl),
      defaultVersion: 'v1.0',
      authProvider: (done) => {
        graphToken().then((token) => done(null, token), (error: unknown) => done(error, null));
      }
    }),
    graphToken
  };
}
