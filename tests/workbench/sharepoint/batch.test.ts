import { parseBatch } from '../../../workbench/server/sharepoint/batch';
import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

describe('SharePoint emulator: $batch as PnPjs v4 sends it', () => {
  let emu: EmulatorServer;
  beforeEach(async () => {
    emu = await startEmulatorServer();
    const sp = pnpFor(emu.siteUrl);
    await sp.web.lists.add('Interactions');
    await sp.web.lists.getByTitle('Interactions').fields.addText('VNSourceKey', { Indexed: true, EnforceUniqueValues: true });
  });
  afterEach(async () => {
    await emu.close(true);
  });

  it('adds 300 items through batching (15 batches of 20 changesets)', async () => {
    const [batched, execute] = pnpFor(emu.siteUrl).batched();
    const list = batched.web.lists.getByTitle('Interactions');
    const results: Array<Promise<{ Id: number }>> = [];
    for (let i = 1; i <= 300; i++) results.push(list.items.add({ Title: `Event ${i}`, VNSourceKey: `csv:${i}` }));
    await execute();
    const ids = (await Promise.all(results)).map((r) => r.Id);
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const count = await pnpFor(emu.siteUrl).web.lists.getByTitle('Interactions').select('ItemCount')();
    expect(count.ItemCount).toBe(300);
  });

  it('answers each part on its own: successes and failures mixed, changesets not rolled back', async () => {
    await pnpFor(emu.siteUrl).web.lists.getByTitle('Interactions').items.add({ Title: 'Existing', VNSourceKey: 'csv:1' });
    const [batched, execute] = pnpFor(emu.siteUrl).batched();
    const list = batched.web.lists.getByTitle('Interactions');
    const outcomes = [
      list.items.add({ Title: 'New', VNSourceKey: 'csv:2' }),
      list.items.add({ Title: 'Duplicate', VNSourceKey: 'csv:1' }),
      list.items.getById(1).update({ Title: 'Renamed' }),
      list.items.getById(99).update({ Title: 'Missing' }),
      list.items.select('Id', 'Title')(),
      batched.web.lists.getByTitle('Nope').items()
    ].map((p) => p.then((value) => ({ ok: true, value }), (error: { status?: number }) => ({ ok: false, value: error.status })));
    await execute();
    const settled = await Promise.all(outcomes);
    expect(settled[0]).toEqual({ ok: true, value: expect.objectContaining({ Id: 2, Title: 'New', VNSourceKey: 'csv:2' }) });
    expect(settled[1]).toEqual({ ok: false, value: 500 });
    expect(settled[2]).toEqual({ ok: true, value: { etag: '"2"' } });
    expect(settled[3]).toEqual({ ok: false, value: 404 });
    expect(settled[4]).toEqual({ ok: true, value: [expect.objectContaining({ Id: 1, Title: 'Renamed' }), expect.objectContaining({ Id: 2, Title: 'New' })] });
    expect(settled[5]).toEqual({ ok: false, value: 404 });
  });

  it('parses PnPjs batch bodies: GETs outside changesets, each write in its own changeset', () => {
    const body = [
      '--batch_b1',
      'Content-Type: multipart/mixed; boundary="changeset_c1"',
      '',
      '--changeset_c1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "POST http://h/sites/sales/_api/web/lists/getByTitle('A')/items HTTP/1.1",
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      '',
      '{"Title":"x"}',
      '',
      '--changeset_c1--',
      '',
      '--batch_b1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "GET http://h/sites/sales/_api/web/lists/getByTitle('A')/items?$top=1 HTTP/1.1",
      'accept: application/json',
      '',
      '--batch_b1--',
      ''
    ].join('\n');
    expect(parseBatch('multipart/mixed; boundary=batch_b1', body)).toEqual([
      { method: 'POST', url: "http://h/sites/sales/_api/web/lists/getByTitle('A')/items", headers: { accept: 'application/json', 'content-type': 'application/json;charset=utf-8' }, body: '{"Title":"x"}' },
      { method: 'GET', url: "http://h/sites/sales/_api/web/lists/getByTitle('A')/items?$top=1", headers: { accept: 'application/json' }, body: '' }
    ]);
  });
});
