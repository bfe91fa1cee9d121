import { createGraphDirectory, directoryPersonOf } from '../../../src/adapters/graph/directoryPeople';
import { clientBatchTransport } from '../../../src/adapters/graph/graphBatch';
import { graphClient } from '../../workbench/graph/harness';
import { startGraphServer, type GraphServer } from './harness';

let server: GraphServer;
beforeEach(async () => {
  server = await startGraphServer();
  server.graph.seed({
    users: [
      { id: 'u-ann', displayName: 'Ann Lee', userPrincipalName: 'ann@contoso.test', mail: 'ann@contoso.test', jobTitle: 'Account Executive', mobilePhone: '+49 (0)151 2345 6789' },
      { id: 'u-bo', displayName: 'Bo Chen', userPrincipalName: 'bo@contoso.test', mail: 'bo@contoso.test', accountEnabled: false },
      { id: 'u-cy', displayName: 'Cy Diaz', userPrincipalName: 'cy@contoso.test', mail: 'cy@contoso.test' }
    ],
    defaultUserUpn: 'ann@contoso.test'
  });
});
afterEach(async () => server.close());

describe('the directory over Microsoft Graph', () => {
  it('reads name, title, mobile phone and account state in one $batch, and says who is gone', async () => {
    const directory = createGraphDirectory(clientBatchTransport(graphClient(server.origin)), { sleep: async () => undefined });
    const people = await directory.people(['Ann@Contoso.test', 'bo@contoso.test', 'cy@contoso.test', 'dee@contoso.test', 'ann@contoso.test', 'sales-alerts']);
    expect([...people.values()]).toEqual([
      { login: 'ann@contoso.test', status: 'active', displayName: 'Ann Lee', jobTitle: 'Account Executive', mobilePhone: '+49 (0)151 2345 6789' },
      { login: 'bo@contoso.test', status: 'disabled', displayName: 'Bo Chen' },
      { login: 'cy@contoso.test', status: 'active', displayName: 'Cy Diaz' },
      { login: 'dee@contoso.test', status: 'not-found' }
    ]);
    // One $batch of four GETs, each asking only for the fields it reads.
    expect(server.seen.filter((s) => s.startsWith('POST')).length).toBe(1);
  });

  it('leaves out, rather than calls gone, people it could not ask about (throttled past the retries, 403, a failed batch)', async () => {
    server.faults.configure({ enabled: true, failureRate: 1, statuses: [429], retryAfterSeconds: 0, paths: ['/graph/v1.0/$batch'], seed: 3 });
    const directory = createGraphDirectory(clientBatchTransport(graphClient(server.origin)), { sleep: async () => undefined, maxAttempts: 1 });
    expect([...(await directory.people(['ann@contoso.test'])).values()]).toEqual([]);
    server.faults.configure({ enabled: false });
    expect(directoryPersonOf('x@contoso.test', { id: '1', status: 403, body: { error: { code: 'Authorization_RequestDenied' } } })).toBeUndefined();
    expect(directoryPersonOf('x@contoso.test', { id: '1', status: 0, body: 'batch failed' })).toBeUndefined();
    expect(directoryPersonOf('x@contoso.test', { id: '1', status: 404 })).toEqual({ login: 'x@contoso.test', status: 'not-found' });
    expect(directoryPersonOf('x@contoso.test', { id: '1', status: 200, body: { displayName: ' ', mobilePhone: null, accountEnabled: null } })).toEqual({ login: 'x@contoso.test', status: 'active' });
  });
});
