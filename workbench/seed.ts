/**
 * Seeds a SharePoint site (the workbench emulator, or a real test site) with the demo organisation
 * THROUGH the product's own adapters over HTTP: set-up, blueprint, opportunities, participants,
 * interactions, then the incremental analysis with a scoring model trained on the organisation's
 * closed deals, so every seeded opportunity carries a score, its model and its reasons. Idempotent and
 * resumable: every record is keyed by a unique column, so a second run (or a run after a crash)
 * imports nothing new and re-analyses nothing.
 */
import { performance } from 'node:perf_hooks';
import type { TrainingCounts } from '../src/core/insights';
import { createNodeSp, createSharePointProvisioner, createSharePointStores, type NodeSpOptions } from '../src/adapters/sharepoint';
import { analyseTouchedOpportunities, type AnalysisReport, publishBlueprint, importRecords, type ImportReport, buildModelRecord, setUpSite, type ProvisioningReport } from '../src/services';
import type { Participant } from '../src/services';
import type { DemoOrganisation } from './demo';

export interface SeedReport {
  readonly provisioning: ProvisioningReport;
  /** True when the blueprint was stored by this run. */
  readonly blueprintSaved: boolean;
  readonly imported: ImportReport;
  readonly analysis: AnalysisReport;
  /**
   * The scoring model the analysis used, the closed deals it learnt from, and the training's wall time
   * (ms); absent when the run touched no opportunity (nothing to score, so nothing is trained).
   */
  readonly scoring?: { readonly model: 'logistic' | 'blueprint-distance'; readonly trainedOn: TrainingCounts; readonly trainingMs: number };
  /** Wall time of the whole run, ms. */
  readonly durationMs: number;
}

export interface SeedOptions extends NodeSpOptions {
  /** Default: the emulator's site owner as a bearer token. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Customer contacts as account-wide participants (one per person and role). */
export function demoParticipants(org: DemoOrganisation): Participant[] {
  return org.accounts.flatMap((account) => account.contacts.map((c) => ({ email: c.email, displayName: c.displayName, role: c.role, account: account.name })));
}

/**
 * Provisions `siteUrl` and imports `org` into it, then analyses the opportunities that changed as of
 * the organisation's reference date. The scoring model is trained, tested and stored with its success
 * patterns by the same use case as "Train on this site's outcomes" (buildModelRecord), from `org` as
 * held in memory (the same deals that were just imported; trainSiteModel reads them back from a site
 * instead), and put in use, so the Sales Insights page opens on it.
 *
 * @param siteUrl absolute site URL, e.g. `http://127.0.0.1:5173/sites/sales`
 */
export async function seedWorkbench(siteUrl: string, org: DemoOrganisation, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const sp = createNodeSp(siteUrl, { ...options, headers: options.headers ?? { Authorization: 'Bearer user:owner' } });
  const provisioning = await setUpSite(createSharePointProvisioner(sp));
  const stores = createSharePointStores(sp);
  let blueprintSaved = false;
  if (!(await stores.blueprints.getPublished(org.blueprint.id))) {
    await publishBlueprint(stores.blueprints, org.blueprint);
    blueprintSaved = true;
  }
  const imported = await importRecords(stores, { opportunities: org.opportunities, participants: demoParticipants(org), interactions: org.interactions });
  if (imported.touchedOpportunityIds.length === 0) {
    const analysis = await analyseTouchedOpportunities(stores, [], { now: org.referenceDate });
    return { provisioning, blueprintSaved, imported, analysis, durationMs: performance.now() - started };
  }
  const trainingStarted = performance.now();
  // Against the version live on the site (the lifecycle numbers it from 1), as Train now does: the
  // demo blueprint's own version number would make the page warn of a model trained on another version.
  const published = (await stores.blueprints.getPublished(org.blueprint.id))?.blueprint ?? org.blueprint;
  const record = buildModelRecord(org, published, { now: org.referenceDate, trainedBy: 'Demo set-up' });
  const scoringModel = record.model;
  // A run resumed after a crash may find the model stored already (its id is the reference date).
  if (!(await stores.models.get(record.modelId))) await stores.models.save(record);
  await stores.models.use(record.modelId);
  const scoring = { model: scoringModel.model, trainedOn: scoringModel.trainedOn, trainingMs: performance.now() - trainingStarted };
  const analysis = await analyseTouchedOpportunities(stores, imported.touchedOpportunityIds, { now: org.referenceDate, scoringModel });
  return { provisioning, blueprintSaved, imported, analysis, scoring, durationMs: performance.now() - started };
}
