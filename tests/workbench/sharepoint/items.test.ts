import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

describe('SharePoint emulator: items through PnPjs', () => {
  let emu: EmulatorServer;
  let clock: number;
  beforeEach(async () => {
    clock = T0;
    emu = await startEmulatorServer({ now: () => clock });
    const sp = pnpFor(emu.siteUrl);
    await sp.web.lists.add('Opportunities', '', 100, false, { EnableVersioning: true });
    const fields = sp.web.lists.getByTitle('Opportunities').fields;
    await fields.addText('VNExternalId', { Indexed: true, EnforceUniqueValues: true });
    await fields.addCurrency('VNAmount');
    await fields.addDateTime('VNCloseDate');
    await fields.addChoice('VNStatus', { Choices: ['open', 'won', 'lost'] });
    await fields.addBoolean('VNStrategic');
    await fields.addUser('VNOwner');
  });
  afterEach(async () => {
    await emu.close(true);
  });

  it('adds an item and returns it with odata.etag "1" and all its columns', async () => {
    const list = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities');
    const added = await list.items.add({ Title: 'Contoso renewal', VNExternalId: 'OPP-1', VNAmount: 125000, VNCloseDate: '2024-06-30T00:00:00Z', VNStatus: 'open', VNStrategic: true, VNOwnerId: 9 });
    expect(added['odata.etag']).toBe('"1"');
    expect(added['odata.type']).toBe('SP.Data.OpportunitiesListItem');
    expect(added).toEqual(expect.objectContaining({ Id: 1, ID: 1, Title: 'Contoso renewal', VNExternalId: 'OPP-1', VNAmount: 125000, VNCloseDate: '2024-06-30T00:00:00Z' }));
    expect(added).toEqual(expect.objectContaining({ VNStatus: 'open', VNStrategic: true, VNOwnerId: 9, AuthorId: 7, EditorId: 7, Created: '2024-05-01T09:00:00Z', OData__UIVersionString: '1.0' }));
    const owner = await list.items.getById(1).select('Title', 'VNOwner/Title', 'VNOwner/EMail').expand('VNOwner')();
    expect(owner.VNOwner).toEqual({ 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': `${emu.siteUrl}/_api/Web/SiteUserInfoList/Items(9)`, Title: 'Alex Wilber', EMail: 'AlexW@contoso.onmicrosoft.com' });
  });

  it('renders the three odata modes chosen by Accept', async () => {
    await pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').items.add({ Title: 'A' });
    const url = `${emu.siteUrl}/_api/web/lists/getByTitle('Opportunities')/items(1)?$select=Id,Title`;
    const get = async (accept: string): Promise<unknown> => (await fetch(url, { headers: { Accept: accept, Authorization: 'Bearer user:owner' } })).json();
    const listId = (await pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').select('Id')()).Id as string;
    const uri = `${emu.siteUrl}/_api/Web/Lists(guid'${listId}')/Items(1)`;
    expect(await get('application/json;odata=nometadata')).toEqual({ Id: 1, Title: 'A' });
    expect(await get('application/json;odata=minimalmetadata')).toEqual({
      'odata.metadata': `${emu.siteUrl}/_api/$metadata#SP.ListData.OpportunitiesListItems/@Element`,
      'odata.type': 'SP.Data.OpportunitiesListItem',
      'odata.id': uri,
      'odata.etag': '"1"',
      'odata.editLink': `Web/Lists(guid'${listId}')/Items(1)`,
      Id: 1,
      Title: 'A'
    });
    expect(await get('application/json;odata=verbose')).toEqual({ d: { __metadata: { id: uri, uri, etag: '"1"', type: 'SP.Data.OpportunitiesListItem' }, Id: 1, Title: 'A' } });
  });

  it('filters, orders, selects and limits', async () => {
    // PnPjs queryables accumulate query options: take a fresh one per query.
    const items = () => pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').items;
    emu.sharePoint.seedItems('Opportunities', [
      { Title: 'Alpha', VNAmount: 100, VNStatus: 'open', VNStrategic: true, VNCloseDate: '2024-06-01T00:00:00Z' },
      { Title: 'Beta', VNAmount: 300, VNStatus: 'won', VNStrategic: false, VNCloseDate: '2024-07-01T00:00:00Z' },
      { Title: 'Gamma', VNAmount: 200, VNStatus: 'open', VNStrategic: false, VNCloseDate: '2024-08-01T00:00:00Z' },
      { Title: "O'Brien deal", VNAmount: 50, VNStatus: 'lost', VNStrategic: true, VNCloseDate: '2024-05-15T00:00:00Z' }
    ]);
    const titles = async (q: ReturnType<typeof items>): Promise<string[]> => (await q()).map((i: { Title: string }) => i.Title);
    expect(await titles(items().filter("VNStatus eq 'open'").select('Title'))).toEqual(['Alpha', 'Gamma']);
    expect(await titles(items().filter('VNAmount ge 100 and VNAmount lt 300').orderBy('VNAmount', false).select('Title'))).toEqual(['Gamma', 'Alpha']);
    expect(await titles(items().filter("startswith(Title,'g') or substringof('brien',Title)").select('Title'))).toEqual(['Gamma', "O'Brien deal"]);
    expect(await titles(items().filter("not (VNStatus eq 'open') and VNStrategic eq true").select('Title'))).toEqual(["O'Brien deal"]);
    expect(await titles(items().filter("VNCloseDate gt datetime'2024-06-15T00:00:00Z'").orderBy('VNCloseDate', false).select('Title'))).toEqual(['Gamma', 'Beta']);
    expect(await titles(items().filter('Id le 2 or Id eq 4').orderBy('VNStatus').orderBy('Title', false).select('Title'))).toEqual(["O'Brien deal", 'Alpha', 'Beta']);
    expect(await titles(items().select('Title').top(2).orderBy('Id', false))).toEqual(["O'Brien deal", 'Gamma']);
    expect(await items().select('Id', 'VNAmount').filter("Title eq 'beta'")()).toEqual([expect.objectContaining({ Id: 2, VNAmount: 300 })]);
  });

  it('updates with ETags: 412 on a stale one, * always wins, and versions keep the history', async () => {
    const item = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').items.getById(
      (await pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').items.add({ Title: 'Deal', VNAmount: 10 })).Id
    );
    clock = T0 + 60_000;
    const first = await item.update({ VNAmount: 20 }, '"1"');
    expect(first.etag).toBe('"2"');
    await expect(item.update({ VNAmount: 30 }, '"1"')).rejects.toMatchObject({ status: 412 });
    const raw = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Opportunities')/items(1)`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"', Authorization: 'Bearer user:owner' },
      body: JSON.stringify({ VNAmount: 30 })
    });
    expect(raw.status).toBe(412);
    expect(await raw.json()).toEqual({
      'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '"2"'.` } }
    });
    clock = T0 + 120_000;
    await item.update({ VNAmount: 40 });
    const versions = await item.versions.select('VersionLabel', 'IsCurrentVersion', 'VNAmount')();
    expect(versions.map((v: { VersionLabel: string; IsCurrentVersion: boolean; VNAmount: number }) => [v.VersionLabel, v.IsCurrentVersion, v.VNAmount])).toEqual([
      ['3.0', true, 40],
      ['2.0', false, 20],
      ['1.0', false, 10]
    ]);
    const current = await item.select('OData__UIVersionString', 'Modified', 'VNAmount')();
    expect([current.OData__UIVersionString, current.Modified, current.VNAmount]).toEqual(['3.0', '2024-05-01T09:02:00Z', 40]);
  });

  it('deletes an item and then answers 404 for it', async () => {
    const list = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities');
    await list.items.add({ Title: 'Gone' });
    await list.items.getById(1).delete();
    const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Opportunities')/items(1)`, { headers: { Accept: 'application/json', Authorization: 'Bearer user:owner' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ 'odata.error': { code: '-2130575338, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } } });
    const next = await list.items.add({ Title: 'Next' });
    expect(next.Id).toBe(2);
  });

  it('enforces unique values case-insensitively with SharePoint error', async () => {
    const list = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities');
    await list.items.add({ VNExternalId: 'OPP-7' });
    const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Opportunities')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json', Authorization: 'Bearer user:owner' },
      body: JSON.stringify({ VNExternalId: 'opp-7' })
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: {
        code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        message: { lang: 'en-US', value: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [VNExternalId].' }
      }
    });
    expect((await list.items.select('Id')()).length).toBe(1);
  });

  it('refuses unknown properties and unknown columns', async () => {
    const list = pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities');
    await expect(list.items.add({ Nope: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(list.items.filter("Nope eq 'x'")()).rejects.toMatchObject({ status: 400 });
  });
});
