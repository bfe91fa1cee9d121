/**
 * `valuenetworks train`: on the user's files (the 50 hand-made deals of
 * tests/services/insights/siteHistory.ts, whose figures are worked out there), and on a SharePoint site
 * (`--site monitor.json`: the workbench seeded with a small demo organisation, scale 0.1), where the
 * model is stored and put in use only with --use. Exact lines: a change in a figure is a change in
 * behaviour and should be looked at.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeSp, createSharePointStores } from '../../src/adapters/sharepoint';
import { generateDemoOrganisation } from '../../workbench/demo';
import { startWorkbench, type Workbench } from '../../workbench/server/app';
import { seedWorkbench } from '../../workbench/seed';
import { runMain } from './support/runMain';

jest.setTimeout(180_000);

const F = 'tests/fixtures/cli/insights';
const files = ['--blueprint', `${F}/blueprint.json`, '--opportunities', `${F}/opportunities.csv`, '--log', `${F}/log.csv`, '--case-column', 'OpportunityId', '--activity-column', 'Activity', '--timestamp-column', 'Timestamp'];
const NOW = '2024-06-30T09:00:00Z';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vn-train-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('valuenetworks train on files', () => {
  it('prints the model, how it tested against the stage alone in plain words, the evaluation tables, and writes the model with --out', async () => {
    const out = join(dir, 'model.json');
    const { code, out: text, errors } = await runMain(['train', ...files, '--min-per-class', '5', '--now', NOW, '--out', out]);
    expect([code, errors]).toEqual([0, '']);
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Mini sale (version 2): 50 opportunities, 110 interactions',
      'Model: logistic (24 won / 24 lost), learnt from the deals closed 2024-05-06 – 2024-06-22, each read at its stage entries.',
      'Tested on the 12 deals closed 2024-06-11 – 2024-06-30 (6 won, 6 lost), each scored as it entered every stage by a model trained only on the deals closed before.',
      'Given a won and a lost deal, the score ranks the won one higher 75% of the time; knowing only the stage, 50%: better than the stage alone. Brier score 0.193 (stage only 0.250; lower is better).',
      `Wrote the model and its evaluation to ${out}.`,
      '',
      'Scoring evaluation: trained on deals closed before 2024-06-11, tested on deals closed 2024-06-11..2024-06-30'
    ]);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { modelId: string; label: string; trainedBy: string; model: { model: string; featureNames: string[] }; evaluation: { modelMetrics: { auc: number } }; patterns: { won: number; lost: number } };
    expect([written.modelId, written.label, written.trainedBy, written.model.model, written.evaluation.modelMetrics.auc, written.patterns.won, written.patterns.lost]).toEqual([
      'opportunity-20240630T090000Z',
      'logistic (24 won / 24 lost)',
      'Command line',
      'logistic',
      0.75,
      24,
      24
    ]);
  });

  it('answers --format json with the record without weights, and falls back visibly with too few deals', async () => {
    const json = await runMain(['train', ...files, '--min-per-class', '5', '--now', NOW, '--format', 'json']);
    const parsed = JSON.parse(json.out) as { source: string; record: { label: string; model: string; trainedOn: unknown; evaluation: { test: unknown; modelMetrics: { auc: number; brier: number } } } };
    expect([parsed.source, parsed.record.label, parsed.record.model, parsed.record.trainedOn, parsed.record.evaluation.test, parsed.record.evaluation.modelMetrics.auc]).toEqual([
      'Mini sale (version 2): 50 opportunities, 110 interactions',
      'logistic (24 won / 24 lost)',
      'logistic',
      { won: 24, lost: 24 },
      { won: 6, lost: 6 },
      0.75
    ]);
    expect(parsed.record.evaluation.modelMetrics.brier).toBeCloseTo(0.1932, 4);
    const few = await runMain(['train', ...files, '--now', NOW]);
    expect(few.out.split('\n').slice(1, 3)).toEqual([
      'Model: blueprint-distance (24 won / 24 lost), learnt from the deals closed 2024-05-06 – 2024-06-22, each read at its stage entries.',
      'Only 24 won and 24 lost deals have closed; the learnt model needs 40 of each, so the score stays each deal\'s closeness to the blueprint.'
    ]);
  });

  it('refuses unknown flags, --use without a site, and a model it cannot write, with exit codes 2 and 1', async () => {
    const unknown = await runMain(['train', ...files, '--epochs', '3']);
    expect([unknown.code, unknown.out, unknown.errors.split('\n')[0]]).toEqual([2, '', "error: Unknown option '--epochs'"]);
    expect(unknown.errors).toContain('  train --site <monitor.json> [--use]');
    expect(await runMain(['train', ...files, '--use'])).toEqual({
      code: 2,
      out: '',
      errors: 'error: --use puts the model in use on a site: it needs --site <monitor.json>. On files, write the model with --out <model.json>.\n'
    });
    expect(await runMain(['train', '--opportunities', `${F}/opportunities.csv`])).toEqual({
      code: 2,
      out: '',
      errors: 'error: Give your files with --blueprint <b.json> --opportunities <o.csv> --log <l.csv|.xes> (missing: --blueprint, --log), or --site <monitor.json> for a SharePoint site, or --demo for the generated demo organisation.\n'
    });
    const unwritable = await runMain(['train', ...files, '--min-per-class', '5', '--now', NOW, '--out', join(dir, 'missing', 'model.json')]);
    expect([unwritable.code, unwritable.out, unwritable.errors]).toEqual([1, '', `error: Cannot write the model to "${join(dir, 'missing', 'model.json')}": ENOENT.\n`]);
  });
});

describe('valuenetworks train --site', () => {
  const org = generateDemoOrganisation({ seed: 42, scale: 0.1 });
  let workbench: Workbench;
  let configPath: string;
  beforeAll(async () => {
    workbench = await startWorkbench({ port: 0, dataDir: join(dir, 'data') });
    await seedWorkbench(workbench.siteUrl, org);
    configPath = join(dir, 'monitor.json');
    writeFileSync(configPath, JSON.stringify({ siteUrl: workbench.siteUrl, graphBaseUrl: workbench.graphUrl, auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: org.siteOwner.email } }));
  });
  afterAll(async () => {
    await workbench.close();
  });

  it('stores the model on the site without putting it in use, names the one in use, and learns what the same deals teach in memory', async () => {
    const at = new Date(org.referenceDate + 3_600_000).toISOString();
    const site = await runMain(['train', '--site', configPath, '--min-per-class', '10', '--now', at]);
    expect([site.code, site.errors]).toEqual([0, '']);
    const lines = site.out.split('\n');
    expect(lines[0]).toBe(`Site ${workbench.siteUrl}: read 113 closed deals.`);
    expect(lines[4]).toBe(
      'Stored on the site as opportunity-20261031T010000Z, not in use. In use: logistic (43 won / 70 lost), trained 2026-10-31 (opportunity-20261031T000000Z). Put the new one in use with --use, or compare the two on the Sales Insights page.'
    );
    // The same deals in memory teach the same model and test the same (the site reads them in another order).
    const memory = await runMain(['train', '--demo', '--scale', '0.1', '--min-per-class', '10', '--now', at]);
    expect(lines.slice(1, 4)).toEqual(memory.out.split('\n').slice(1, 4));
    expect(lines[1]).toBe('Model: logistic (43 won / 70 lost), learnt from the deals closed 2025-02-21 – 2026-10-27, each read at its stage entries.');

    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    expect((await stores.models.recent(5)).map((m) => `${m.modelId} ${m.status} ${m.trainedBy ?? ''}`)).toEqual([
      'opportunity-20261031T010000Z stored Command line',
      'opportunity-20261031T000000Z in-use Demo set-up'
    ]);
  });

  it('puts the model in use with --use and says so in JSON', async () => {
    const at = new Date(org.referenceDate + 2 * 3_600_000).toISOString();
    const { code, out } = await runMain(['train', '--site', configPath, '--use', '--min-per-class', '10', '--now', at, '--format', 'json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { site: string; dealsRead: number; record: { modelId: string; status: string; label: string }; inUse: unknown };
    expect([parsed.site, parsed.dealsRead, parsed.record.modelId, parsed.record.status, parsed.inUse]).toEqual([
      workbench.siteUrl,
      113,
      'opportunity-20261031T020000Z',
      'in-use',
      { modelId: 'opportunity-20261031T020000Z', label: 'logistic (43 won / 70 lost)' }
    ]);
    const stores = createSharePointStores(createNodeSp(workbench.siteUrl, { headers: { Authorization: 'Bearer user:owner' } }));
    expect((await stores.models.getInUse())?.modelId).toBe('opportunity-20261031T020000Z');
  });

  it('refuses --site beside files or --demo (exit 2) and names an unreadable configuration (exit 1)', async () => {
    expect(await runMain(['train', '--site', configPath, '--demo'])).toEqual({ code: 2, out: '', errors: "error: --site trains on the site's own deals: leave out --demo.\n" });
    const missing = join(dir, 'nowhere.json');
    expect(await runMain(['train', '--site', missing])).toEqual({ code: 1, out: '', errors: `error: Cannot read the monitor configuration "${missing}": ENOENT.\n` });
  });
});
