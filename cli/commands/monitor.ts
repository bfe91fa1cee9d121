/**
 * `valuenetworks monitor --config monitor.json [--once] [--dry-run]`: the headless monitor. Each run
 * syncs Microsoft 365 history, re-analyses the touched deals (and open deals never analysed), then
 * evaluates the published Technical Blueprint's alert rules and delivers each due alert exactly once
 * (AlertLog protocol) through a Teams Workflows webhook or Graph sendMail: application permissions
 * cannot post Teams channel or chat messages. Exit codes: 0 ok, 1 partial failures, 2 configuration error.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alertNames, smsAlerts, fromAlertRule, evaluateAlertRules, type PlannedAlert } from '../../src/core/alerts';
import { parseJsonText } from '../../src/interchange';
import { createAcsSmsProbe, createAcsSmsSender, parseAcsConnectionString, createMailSender, createRoutingSender, createWorkflowWebhookSender, createRoutingProbe, createSentItemsProbe } from '../../src/adapters/teams';
import type { ScoringModel } from '../../src/core/insights';
import type { Interaction } from '../../src/core/model';
import { clientBatchTransport, createGraphDirectory, createGraphHistorySource } from '../../src/adapters/graph';
import { createSharePointStores } from '../../src/adapters/sharepoint';
import { AlertDeliveryError, type AlertSender, deliverAlert, mailRecipients, reachableOnly, reachablePeople, snoozedDigests, analyseTouchedOpportunities, retrainIfDue, syncHistory, reanalyseAgainstPublished } from '../../src/services';
import type { DataStores } from '../../src/services';
import { monitorAnalyses } from './monitorAnalyses';
import { withDemoSources } from './monitorDemo';
import { createMonitorClients } from './monitorClients';
import { MonitorConfigError, parseMonitorConfig, type MonitorConfig } from './monitorConfig';

const DAY = 86_400_000;

export interface MonitorIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Stops the scheduled loop after the current run (SIGINT in the CLI). */
  readonly stopped: () => boolean;
}

function acsOptions(sms: NonNullable<MonitorConfig['alerts']['sms']>): Parameters<typeof createAcsSmsSender>[0] {
  return { ...parseAcsConnectionString(sms.connectionString), from: sms.from, maxSegments: sms.maxSegments };
}

/** Senders the headless runner can use: webhooks (also for mapped channels) and mail. */
function headlessSender(config: MonitorConfig, graphToken: () => Promise<string>): AlertSender {
  const tab = { appId: config.alerts.teamsAppId, entityId: config.alerts.dashboardEntityId };
  const webhook = createWorkflowWebhookSender({ tab, connections: config.alerts.webhooks });
  const senders: Parameters<typeof createRoutingSender>[0] = {
    webhook,
    'teams-channel': {
      send(alert, deliveryId) {
        const name = config.alerts.channelWebhooks[alert.target];
        if (name === undefined) return Promise.reject(new AlertDeliveryError('not-delivered', `App-only access cannot post to channel ${alert.target}: map it to a webhook in alerts.channelWebhooks.`));
        return webhook.send({ ...alert, target: name }, deliveryId);
      }
    }
  };
  if (config.alerts.mailbox !== undefined) senders.mail = createMailSender({ graphBaseUrl: config.graphBaseUrl, tab, mailbox: config.alerts.mailbox, token: graphToken });
  if (config.alerts.sms !== undefined) senders.sms = createAcsSmsSender(acsOptions(config.alerts.sms));
  return createRoutingSender(senders);
}

function historyFor(config: MonitorConfig, graph: Parameters<typeof clientBatchTransport>[0], now: number): ReturnType<typeof createGraphHistorySource> {
  const s = config.sync;
  const start = s.calendarFrom !== undefined ? Date.parse(s.calendarFrom) : now - s.calendarDaysBack * DAY;
  const end = s.calendarTo !== undefined ? Date.parse(s.calendarTo) : now + s.calendarDaysAhead * DAY;
  return createGraphHistorySource(clientBatchTransport(graph), {
    sellers: s.sellers,
    calendarWindow: { start, end },
    ...(s.mailFolders ? { mailFolders: s.mailFolders } : {}),
    plannerPlanIds: s.plannerPlanIds,
    ...(s.workflowList ? { workflowList: s.workflowList } : {})
  });
}

const describe = (a: PlannedAlert): string => `${a.channel} ${a.target}: ${a.title} (${a.dedupeKey})`;

/** One run: sync, analyse, alert. Resolves to 0 (all ok) or 1 (something failed; details logged). */
export async function runMonitorOnce(config: MonitorConfig, stores: DataStores, clients: { graph: Parameters<typeof clientBatchTransport>[0]; graphToken: () => Promise<string> }, dryRun: boolean, io: MonitorIo, scoringModel?: ScoringModel): Promise<number> {
  const now = io.now();
  let failures = 0;
  // The snapshots before this run's analysis: score-drop rules compare against their scores.
  const before = await stores.opportunities.listAll();
  if (config.retrain !== undefined && scoringModel === undefined) {
    const retrained = await retrainIfDue(stores, { now, everyDays: config.retrain.everyDays });
    if (retrained.trained) io.out(`retrain: ${retrained.trained.label} in use, ${retrained.rescored} open opportunities re-scored`);
  }
  const modelOption = scoringModel !== undefined ? { scoringModel } : {};
  const sync = await syncHistory(stores, historyFor(config, clients.graph, now), now, modelOption);
  const unmatched = Object.entries(sync.unmatchedByReason).filter(([, n]) => n > 0).map(([reason, n]) => `${reason} ${n}`);
  io.out(`sync: ${sync.sources.length} sources, ${sync.recognised} interactions recognised (${sync.interactions.accepted} new, ${sync.interactions.alreadyStored} already stored, ${sync.interactions.failed} failed), ${sync.unmatched.length} unmatched${unmatched.length ? ` (${unmatched.join(', ')})` : ''}`);
  for (const source of sync.sources) if (source.error !== undefined) io.err(`sync: ${source.sourceKey} failed: ${source.error}`);
  failures += sync.failedSources.length + sync.interactions.failed;
  // A blueprint published since the last run (in the browser, or by a script) applies to every deal:
  // deals checked against another version are re-analysed, so alerts and scores follow what is live.
  const reanalysis = await reanalyseAgainstPublished(stores, { now, chunk: 500, includeUnanalysed: false, ...modelOption });
  if (reanalysis.blueprint && reanalysis.stale > 0) io.out(`blueprint: ${reanalysis.analysed} deals re-analysed against version ${reanalysis.blueprint.version}`);
  // Open deals never analysed (new ones, or a first run) are analysed too, so their gaps can alert.
  const never = (await stores.opportunities.listAll()).filter((r) => r.opportunity.status === 'open' && r.snapshot === undefined).map((r) => r.opportunity.id);
  const extra = never.filter((id) => !sync.touchedOpportunityIds.includes(id));
  const analysed = extra.length > 0 ? (await analyseTouchedOpportunities(stores, extra, { now, ...modelOption })).analysed : 0;
  io.out(`analysis: ${sync.analysis.analysed + analysed} opportunities analysed`);

  const published = await stores.blueprints.getPublished();
  const rules = [...(published?.blueprint.technical?.alertRules ?? []).map(fromAlertRule), ...config.alerts.rules];
  const after = await stores.opportunities.listAll();
  // Due exchanges need each open deal's interactions: read (batched, indexed) only when a rule asks.
  const needsInteractions = rules.some((r) => r.enabled && r.trigger.kind === 'due-exchange');
  const open = after.filter((r) => r.opportunity.status === 'open' && r.snapshot !== undefined).map((r) => r.opportunity.id);
  const interactions = needsInteractions && open.length > 0 ? await stores.interactions.listByOpportunities(open) : new Map<string, Interaction[]>();
  const digests = config.alerts.digests;
  // Digests their readers snoozed in the dashboard are not planned until the snooze ends (one request).
  const snoozed = await snoozedDigests(stores.alertLog, now);
  const analyses = monitorAnalyses(before, after, published?.blueprint, interactions, now, digests.dueWithinDays);
  const planned: PlannedAlert[] = evaluateAlertRules(rules, analyses, now, {
    ...(config.alerts.quietHours ? { quietHours: config.alerts.quietHours } : {}),
    ...(config.alerts.timeZone ? { timeZone: config.alerts.timeZone } : {}),
    // Lines name exchanges, stages and roles by the published blueprint, people by name.
    names: alertNames(published?.blueprint),
    digests: { maxLines: digests.maxLines, dueWithinDays: digests.dueWithinDays, managers: digests.managers, snoozed, ...(digests.sellers ? { sellers: digests.sellers } : {}) }
  });
  // Numbers from people's Microsoft 365 profiles, and recipients who left, from the directory.
  const smsPhones = config.alerts.sms?.phones ?? {};
  const alsoCheck = config.alerts.checkRecipients ? [...mailRecipients(planned), ...Object.keys(smsPhones)] : [];
  const reachable = await reachablePeople(smsPhones, alsoCheck, createGraphDirectory(clientBatchTransport(clients.graph)));
  for (const note of reachable.notes) io.err(`recipients: ${note}`);
  // High alerts also go by SMS to the deal owners who opted in, each under its own AlertLog key.
  if (config.alerts.sms !== undefined) {
    const owners = new Map(after.map((r) => [r.opportunity.id, r.opportunity.owner]));
    planned.push(...smsAlerts(planned, owners, { phones: reachable.phones, minLevel: config.alerts.sms.minLevel, ...(config.alerts.sms.quietHours ? { quietHours: config.alerts.sms.quietHours } : {}) }, now));
  }
  io.out(`alerts: ${planned.length} due`);
  if (dryRun) {
    for (const alert of planned) io.out(`would send ${describe(alert)}`);
    return failures > 0 ? 1 : 0;
  }
  const sender = reachableOnly(headlessSender(config, clients.graphToken), reachable.undeliverable);
  // Sent Items can be searched (Mail.ReadBasic); a webhook's channel cannot: its ambiguous sends are `uncertain`.
  const probe = createRoutingProbe({
    ...(config.alerts.mailbox !== undefined ? { mail: createSentItemsProbe({ graphBaseUrl: config.graphBaseUrl, mailbox: config.alerts.mailbox, token: clients.graphToken }) } : {}),
    ...(config.alerts.sms !== undefined ? { sms: createAcsSmsProbe(acsOptions(config.alerts.sms)) } : {})
  });
  for (const alert of planned) {
    const outcome = await deliverAlert(alert, { alertLog: stores.alertLog, sender, probe, now: io.now, leaseMs: config.alerts.leaseMinutes * 60_000, runner: `${hostname()}:${process.pid}` });
    io.out(`${outcome} ${describe(alert)}`);
    if (outcome === 'failed' || outcome === 'uncertain') failures += 1;
  }
  return failures > 0 ? 1 : 0;
}

/**
 * Runs the command. `--once` runs one cycle; otherwise a cycle every `intervalMinutes` until stopped,
 * answering the worst exit code seen.
 */
export async function runMonitorCommand(argv: string[], io: MonitorIo): Promise<number> {
  let config: MonitorConfig;
  let flags: { once: boolean; dryRun: boolean; path: string };
  try {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string' }, once: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } } });
    if (values.config === undefined) throw new MonitorConfigError('monitor needs --config <monitor.json>.');
    flags = { once: values.once === true, dryRun: values['dry-run'] === true, path: resolve(values.config) };
    let text: string;
    try {
      text = readFileSync(flags.path, 'utf8');
    } catch {
      throw new MonitorConfigError(`Cannot read ${values.config}.`);
    }
    let json: unknown;
    try {
      json = parseJsonText(text.replace(/^\ufeff/, ''));
    } catch (error) {
      throw new MonitorConfigError(`${values.config} is not JSON: ${(error as Error).message}`);
    }
    config = withDemoSources(parseMonitorConfig(json));
  } catch (error) {
    io.err(`configuration error: ${(error as Error).message}`);
    return 2;
  }
  let scoringModel: ScoringModel | undefined;
  if (config.alerts.scoringModelPath !== undefined) {
    try {
      scoringModel = JSON.parse(readFileSync(resolve(dirname(flags.path), config.alerts.scoringModelPath), 'utf8')) as ScoringModel;
    } catch (error) {
      io.err(`configuration error: cannot read the scoring model ${config.alerts.scoringModelPath}: ${(error as Error).message}`);
      return 2;
    }
  }
  const clients = await createMonitorClients(config, dirname(flags.path));
  const stores = createSharePointStores(clients.sp);
  let worst = 0;
  for (;;) {
    try {
      worst = Math.max(worst, await runMonitorOnce(config, stores, clients, flags.dryRun, io, scoringModel));
    } catch (error) {
      io.err(`run failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      worst = 1;
    }
    if (flags.once || io.stopped()) return worst;
    await io.sleep(config.intervalMinutes * 60_000);
    if (io.stopped()) return worst;
  }
}
