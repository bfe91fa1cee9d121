import { createParticipantStore } from '../../../src/adapters/sharepoint/participantStore';
import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import type { Participant } from '../../../src/services/ports';
import { setUpSite } from '../../../src/services/provisioning';
import { loadRecognitionContext } from '../../../src/services/sync';
import { SMALL_TECHNICAL_BLUEPRINT } from '../../fixtures/alerts/technicalBlueprint';
import { opportunity } from './fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from './harness';

const PEOPLE: Participant[] = [
  { email: 'cara@acme.example', displayName: 'Cara', role: 'champion', account: 'acme', opportunityId: 'OPP-1' },
  { email: 'bo@acme.example', role: 'buyer', account: 'acme', opportunityId: 'OPP-1' },
  { email: 'gil@globex.example', role: 'champion', account: 'globex', opportunityId: 'OPP-2' },
  { email: 'ina@initech.example', role: 'buyer', account: 'initech', opportunityId: 'OPP-3' },
  { email: 'ann@acme.example', role: 'champion', account: 'acme' }
];

/** GETs of the Participants list's items, by title or (next pages) by list id: one GET per page. */
function participantReads(server: DataLayerServer): number {
  const id = server.emu.sharePoint.store.lists().find((l) => l.title === 'Participants')?.id ?? '';
  return server.seen.filter((r) => r.method === 'GET' && /\/items\?/i.test(r.url) && (decodeURIComponent(r.url).includes("getByTitle('Participants')") || decodeURIComponent(r.url).includes(`guid'${id}'`))).length;
}

describe('ParticipantStore.listAll', () => {
  let server: DataLayerServer;
  beforeAll(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    await createSharePointStores(server.client(), { sleep: noSleep }).participants.addMany(PEOPLE);
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads every participant in item order, one request per page', async () => {
    server.seen.length = 0;
    const all = await createParticipantStore(server.client(), { pageSize: 2 }).listAll();
    expect(all).toEqual(PEOPLE);
    expect(participantReads(server)).toBe(3);
  });

  it('gives the sync the open deals\' and the account-wide participants from one read, not one read per deal', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    await stores.opportunities.addMany([opportunity('OPP-1', { account: 'acme' }), opportunity('OPP-2', { account: 'globex', status: 'won' }), opportunity('OPP-3', { account: 'initech' })]);
    server.seen.length = 0;
    const context = await loadRecognitionContext(stores, SMALL_TECHNICAL_BLUEPRINT);
    expect(participantReads(server)).toBe(1);
    // Technical Blueprint assignments first, then the people in the order stored: OPP-1's and OPP-3's
    // (OPP-2 is won, so its people are left out) and Ann, who holds her role on every Acme deal.
    const own = context.participants.slice((SMALL_TECHNICAL_BLUEPRINT.technical?.participants ?? []).length);
    expect(own).toEqual([
      { account: 'acme', email: 'cara@acme.example', roleId: 'champion' },
      { account: 'acme', email: 'bo@acme.example', roleId: 'buyer' },
      { account: 'initech', email: 'ina@initech.example', roleId: 'buyer' },
      { account: 'acme', email: 'ann@acme.example', roleId: 'champion' }
    ]);
  });
});
