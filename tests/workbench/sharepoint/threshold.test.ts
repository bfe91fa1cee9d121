import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

const THRESHOLD_ERROR = {
  'odata.error': {
    code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
  }
};

describe('SharePoint emulator: 6,000 items, paging and the list view threshold', () => {
  let emu: EmulatorServer;
  beforeAll(async () => {
    emu = await startEmulatorServer();
    const sp = pnpFor(emu.siteUrl);
    await sp.web.lists.add('Interactions');
    const fields = sp.web.lists.getByTitle('Interactions').fields;
    await fields.addText('VNOpportunityId', { Indexed: true });
    await fields.addText('VNChannel');
    const rows = Array.from({ length: 6000 }, (_, i) => ({ Title: `I-${i + 1}`, VNOpportunityId: `OPP-${(i % 60) + 1}`, VNChannel: i % 2 === 0 ? 'mail' : 'meeting' }));
    expect(emu.sharePoint.seedItems('Interactions', rows).slice(-1)).toEqual([6000]);
  });
  afterAll(async () => {
    await emu.close(true);
  });

  const get = async (query: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Interactions')/items?${query}`, { headers: { Accept: 'application/json;odata=nometadata', Authorization: 'Bearer user:owner' } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('pages through all 6,000 items with PnPjs async iteration (5,000 per page)', async () => {
    const pages: number[] = [];
    let lastId = 0;
    for await (const page of pnpFor(emu.siteUrl).web.lists.getByTitle('Interactions').items.select('Id').top(5000)) {
      pages.push(page.length);
      lastId = page[page.length - 1].Id;
    }
    expect(pages).toEqual([5000, 1000]);
    expect(lastId).toBe(6000);
  });

  it('answers 100 items and an odata.nextLink with $skiptoken by default', async () => {
    const { status, body } = await get('$select=Id');
    const listId = ((await pnpFor(emu.siteUrl).web.lists.getByTitle('Interactions').select('Id')()) as { Id: string }).Id;
    expect(status).toBe(200);
    expect((body.value as unknown[]).length).toBe(100);
    expect(body['odata.nextLink']).toBe(`${emu.siteUrl}/_api/Web/Lists(guid'${listId}')/Items?%24select=Id&%24skiptoken=Paged%3DTRUE%26p_ID%3D100&%24top=100`);
  });

  it('fails a filter on a column that is not indexed with HTTP 500 and the threshold message', async () => {
    const { status, body } = await get("$filter=VNChannel eq 'mail'&$top=10");
    expect(status).toBe(500);
    expect(body).toEqual(THRESHOLD_ERROR);
  });

  it('fails $orderby on a column that is not indexed, and $top above 5,000', async () => {
    expect(await get('$orderby=VNChannel&$top=10')).toEqual({ status: 500, body: THRESHOLD_ERROR });
    expect(await get('$top=5001')).toEqual({ status: 500, body: THRESHOLD_ERROR });
  });

  it('filters on an indexed column, alone or narrowing a non-indexed one, and pages the result', async () => {
    const first = await get("$filter=VNOpportunityId eq 'OPP-7'&$select=Id&$top=40");
    expect((first.body.value as Array<{ Id: number }>).map((i) => i.Id).slice(0, 3)).toEqual([7, 67, 127]);
    const token = new URL(first.body['odata.nextLink'] as string).searchParams.get('$skiptoken');
    expect(token).toBe('Paged=TRUE&p_ID=2347');
    const second = await get(`$filter=VNOpportunityId eq 'OPP-7'&$select=Id&$top=40&$skiptoken=${encodeURIComponent(token as string)}`);
    expect((second.body.value as Array<{ Id: number }>).map((i) => i.Id)).toEqual([2407, 2467, 2527, 2587, 2647, 2707, 2767, 2827, 2887, 2947, 3007, 3067, 3127, 3187, 3247, 3307, 3367, 3427, 3487, 3547, 3607, 3667, 3727, 3787, 3847, 3907, 3967, 4027, 4087, 4147, 4207, 4267, 4327, 4387, 4447, 4507, 4567, 4627, 4687, 4747]);
    const narrowed = await get("$filter=VNOpportunityId eq 'OPP-8' and VNChannel eq 'meeting'&$select=Id&$top=3");
    expect(narrowed.body.value).toEqual([{ Id: 8 }, { Id: 68 }, { Id: 128 }]);
    const byId = await get('$filter=Id gt 5990&$select=Id&$orderby=Id desc&$top=3');
    expect(byId.body.value).toEqual([{ Id: 6000 }, { Id: 5999 }, { Id: 5998 }]);
  });
  it('answers an equality on an indexed column from an index that follows adds, changes and deletes, case-insensitively', async () => {
    const ids = async (filter: string): Promise<number[]> => ((await get(`$filter=${filter}&$select=Id&$top=5000`)).body.value as Array<{ Id: number }>).map((i) => i.Id);
    expect((await ids("VNOpportunityId eq 'opp-9'")).slice(0, 3)).toEqual([9, 69, 129]);
    const items = pnpFor(emu.siteUrl).web.lists.getByTitle('Interactions').items;
    const added = (await items.add({ Title: 'I-6001', VNOpportunityId: 'OPP-61', VNChannel: 'mail' })) as { Id: number };
    await items.getById(9).update({ VNOpportunityId: 'OPP-61' });
    await items.getById(69).delete();
    expect(await ids("VNOpportunityId eq 'OPP-61'")).toEqual([9, added.Id]);
    expect((await ids("VNOpportunityId eq 'OPP-9'")).slice(0, 2)).toEqual([129, 189]);
    expect((await ids("VNOpportunityId eq 'OPP-9'")).length).toBe(98);
    expect(await ids("VNOpportunityId eq 'OPP-404'")).toEqual([]);
  });
});
