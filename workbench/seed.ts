/**
 * Seeds a SharePoint site (the workbench emulator, or a real test site) with the demo organisation
 * THROUGH the product's own adapters over HTTP: set-up, blueprint, opportunities, participants,
 * interactions, then the incremental analysis. Idempotent and resumable: every record is keyed by a
 * unique column, so a second run (or a run after a crash) imports nothing new and re-analyses nothing.
 */
import { performance } from 'node:perf_hooks';
import { createNodeSp, createSharePointProvisioner, createSharePointStores, type NodeSpOptions } from '../src/adapters/sharepoint';
import { analyseTouchedOpportunities, type AnalysisReport } from '../src/services/analysis';
import { importRecords, type ImportReport } from '../src/services/importData';
import type { Participant } from '../src/services/ports';
import { setUpSite, type ProvisioningReport } from '../src/services/provisioning';
import type { DemoOrganisation } from './demo';

export interface SeedReport {
  readonly provisioning: ProvisioningReport;
  /** True when the blueprint was stored by this run. */
  readonly blueprintSaved: boolean;
  readonly imported: ImportReport;
  readonly analysis: AnalysisReport;
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
 * the organisation's reference date.
 *
 * @param siteUrl absolute site URL, e.g. `http://127.0.0.1:5173/sites/sales`
 */
export async function seedWorkbench(siteUrl: string, org: DemoOrganisation, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const sp = createNodeSp(siteUrl, { ...options, headers: options.headers ?? { Authorization: 'Bearer user:owner' } });
  const provisioning = await setUpSite(createSharePointProvisioner(sp));
  const stores = createSharePointStores(sp);
  let blueprintSaved = false;
  if (!(await stores.blueprints.get(org.blueprint.id))) {
    await stores.blueprints.save({ ...org.blueprint, status: 'published' });
    blueprintSaved = true;
  }
  const imported = await importRecords(stores, { opportunities: org.opportunities, participants: demoParticipants(org), interactions: org.interactions });
  const analysis = await analyseTouchedOpportunities(stores, imported.touchedOpportunityIds, { now: org.referenceDate });
  return { provisioning, blueprintSaved, imported, analysis, durationMs: performance.now() - started };
}
