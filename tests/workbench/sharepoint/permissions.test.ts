import { startEmulatorServer, type EmulatorServer } from '../helpers';
import { pnpFor } from './pnpClient';

const ACCESS_DENIED = {
  'odata.error': {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' }
  }
};

describe('SharePoint emulator: users, permissions and form digests', () => {
  let emu: EmulatorServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.UTC(2024, 4, 1, 9, 0, 0);
    emu = await startEmulatorServer({ now: () => clock });
    await pnpFor(emu.siteUrl).web.lists.add('Opportunities');
  });
  afterEach(async () => {
    await emu.close(true);
  });

  const call = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${emu.siteUrl}/_api/${path}`, {
      method: init.method ?? 'GET',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body)
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };

  it('chooses the user from the bearer token or the vn_user cookie, owner by default', async () => {
    expect(((await pnpFor(emu.siteUrl, 'member').web.currentUser()) as { Title: string }).Title).toBe('Alex Wilber');
    expect((await call('web/currentuser?$select=Title,Email,IsSiteAdmin', { headers: { Cookie: 'vn_user=visitor' } })).body).toEqual({ Title: 'Megan Bowen', Email: 'MeganB@contoso.onmicrosoft.com', IsSiteAdmin: false });
    expect((await call('web/currentuser?$select=Id,LoginName')).body).toEqual({ Id: 7, LoginName: 'i:0#.f|membership|adelev@contoso.onmicrosoft.com' });
    expect((await call('web/siteusers?$select=Id,Title')).body).toEqual({ value: [{ Id: 7, Title: 'Adele Vance' }, { Id: 9, Title: 'Alex Wilber' }, { Id: 11, Title: 'Megan Bowen' }] });
    const web = (await call('web?$select=Title,Url,ServerRelativeUrl')).body;
    expect(web).toEqual({ Title: 'Sales', Url: emu.siteUrl, ServerRelativeUrl: '/sites/sales' });
  });

  it('reports effective permissions as SharePoint encodes them (Int64 halves as strings)', async () => {
    const auth = (key: string): Record<string, string> => ({ Authorization: `Bearer user:${key}` });
    expect((await call('web/effectivebasepermissions', { headers: auth('owner') })).body).toEqual({ High: '2147483647', Low: '4294967295' });
    expect((await call("web/lists/getByTitle('Opportunities')/EffectiveBasePermissions", { headers: auth('member') })).body).toEqual({ High: '432', Low: '1011028719' });
    expect((await call('web/effectivebasepermissions', { headers: { ...auth('visitor'), Accept: 'application/json;odata=verbose' } })).body).toEqual({
      d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '176', Low: '138612833' } }
    });
  });

  it('lets visitors read but answers 403 Access denied to any write', async () => {
    await pnpFor(emu.siteUrl).web.lists.getByTitle('Opportunities').items.add({ Title: 'Visible' });
    const visitor = pnpFor(emu.siteUrl, 'visitor').web.lists.getByTitle('Opportunities');
    expect((await visitor.items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['Visible']);
    const denied = await call("web/lists/getByTitle('Opportunities')/items", { method: 'POST', headers: { Authorization: 'Bearer user:visitor', Accept: 'application/json' }, body: { Title: 'x' } });
    expect(denied).toEqual({ status: 403, body: ACCESS_DENIED });
    await expect(visitor.items.getById(1).update({ Title: 'y' })).rejects.toMatchObject({ status: 403 });
    await expect(visitor.items.getById(1).delete()).rejects.toMatchObject({ status: 403 });
  });

  it('lets members write items but not create lists or columns', async () => {
    const member = pnpFor(emu.siteUrl, 'member').web;
    const added = await member.lists.getByTitle('Opportunities').items.add({ Title: 'By Alex' });
    expect([added.Id, added.AuthorId]).toEqual([1, 9]);
    await expect(member.lists.add('Mine')).rejects.toMatchObject({ status: 403 });
    await expect(member.lists.ensure('Mine')).rejects.toMatchObject({ status: 403 });
    await expect(member.lists.getByTitle('Opportunities').fields.addText('VNX')).rejects.toMatchObject({ status: 403 });
  });

  it('requires a form digest on cookie-authenticated writes, not on bearer ones', async () => {
    const body = { Title: 'Cookie write' };
    const path = "web/lists/getByTitle('Opportunities')/items";
    const noDigest = await call(path, { method: 'POST', headers: { Cookie: 'vn_user=member', Accept: 'application/json' }, body });
    expect(noDigest).toEqual({
      status: 403,
      body: { 'odata.error': { code: '-2130575251, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again." } } }
    });
    const info = (await call('contextinfo', { method: 'POST', headers: { Cookie: 'vn_user=member', Accept: 'application/json' } })).body as Record<string, unknown>;
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]{64},01 May 2024 09:00:00 -0000$/);
    expect(info.WebFullUrl).toBe(emu.siteUrl);
    const digest = info.FormDigestValue as string;
    expect((await call(path, { method: 'POST', headers: { Cookie: 'vn_user=member', 'X-RequestDigest': digest }, body })).status).toBe(201);
    // The digest is bound to its user and expires after FormDigestTimeoutSeconds.
    expect((await call(path, { method: 'POST', headers: { Cookie: 'vn_user=owner', 'X-RequestDigest': digest }, body })).status).toBe(403);
    clock += 1800 * 1000;
    expect((await call(path, { method: 'POST', headers: { Cookie: 'vn_user=member', 'X-RequestDigest': digest }, body })).status).toBe(403);
    expect((await call(path, { method: 'POST', headers: { Authorization: 'Bearer user:member' }, body })).status).toBe(201);
  });

  it('answers 401 for a bearer token it does not know', async () => {
    expect(await call('web', { headers: { Authorization: 'Bearer user:nobody' } })).toEqual({ status: 401, body: { error_description: 'Invalid issuer or signature.' } });
  });
});
