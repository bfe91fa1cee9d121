import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

describe('SharePoint emulator: persistence across restarts', () => {
  it('keeps lists, columns, items, versions and counters when recreated over the same dataDir', async () => {
    const first = await startEmulatorServer();
    const sp = pnpFor(first.siteUrl);
    await sp.web.lists.add('Blueprints', '', 100, false, { EnableVersioning: true });
    await sp.web.lists.getByTitle('Blueprints').fields.addText('VNKey', { Indexed: true, EnforceUniqueValues: true });
    const list = sp.web.lists.getByTitle('Blueprints');
    await list.items.add({ Title: 'Enterprise', VNKey: 'bp-1' });
    await list.items.add({ Title: 'Mid-market', VNKey: 'bp-2' });
    await list.items.getById(1).update({ Title: 'Enterprise v2' });
    await list.items.getById(2).delete();
    await first.close();

    const second = await startEmulatorServer({ dataDir: first.dataDir });
    const again = pnpFor(second.siteUrl).web.lists.getByTitle('Blueprints');
    expect((await again.items.select('Id', 'Title', 'VNKey')()).map((i: Record<string, unknown>) => [i.Id, i.Title, i.VNKey])).toEqual([[1, 'Enterprise v2', 'bp-1']]);
    expect((await again.items.getById(1).versions.select('VersionLabel', 'Title')()).map((v: Record<string, unknown>) => [v.VersionLabel, v.Title])).toEqual([
      ['2.0', 'Enterprise v2'],
      ['1.0', 'Enterprise']
    ]);
    // Ids are never reused, and the unique column is still enforced.
    expect((await again.items.add({ Title: 'New', VNKey: 'bp-3' })).Id).toBe(3);
    await expect(again.items.add({ VNKey: 'BP-1' })).rejects.toMatchObject({ status: 500 });
    await second.close(true);
  });

  it('ignores a journal line torn by a crash and keeps every acknowledged write', async () => {
    const first = await startEmulatorServer();
    const sp = pnpFor(first.siteUrl);
    await sp.web.lists.add('AlertLog');
    await sp.web.lists.getByTitle('AlertLog').items.add({ Title: 'alert-1' });
    await sp.web.lists.getByTitle('AlertLog').items.add({ Title: 'alert-2' });
    await first.close();
    const listDir = join(first.dataDir, 'sharepoint', 'lists');
    const log = readdirSync(listDir).find((name) => name.endsWith('.log')) as string;
    expect(readFileSync(join(listDir, log), 'utf8').split('\n').filter((l) => l !== '').length).toBe(2);
    appendFileSync(join(listDir, log), '{"op":"put","item":{"id":3,"gu');

    const second = await startEmulatorServer({ dataDir: first.dataDir });
    const titles = (await pnpFor(second.siteUrl).web.lists.getByTitle('AlertLog').items.select('Title')()).map((i: { Title: string }) => i.Title);
    expect(titles).toEqual(['alert-1', 'alert-2']);
    await second.close(true);
  });

  it('replays batched updates over a seeded snapshot, and reset() wipes everything', async () => {
    const emu = await startEmulatorServer();
    await pnpFor(emu.siteUrl).web.lists.add('Interactions');
    emu.sharePoint.seedItems('Interactions', Array.from({ length: 1500 }, (_, i) => ({ Title: `e${i + 1}` })));
    const [batched, execute] = pnpFor(emu.siteUrl).batched();
    for (let i = 1; i <= 40; i++) void batched.web.lists.getByTitle('Interactions').items.getById(i).update({ Title: `u${i}` });
    await execute();
    await emu.close();
    const restarted = await startEmulatorServer({ dataDir: emu.dataDir });
    const items = pnpFor(restarted.siteUrl).web.lists.getByTitle('Interactions');
    expect((await items.items.select('Title').top(2)()).map((i: { Title: string }) => i.Title)).toEqual(['u1', 'u2']);
    expect((await items.select('ItemCount')()).ItemCount).toBe(1500);
    restarted.sharePoint.reset();
    expect(await pnpFor(restarted.siteUrl).web.lists.select('Title')()).toEqual([]);
    await restarted.close(true);
  });
});
