/**
 * `leads import|train|score --site monitor.json` on the local workbench: a CRM leads export with its
 * own column names stored in the site's Leads list, the lead model trained there, the open leads
 * listed from the site. Exact output.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeSp } from '../../src/adapters/sharepoint/nodeClient';
import { createSharePointProvisioner } from '../../src/adapters/sharepoint/provisioning';
import { setUpSite } from '../../src/services/provisioning';
import { startWorkbench, type Workbench } from '../../workbench/server/app';
import { runMain as run } from './support/runMain';

jest.setTimeout(180_000);

const leadsFile = join(__dirname, '..', 'fixtures', 'e2e', 'crm-leads.csv');
const NOW = '2026-12-04T10:00:00Z';

let workbench: Workbench;
let dir: string;
let configPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vn-leads-site-'));
  workbench = await startWorkbench({ port: 0, dataDir: join(dir, 'data') });
  await setUpSite(createSharePointProvisioner(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } })));
  configPath = join(dir, 'monitor.json');
  writeFileSync(configPath, JSON.stringify({ siteUrl: workbench.siteUrl, graphBaseUrl: workbench.graphUrl, auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: 'adele@contoso.example' } }));
});

afterAll(async () => {
  await workbench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('leads on a site (--site)', () => {
  it('imports a CRM leads file through a mapping, trains the lead model on the site and lists the open leads it scored', async () => {
    const mappingPath = join(dir, 'leads-mapping.json');
    writeFileSync(
      mappingPath,
      JSON.stringify({ kind: 'leads', columns: { id: 'lead_id', name: 'company', outcome: 'lead_status' }, values: { outcome: { Converted: 'converted', Disqualified: 'not-converted', Qualified: 'open', Open: 'open' } }, leaveOut: ['contact_email'] })
    );
    const early = await run(['leads', 'score', '--site', configPath, '--now', NOW, '--top', '1']);
    expect(early).toEqual({ code: 0, out: `0 open leads on ${workbench.siteUrl}, not scored: no lead model yet (run leads train --site).\n`, errors: '' });

    const imported = await run(['leads', 'import', '--site', configPath, '--leads', leadsFile, '--mapping', mappingPath, '--now', NOW]);
    expect(imported).toEqual({
      code: 0,
      out: `crm-leads.csv into ${workbench.siteUrl}: 80 rows read, 80 new leads, 0 updated, 0 unchanged, 0 skipped, 0 failed.\nNo lead model yet: run leads train --site to score the open leads.\n`,
      errors: ''
    });
    const again = await run(['leads', 'import', '--site', configPath, '--leads', leadsFile, '--mapping', mappingPath, '--now', NOW, '--format', 'json']);
    expect(JSON.parse(again.out)).toMatchObject({ read: 80, added: 0, updated: 0, unchanged: 80, failed: 0, skipped: [], rescored: { scored: 0 } });

    const trained = await run(['leads', 'train', '--site', configPath, '--now', NOW]);
    expect([trained.code, trained.errors]).toEqual([0, '']);
    expect(trained.out.split('\n').slice(0, 2)).toEqual([
      `Lead model lead-20261204T100000000Z trained on 29 converted and 35 not converted leads of ${workbench.siteUrl}.`,
      'Features: lead_source (categorical), industry (categorical), employees (numeric).'
    ]);
    expect(trained.out.split('\n').slice(2)).toEqual(['Tested on the latest 16 leads (9 converted) by a model trained on the earlier ones: AUC 0.762, Brier 0.223.', 'Re-scored 16 open leads.', '']);

    const out = join(dir, 'prioritised.csv');
    const scored = await run(['leads', 'score', '--site', configPath, '--now', NOW, '--grade', 'A,B', '--top', '2', '--out', out]);
    const lines = scored.out.split('\n');
    expect(scored).toEqual({
      code: 0,
      out: [
        `8 open leads on ${workbench.siteUrl}, highest score first (model lead-20261204T100000000Z).`,
        '   1.  87 A  Lucerne Inc 72 (LD-1072): lead_source is Referral (+13.6); employees 40 (+12.0); industry is Manufacturing (+9.0)',
        '   2.  86 A  Contoso LLC 64 (LD-1064): lead_source is Referral (+13.6); employees 70 (+9.0); industry is Manufacturing (+9.0)',
        `Wrote 8 leads to ${out}.`,
        ''
      ].join('\n'),
      errors: ''
    });
    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect([csv.length, csv[0], csv[1]]).toEqual([
      10,
      'Rank,Lead id,Lead,Score,Grade,Top reasons,lead_source,industry,employees',
      '1,LD-1072,Lucerne Inc 72,87,A,lead_source is Referral (+13.6); employees 40 (+12.0); industry is Manufacturing (+9.0),Referral,Manufacturing,40'
    ]);
  });

  it('refuses file options beside --site and unknown flags (exit 2), and says what a file lacks without a mapping (exit 1)', async () => {
    expect(await run(['leads', 'score', '--site', configPath, '--outcome', 'lead_status'])).toEqual({ code: 2, out: '', errors: 'error: --site reads the leads through their mapping on the site: leave out --outcome.\n' });
    expect(await run(['leads', 'import', '--leads', leadsFile])).toEqual({ code: 2, out: '', errors: 'error: leads import stores the leads on a site: it needs --site monitor.json and --leads <leads.csv>.\n' });
    expect((await run(['leads', 'train', '--site', configPath, '--colour', 'red'])).code).toBe(2);
    const odd = join(dir, 'odd.csv');
    writeFileSync(odd, 'lead_id,company,lead_status\nL-1,Contoso,Converted\nL-2,Fabrikam,Maybe later\n');
    const refused = await run(['leads', 'import', '--site', configPath, '--leads', odd, '--now', NOW]);
    expect([refused.code, refused.out, refused.errors.split('\n')[0]]).toEqual([
      1,
      '',
      'error: The file\'s columns could not all be matched: the outcome values "Maybe later" map to nothing; say converted, not-converted or open for each in the mapping\'s "values". Write a mapping file like this one and pass it with --mapping:'
    ]);
  });

  it('trains on a leads file read through the same mapping JSON, without a site', async () => {
    const mappingPath = join(dir, 'file-mapping.json');
    writeFileSync(mappingPath, JSON.stringify({ kind: 'leads', columns: { id: 'lead_id', name: 'company', outcome: 'lead_status' }, values: { outcome: { Converted: 'converted', Disqualified: 'not-converted', Qualified: 'open', Open: 'open' } }, leaveOut: ['contact_email'] }));
    const trained = await run(['leads', 'train', '--leads', leadsFile, '--mapping', mappingPath]);
    expect([trained.code, trained.errors, trained.out.split('\n').slice(0, 2)]).toEqual([
      0,
      '',
      ['Lead model trained on 29 converted and 35 not converted leads.', 'Features: lead_source (categorical), industry (categorical), employees (numeric).']
    ]);
  });
});
