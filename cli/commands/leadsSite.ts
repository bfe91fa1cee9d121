/**
 * `leads import|train|score --site monitor.json`: the leads of a SharePoint site (the Leads list and
 * the lead model stored beside the opportunity models), read and written through the product's
 * SharePoint adapter with the monitor's configuration, by the same use cases as the Leads panel.
 *
 *   leads import --site monitor.json --leads <leads.csv> [--mapping leads-mapping.json] [--now ISO] [--format table|json]
 *   leads train  --site monitor.json [--min-per-class 20] [--now ISO] [--format table|json]
 *   leads score  --site monitor.json [--grade A,B] [--text T] [--top 20] [--out prioritised.csv] [--now ISO] [--format table|json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import { checkLeadMapping, readCsvTable, readLeadMapping, suggestLeadMapping, type CsvTextTable, type LeadFileMapping } from '../../src/interchange';
import { filterStoredLeads, importLeads, LEAD_GRADE_CUTS, loadPrioritisedLeads, rescoreOpenLeads, storedLeadsCsv, trainSiteLeadModel, type LeadGrade, type SiteLeadStores } from '../../src/services';
import { CheckInputError } from './check';
import { createMonitorClients } from './monitorClients';
import { parseMonitorConfig } from './monitorConfig';

export interface LeadsSiteValues {
  readonly site: string;
  readonly leads?: string;
  readonly mapping?: string;
  readonly now?: string;
  readonly 'min-per-class'?: number;
  readonly grades?: readonly LeadGrade[];
  readonly text?: string;
  readonly top: number;
  readonly out?: string;
  readonly format: 'table' | 'json';
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CheckInputError(`Cannot read the ${what} "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

async function openSite(path: string): Promise<{ stores: SiteLeadStores; siteUrl: string }> {
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'monitor configuration'));
  } catch (error) {
    if (error instanceof CheckInputError) throw error;
    throw new CheckInputError(`The monitor configuration "${path}" is not JSON: ${(error as Error).message}.`);
  }
  const config = parseMonitorConfig(json);
  const { sp } = await createMonitorClients(config, dirname(path));
  const stores = createSharePointStores(sp);
  return { stores: { leads: stores.leads!, leadModels: stores.leadModels! }, siteUrl: config.siteUrl };
}

/** The file's mapping: the user's (`--mapping`), or the one detected from its headers when it leaves nothing to decide. */
export function leadsMapping(table: CsvTextTable, mappingPath: string | undefined): LeadFileMapping {
  if (mappingPath !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readText(mappingPath, 'mapping file'));
    } catch (error) {
      if (error instanceof CheckInputError) throw error;
      throw new CheckInputError(`The mapping file "${mappingPath}" is not JSON: ${(error as Error).message}.`);
    }
    return readLeadMapping(json);
  }
  const { mapping, outcomeValues } = suggestLeadMapping(table);
  const problems = checkLeadMapping(mapping, table.header).map((p) => p.message);
  const open = outcomeValues.filter((v) => mapping.values?.outcome?.[v.value] === undefined).map((v) => `"${v.value}"`);
  if (open.length > 0) problems.push(`the outcome values ${open.join(', ')} map to nothing; say converted, not-converted or open for each in the mapping's "values"`);
  if (problems.length > 0) {
    throw new CheckInputError(`The file's columns could not all be matched: ${problems.join('; ')}. Write a mapping file like this one and pass it with --mapping:\n${JSON.stringify(mapping, undefined, 2)}`);
  }
  return mapping;
}

const nowOf = (now: string | undefined): number => {
  if (now === undefined) return Date.now();
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new CheckInputError(`--now needs an ISO 8601 time, got "${now}".`);
  return ms;
};

/** Runs one subcommand on the site; returns what to print. @throws CheckInputError, the use cases' typed errors */
export async function runLeadsOnSite(sub: 'import' | 'train' | 'score', values: LeadsSiteValues): Promise<string> {
  const now = nowOf(values.now);
  if (sub === 'import') {
    if (values.leads === undefined) throw new CheckInputError('leads import needs --leads <leads.csv>.');
    const table = readCsvTable(readText(values.leads, 'leads file'));
    const mapping = leadsMapping(table, values.mapping);
    const { stores, siteUrl } = await openSite(values.site);
    const report = await importLeads(stores, table, mapping, { now });
    const s = report.stored;
    if (values.format === 'json') {
      return `${JSON.stringify({ site: siteUrl, read: report.read, added: s.accepted, updated: s.updated, unchanged: s.alreadyStored, failed: s.failed, failures: s.failures, skipped: report.skipped, rescored: report.rescored }, undefined, 2)}\n`;
    }
    return [
      `${basename(values.leads)} into ${siteUrl}: ${report.read} rows read, ${s.accepted} new leads, ${s.updated} updated, ${s.alreadyStored} unchanged, ${report.skipped.length} skipped, ${s.failed} failed.`,
      ...report.skipped.map((r) => `  ${r.message}`),
      ...s.failures.map((f) => `  Lead ${f.key} not stored: ${f.reason}`),
      report.rescored.modelId === undefined ? 'No lead model yet: run leads train --site to score the open leads.' : `Re-scored ${report.rescored.scored} open leads with ${report.rescored.modelId}.`
    ].join('\n') + '\n';
  }
  const { stores, siteUrl } = await openSite(values.site);
  if (sub === 'train') {
    const minPerClass = values['min-per-class'];
    const { record, rescored } = await trainSiteLeadModel(stores, { now, trainedBy: 'valuenetworks command line', ...(minPerClass !== undefined ? { minPerClass } : {}) });
    const e = record.evaluation;
    if (values.format === 'json') {
      return `${JSON.stringify({ site: siteUrl, modelId: record.modelId, trainedOn: record.model.trainedOn, columns: record.columns, evaluation: e ?? null, gradeCuts: LEAD_GRADE_CUTS, rescored: rescored.scored }, undefined, 2)}\n`;
    }
    return [
      `Lead model ${record.modelId} trained on ${record.model.trainedOn.converted} converted and ${record.model.trainedOn.notConverted} not converted leads of ${siteUrl}.`,
      `Features: ${record.columns.map((c) => `${c.name} (${c.kind})`).join(', ')}.`,
      e === undefined
        ? 'Not evaluated: the earlier leads held one outcome only.'
        : `Tested on the latest ${e.tested.converted + e.tested.notConverted} leads (${e.tested.converted} converted) by a model trained on the earlier ones: AUC ${e.auc?.toFixed(3) ?? '-'}, Brier ${e.brier?.toFixed(3) ?? '-'}.`,
      `Re-scored ${rescored.scored} open leads.`
    ].join('\n') + '\n';
  }
  const rescored = await rescoreOpenLeads(stores, { now });
  const leads = filterStoredLeads(await loadPrioritisedLeads(stores), { ...(values.grades ? { grades: values.grades } : {}), ...(values.text !== undefined ? { text: values.text } : {}) });
  if (values.out !== undefined) writeFileSync(values.out, await storedLeadsCsv(leads));
  if (values.format === 'json') {
    return `${JSON.stringify({ site: siteUrl, modelId: rescored.modelId ?? null, count: leads.length, leads: leads.slice(0, values.top).map((l) => ({ id: l.id, name: l.name, score: l.score ?? null, grade: l.grade ?? null, reasons: l.reasons })) }, undefined, 2)}\n`;
  }
  return [
    rescored.modelId === undefined
      ? `${leads.length} open leads on ${siteUrl}, not scored: no lead model yet (run leads train --site).`
      : `${leads.length} open leads on ${siteUrl}, highest score first (model ${rescored.modelId}).`,
    ...leads.slice(0, values.top).map((l, i) => `${String(i + 1).padStart(4)}. ${String(l.score ?? '-').padStart(3)} ${l.grade ?? '-'}  ${l.name} (${l.id}): ${l.reasons.join('; ')}`),
    ...(values.out !== undefined ? [`Wrote ${leads.length} leads to ${values.out}.`] : [])
  ].join('\n') + '\n';
}
