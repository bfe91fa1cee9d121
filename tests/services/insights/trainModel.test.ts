import { createSharePointStores } from '../../../src/adapters/sharepoint';
import { createSharePointProvisioner } from '../../../src/adapters/sharepoint/provisioning';
import { analyseTouchedOpportunities, loadDashboard } from '../../../src/services/analysis';
import { importRecords } from '../../../src/services/importData';
import { TrainingCancelledError } from '../../../src/services/insights/errors';
import { loadInsightsOverview, putModelInUse } from '../../../src/services/insights/modelInUse';
import { buildModelRecord, trainSiteModel, type TrainingProgress } from '../../../src/services/insights/trainModel';
import { setUpSite } from '../../../src/services/provisioning';
import { T0 } from '../../adapters/sharepoint/fixtures';
import { noSleep, startDataLayerServer, type DataLayerServer } from '../../adapters/sharepoint/harness';
import { HOUR, insightsBlueprint, siteHistory } from './siteHistory';
import { publishBlueprint } from '../../../src/services/blueprintLifecycle';
import type { Blueprint } from '../../../src/core/model/blueprint';

const DAY = 24 * HOUR;

describe('buildModelRecord on closed deals held in memory', () => {
  it('trains, evaluates on the latest quarter and ranks the patterns with names', () => {
    const history = siteHistory();
    const record = buildModelRecord(history, insightsBlueprint, { now: history.now, minPerClass: 5, trainedBy: 'Megan Bowen' });
    expect({ ...record, model: undefined, evaluation: undefined, patterns: undefined }).toEqual({
      modelId: 'opportunity-20240630T090000Z',
      label: 'logistic (24 won / 24 lost)',
      trainedAt: T0 + 60 * DAY,
      trainedBy: 'Megan Bowen',
      blueprintId: 'mini',
      blueprintVersion: 2,
      // D00 closed five days after T0, D47 five days after its creation on day 47.
      window: { from: T0 + 5 * DAY, to: T0 + 52 * DAY },
      model: undefined,
      evaluation: undefined,
      patterns: undefined
    });
    expect(record.model.model).toBe('logistic');
    const evaluation = record.evaluation;
    // 48 closed deals: D36..D47 (closed from day 41) test, the 36 before train.
    expect(evaluation?.cutDate).toBe(T0 + 41 * DAY);
    expect([evaluation?.train, evaluation?.test, evaluation?.snapshots]).toEqual([{ won: 18, lost: 18 }, { won: 6, lost: 6 }, { won: 12, lost: 12 }]);
    expect(evaluation?.modelMetrics.auc).toBe(0.75);
    expect(evaluation?.modelMetrics.brier).toBeCloseTo(0.1932, 4);
    expect(evaluation?.baselineMetrics).toMatchObject({ auc: 0.5, brier: 0.25 });
    expect(evaluation?.modelMetrics.calibration.filter((b) => b.count > 0).map((b) => [b.lower, b.count, b.observedRate])).toEqual([[0, 4, 0], [0.4, 12, 0.5], [0.6, 8, 0.75]]);
    expect(record.patterns?.won).toBe(24);
    expect(record.patterns?.lost).toBe(24);
    expect(record.patterns?.patterns.slice(0, 3).map((p) => [p.label, p.stageName, p.table, p.evidence])).toEqual([
      ['"Pains" before "Business case"', 'Propose', { a: 18, b: 0, c: 6, d: 24 }, 'moderate'],
      ['"Pains" (Champion → Account executive)', 'Qualify', { a: 24, b: 8, c: 0, d: 16 }, 'moderate'],
      ['"Business case" (Account executive → Economic buyer)', 'Propose', { a: 18, b: 8, c: 6, d: 16 }, 'moderate']
    ]);
    expect(record.patterns?.patterns[2].sentence).toBe(
      'Among the 48 deals that reached Propose, deals with "Business case" (Account executive → Economic buyer) won 18 of 26 (69%); without it 6 of 22 (27%). Odds ratio 6.00 (95% CI 1.71–21.0), Fisher p = 0.008. Moderate evidence (24 won, 24 lost).'
    );
  });

  it('falls back to blueprint distance below the minimum counts and leaves out the evaluation when a side has fewer than 10 deals', () => {
    const history = siteHistory();
    const few = { opportunities: history.opportunities.slice(0, 12), interactions: history.interactions };
    const record = buildModelRecord(few, insightsBlueprint, { now: history.now });
    expect(record.label).toBe('blueprint-distance (6 won / 6 lost)');
    expect(record.evaluation).toBeUndefined();
    const none = buildModelRecord({ opportunities: [], interactions: [] }, insightsBlueprint, { now: T0 + 1500 });
    expect([none.label, none.trainedAt, none.window]).toEqual(['blueprint-distance (0 won / 0 lost)', T0 + 1000, { from: T0 + 1000, to: T0 + 1000 }]);
  });
});

describe('training on the site and using the model', () => {
  let server: DataLayerServer;
  let live: Blueprint;
  beforeAll(async () => {
    server = await startDataLayerServer();
    await setUpSite(createSharePointProvisioner(server.client()));
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    // The site numbers its own versions: the fixture's content is published there as v1.
    live = (await publishBlueprint(stores.blueprints, insightsBlueprint)).blueprint;
    const history = siteHistory();
    await importRecords(stores, { opportunities: history.opportunities, interactions: history.interactions });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads the closed deals page by page, stores the model as not in use, and analysis scores with it once in use', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const { now } = siteHistory();
    const progress: TrainingProgress[] = [];
    server.seen.length = 0;
    const result = await trainSiteModel(stores, { now, minPerClass: 5, pageSize: 20, trainedBy: 'Megan Bowen', onProgress: (p) => progress.push(p) });
    // Blueprint; won: 2 pages of 20 + 4 (each with its interactions' batch); lost: the same; no-decision: one empty page; one write.
    expect(server.seen.length).toBe(1 + 2 * (2 * 2) + 1 + 1);
    // Reads are GETs and $batch POSTs of interaction reads; the one write adds the model.
    expect(server.seen.filter((r) => r.method !== 'GET' && !r.url.endsWith('/$batch')).map((r) => `${r.method} ${r.url}`)).toEqual(["POST /sites/sales/_api/web/lists/getByTitle('ScoringModels')/items"]);
    expect(progress.map((p) => `${p.phase}:${p.dealsRead}`)).toEqual(['reading:0', 'reading:20', 'reading:24', 'reading:44', 'reading:48', 'training:48', 'saving:48', 'done:48']);
    expect([result.record.status, result.record.label, result.minPerClass]).toEqual(['stored', 'logistic (24 won / 24 lost)', 5]);
    // The stored record reads back equal to what was computed from the same deals in memory (as JSON:
    // empty bins carry no figures); sums over the site's read order may differ in the last bit.
    const inMemory = JSON.parse(JSON.stringify(buildModelRecord(siteHistory(), live, { now, minPerClass: 5, trainedBy: 'Megan Bowen' })));
    const stored = await stores.models.get(result.record.modelId);
    expect({ ...stored, evaluation: undefined }).toEqual({ ...inMemory, evaluation: undefined, status: 'stored', itemId: 1 });
    expect(stored?.evaluation?.modelMetrics.auc).toBe(inMemory.evaluation.modelMetrics.auc);
    expect(stored?.evaluation?.modelMetrics.logLoss).toBeCloseTo(inMemory.evaluation.modelMetrics.logLoss, 12);

    // Not in use yet: analysis scores nothing.
    await analyseTouchedOpportunities(stores, ['D48'], { now });
    expect((await loadDashboard(stores)).find((r) => r.opportunity.id === 'D48')?.snapshot?.score).toBeUndefined();
    expect(await loadInsightsOverview(stores)).toEqual({ latest: expect.objectContaining({ modelId: 'opportunity-20240630T090000Z' }) });

    await putModelInUse(stores, result.record.modelId);
    await analyseTouchedOpportunities(stores, ['D48'], { now });
    const d48 = (await loadDashboard(stores)).find((r) => r.opportunity.id === 'D48')?.snapshot;
    expect(d48?.scoreModel).toBe('logistic (24 won / 24 lost)');
    expect(typeof d48?.score).toBe('number');
    const overview = await loadInsightsOverview(stores);
    expect([overview.inUse?.modelId, overview.inUse?.status, overview.latest]).toEqual(['opportunity-20240630T090000Z', 'in-use', undefined]);
  });

  it('stores nothing when cancelled, and a newer model is compared beside the one in use until it is used', async () => {
    const stores = createSharePointStores(server.client(), { sleep: noSleep });
    const { now } = siteHistory();
    let pages = 0;
    const attempt = trainSiteModel(stores, { now: now + DAY, pageSize: 20, onProgress: (p) => (pages = p.phase === 'reading' ? pages + 1 : pages), cancelled: () => pages >= 2 });
    await expect(attempt).rejects.toBeInstanceOf(TrainingCancelledError);
    expect((await stores.models.recent(10)).map((m) => m.modelId)).toEqual(['opportunity-20240630T090000Z']);

    const newer = await trainSiteModel(stores, { now: now + DAY });
    expect(newer.record.label).toBe('blueprint-distance (24 won / 24 lost)');
    const overview = await loadInsightsOverview(stores);
    expect([overview.inUse?.modelId, overview.latest?.modelId]).toEqual(['opportunity-20240630T090000Z', 'opportunity-20240701T090000Z']);
    await putModelInUse(stores, 'opportunity-20240701T090000Z');
    expect((await stores.models.recent(5)).map((m) => `${m.modelId}:${m.status}`)).toEqual(['opportunity-20240701T090000Z:in-use', 'opportunity-20240630T090000Z:stored']);
  });
});
