import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

describe('SharePoint emulator: lists through PnPjs', () => {
  let emu: EmulatorServer;
  beforeEach(async () => {
    emu = await startEmulatorServer();
  });
  afterEach(async () => {
    await emu.close(true);
  });

  it('creates a list with versioning, then ensure finds it instead of creating it again', async () => {
    const sp = pnpFor(emu.siteUrl);
    const first = await sp.web.lists.ensure('Opportunities', 'Deals', 100, false, { EnableVersioning: true });
    expect(first.created).toBe(true);
    expect(first.data.Title).toBe('Opportunities');
    expect(first.data.EnableVersioning).toBe(true);
    expect(first.data.BaseTemplate).toBe(100);
    expect(first.data.ListItemEntityTypeFullName).toBe('SP.Data.OpportunitiesListItem');
    const second = await sp.web.lists.ensure('Opportunities', 'Deals', 100, false, { EnableVersioning: true });
    expect(second.created).toBe(false);
    const lists = await sp.web.lists.select('Title', 'ItemCount')();
    expect(lists.map((l) => [l.Title, l.ItemCount])).toEqual([['Opportunities', 0]]);
    const byId = await sp.web.lists.getById(first.data.Id).select('Title', 'EnableVersioning')();
    expect(byId).toEqual(expect.objectContaining({ Title: 'Opportunities', EnableVersioning: true }));
  });

  it('updates list properties with MERGE', async () => {
    const sp = pnpFor(emu.siteUrl);
    await sp.web.lists.add('Blueprints');
    await sp.web.lists.getByTitle('Blueprints').update({ EnableVersioning: true, Description: 'Strategy blueprints' });
    const list = await sp.web.lists.getByTitle('Blueprints').select('EnableVersioning', 'Description')();
    expect(list.EnableVersioning).toBe(true);
    expect(list.Description).toBe('Strategy blueprints');
  });

  it('answers 404 with SharePoint error body for a missing list', async () => {
    const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Nope')`, { headers: { Accept: 'application/json', Authorization: 'Bearer user:owner' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${emu.siteUrl}'.` } }
    });
  });

  it('refuses a duplicate list title', async () => {
    const sp = pnpFor(emu.siteUrl);
    await sp.web.lists.add('AlertLog');
    await expect(sp.web.lists.add('alertlog')).rejects.toMatchObject({ status: 500 });
  });
});
