/**
 * The headless monitor's configuration (monitor.json): where the site and Graph are, how to
 * authenticate, what to sync, and where alerts go. Parsed and checked up front so a bad file fails
 * with exit code 2 before anything is read or sent. docs/sync-and-alerts.md documents the shape.
 */
import type { AlertTrigger, MonitorRule, QuietHours } from '../../src/core/alerts';
import { ALERT_CHANNELS } from '../../src/core/model';
import { ValueNetworksError } from '../../src/core';

/** A configuration the monitor cannot run with; the message names the field. */
export class MonitorConfigError extends ValueNetworksError {}

/** App-only (production): an Entra ID app registration with a certificate. */
export interface CertificateAuth {
  readonly kind: 'certificate';
  readonly tenantId: string;
  readonly clientId: string;
  /** SHA-1 thumbprint (hex) of the certificate registered on the app. */
  readonly thumbprint: string;
  /** PEM file of the certificate's private key, relative to the config file. */
  readonly privateKeyPath: string;
}

/** The workbench emulators: bearer `user:<key>` tokens, no tenant. */
export interface EmulatorAuth {
  readonly kind: 'emulator';
  /** SharePoint persona key, e.g. `owner`. */
  readonly sharePointUser: string;
  /** Graph UPN the calls act as. */
  readonly graphUser: string;
}

export interface MonitorConfig {
  readonly siteUrl: string;
  /** e.g. `https://graph.microsoft.com/v1.0` or `http://127.0.0.1:4321/graph/v1.0`. */
  readonly graphBaseUrl: string;
  readonly auth: CertificateAuth | EmulatorAuth;
  /** Minutes between runs without `--once`. */
  readonly intervalMinutes: number;
  readonly sync: {
    readonly sellers: readonly string[];
    /**
     * The workbench's demo organisation (seed, scale) as a source of sellers and Planner plans, added
     * to `sellers` and `plannerPlanIds`; for the local workbench only.
     */
    readonly demo?: { readonly seed: number; readonly scale: number };
    /** Calendar window: absolute ISO bounds, or days around the run time. */
    readonly calendarFrom?: string;
    readonly calendarTo?: string;
    readonly calendarDaysBack: number;
    readonly calendarDaysAhead: number;
    readonly mailFolders?: readonly ('sentitems' | 'inbox')[];
    readonly plannerPlanIds: readonly string[];
    readonly workflowList?: { readonly siteId: string; readonly listId: string; readonly title: string; readonly opportunityField?: string; readonly peopleFields?: readonly string[] };
  };
  /** Scheduled retraining of the score model (Sales Insights' model registry); absent: never. */
  readonly retrain?: { readonly everyDays: number };
  readonly alerts: {
    /** Mailbox that sends alert mail (`/users/{mailbox}/sendMail`, app-only `Mail.Send` limited to it). */
    readonly mailbox?: string;
    /** Workflows webhook URLs by connection name (a rule's `target`); they are secrets. */
    readonly webhooks: Readonly<Record<string, string>>;
    /** `teamId/channelId` targets delivered through a named webhook (app-only cannot post to channels). */
    readonly channelWebhooks: Readonly<Record<string, string>>;
    readonly timeZone?: string;
    readonly quietHours?: QuietHours;
    readonly teamsAppId: string;
    readonly dashboardEntityId: string;
    /** AlertLog claim lease, minutes (must exceed the request timeout); default 10. */
    readonly leaseMinutes: number;
    /**
     * Before sending, look every mail and SMS recipient up in the directory (Graph, needs User.Read.All):
     * one who left the company gets a failure with the reason in the alert feed, not a bounce. Default false.
     */
    readonly checkRecipients: boolean;
    /**
     * Rules on the analysis rather than on deviations (the Technical Blueprint holds deviation rules
     * only): `score-drop`, `due-exchange`, `stalled-stage`. Evaluated after the blueprint's rules.
     */
    readonly rules: readonly MonitorRule[];
    /** A trained scoring model (JSON, relative to the config file) for the snapshots' scores; score-drop rules need it. */
    readonly scoringModelPath?: string;
    /** How digest rules are shaped for people (src/core/alerts/composeDigests.ts). */
    readonly digests: DigestConfig;
    /** High alerts by SMS through Azure Communication Services to people who opted in; absent: no SMS. */
    readonly sms?: SmsConfig;
  };
}

/** `alerts.digests`: per-person digests. */
export interface DigestConfig {
  /** Each seller gets their own digest on this channel (`mail`: needs `alerts.mailbox`); absent: none. */
  readonly sellers?: { readonly channel: 'mail' };
  /** Team id -> manager address: each manager gets their team's summary by mail. */
  readonly managers: Readonly<Record<string, string>>;
  /** Exchanges due within this many days are listed as due soon; default 7. */
  readonly dueWithinDays: number;
  /** Lines of a seller's digest before "N more in the dashboard"; default 10. */
  readonly maxLines: number;
}

/**
 * `alerts.sms`. The ACS connection string is a secret: it comes from the environment variable
 * `connectionStringEnv` (default `ACS_CONNECTION_STRING`) or this file, never from a web part.
 */
export interface SmsConfig {
  readonly connectionString: string;
  /** The sending number (E.164) bought on the ACS resource. */
  readonly from: string;
  /**
   * Person (login or e-mail, any case) -> the phone number they gave to receive SMS alerts (E.164), or
   * `profile`: the mobile number in their Microsoft 365 profile (read through Graph, needs User.Read.All).
   */
  readonly phones: Readonly<Record<string, string>>;
  readonly minLevel: 'warning' | 'critical';
  readonly quietHours?: QuietHours;
  /** Segments per SMS, default 2. */
  readonly maxSegments: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Json, name: string, where: string, required: boolean = true): string | undefined {
  const v = o[name];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new MonitorConfigError(`${where}.${name} must be a non-empty string.`);
  return v;
}

function num(o: Json, name: string, where: string, fallback: number): number {
  const v = o[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new MonitorConfigError(`${where}.${name} must be a number >= 0.`);
  return v;
}

function flag(o: Json, name: string, where: string): boolean {
  const v = o[name] ?? false;
  if (typeof v !== 'boolean') throw new MonitorConfigError(`${where}.${name} must be true or false.`);
  return v;
}

function strings(o: Json, name: string, where: string): string[] {
  const v = o[name] ?? [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw new MonitorConfigError(`${where}.${name} must be an array of strings.`);
  return v as string[];
}

function record(o: Json, name: string, where: string): Record<string, string> {
  const v = o[name] ?? {};
  if (!isObject(v) || Object.values(v).some((s) => typeof s !== 'string')) throw new MonitorConfigError(`${where}.${name} must map names to strings.`);
  return v as Record<string, string>;
}

function auth(o: unknown): CertificateAuth | EmulatorAuth {
  if (!isObject(o)) throw new MonitorConfigError('auth must be an object.');
  if (o.kind === 'certificate') {
    return { kind: 'certificate', tenantId: str(o, 'tenantId', 'auth') as string, clientId: str(o, 'clientId', 'auth') as string, thumbprint: str(o, 'thumbprint', 'auth') as string, privateKeyPath: str(o, 'privateKeyPath', 'auth') as string };
  }
  if (o.kind === 'emulator') return { kind: 'emulator', sharePointUser: str(o, 'sharePointUser', 'auth') as string, graphUser: str(o, 'graphUser', 'auth') as string };
  throw new MonitorConfigError('auth.kind must be "certificate" or "emulator".');
}

function trigger(o: unknown, where: string): AlertTrigger {
  if (!isObject(o)) throw new MonitorConfigError(`${where}.trigger must be an object.`);
  const limit = (name: string): number => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new MonitorConfigError(`${where}.trigger.${name} must be a number >= 0.`);
    return v;
  };
  if (o.kind === 'score-drop') {
    const minDrop = limit('minDrop');
    if (minDrop > 1) throw new MonitorConfigError(`${where}.trigger.minDrop is a probability drop, 0..1.`);
    return { kind: 'score-drop', minDrop };
  }
  if (o.kind === 'due-exchange') return { kind: 'due-exchange', graceDays: limit('graceDays') };
  if (o.kind === 'stalled-stage') return { kind: 'stalled-stage', maxDays: limit('maxDays') };
  throw new MonitorConfigError(`${where}.trigger.kind must be "score-drop", "due-exchange" or "stalled-stage".`);
}

function digests(o: unknown, mailbox: string | undefined): DigestConfig {
  const d = isObject(o) ? o : {};
  const sellers = d.sellers;
  if (sellers !== undefined && sellers !== false && sellers !== 'mail') throw new MonitorConfigError('alerts.digests.sellers must be "mail" or false.');
  if (sellers === 'mail' && mailbox === undefined) throw new MonitorConfigError('alerts.digests.sellers "mail" needs alerts.mailbox.');
  const managers = record(d, 'managers', 'alerts.digests');
  if (Object.keys(managers).length > 0 && mailbox === undefined) throw new MonitorConfigError('alerts.digests.managers are mailed: they need alerts.mailbox.');
  const maxLines = num(d, 'maxLines', 'alerts.digests', 10);
  if (maxLines < 1) throw new MonitorConfigError('alerts.digests.maxLines must be at least 1.');
  return { ...(sellers === 'mail' ? { sellers: { channel: 'mail' as const } } : {}), managers, dueWithinDays: num(d, 'dueWithinDays', 'alerts.digests', 7), maxLines };
}

function sms(o: unknown, env: Readonly<Record<string, string | undefined>>): SmsConfig | undefined {
  if (o === undefined) return undefined;
  if (!isObject(o)) throw new MonitorConfigError('alerts.sms must be an object.');
  const variable = str(o, 'connectionStringEnv', 'alerts.sms', false) ?? 'ACS_CONNECTION_STRING';
  const connectionString = env[variable] ?? str(o, 'connectionString', 'alerts.sms', false);
  if (connectionString === undefined || connectionString === '') throw new MonitorConfigError(`alerts.sms needs the ACS connection string in the environment variable ${variable} (or alerts.sms.connectionString).`);
  const from = str(o, 'from', 'alerts.sms') as string;
  if (!/^\+[1-9]\d{6,14}$/.test(from)) throw new MonitorConfigError('alerts.sms.from must be a phone number in E.164 form, e.g. +18005550100.');
  const minLevel = o.minLevel ?? 'critical';
  if (minLevel !== 'warning' && minLevel !== 'critical') throw new MonitorConfigError('alerts.sms.minLevel must be "warning" (Medium) or "critical" (High).');
  const maxSegments = num(o, 'maxSegments', 'alerts.sms', 2);
  if (maxSegments < 1) throw new MonitorConfigError('alerts.sms.maxSegments must be at least 1.');
  return { connectionString, from, phones: record(o, 'phones', 'alerts.sms'), minLevel, ...(isObject(o.quietHours) ? { quietHours: o.quietHours as unknown as QuietHours } : {}), maxSegments };
}

function rules(o: Json): MonitorRule[] {
  const list = o.rules ?? [];
  if (!Array.isArray(list)) throw new MonitorConfigError('alerts.rules must be an array.');
  return list.map((r: unknown, i) => {
    const where = `alerts.rules[${i}]`;
    if (!isObject(r)) throw new MonitorConfigError(`${where} must be an object.`);
    const channel = str(r, 'channel', where) as MonitorRule['channel'];
    if (!ALERT_CHANNELS.includes(channel)) throw new MonitorConfigError(`${where}.channel must be one of ${ALERT_CHANNELS.join(', ')}.`);
    const delivery = r.delivery ?? 'immediate';
    if (delivery !== 'immediate' && delivery !== 'digest') throw new MonitorConfigError(`${where}.delivery must be "immediate" or "digest".`);
    const digestHour = r.digestHour === undefined ? undefined : num(r, 'digestHour', where, 0);
    return {
      id: str(r, 'id', where) as string,
      name: str(r, 'name', where) as string,
      enabled: r.enabled !== false,
      trigger: trigger(r.trigger, where),
      channel,
      target: str(r, 'target', where) as string,
      delivery,
      ...(digestHour !== undefined ? { digestHour } : {})
    };
  });
}

/**
 * Checks a parsed monitor.json and fills defaults (interval 15 min, calendar 90 days back and 30
 * ahead, both mail folders, lease 10 min, entity `performanceDashboard`).
 *
 * @param env the environment (secrets such as the ACS connection string); default `process.env`
 * @throws MonitorConfigError naming the first bad field
 */
export function parseMonitorConfig(input: unknown, env: Readonly<Record<string, string | undefined>> = process.env): MonitorConfig {
  if (!isObject(input)) throw new MonitorConfigError('The configuration must be a JSON object.');
  const sync = isObject(input.sync) ? input.sync : {};
  const alerts = isObject(input.alerts) ? input.alerts : {};
  const sellers = strings(sync, 'sellers', 'sync');
  const folders = strings(sync, 'mailFolders', 'sync');
  if (folders.some((f) => f !== 'sentitems' && f !== 'inbox')) throw new MonitorConfigError('sync.mailFolders may hold "sentitems" and "inbox" only.');
  let workflowList: MonitorConfig['sync']['workflowList'];
  if (sync.workflowList !== undefined) {
    if (!isObject(sync.workflowList)) throw new MonitorConfigError('sync.workflowList must be an object.');
    const w = sync.workflowList;
    const opportunityField = str(w, 'opportunityField', 'sync.workflowList', false);
    workflowList = { siteId: str(w, 'siteId', 'sync.workflowList') as string, listId: str(w, 'listId', 'sync.workflowList') as string, title: str(w, 'title', 'sync.workflowList') as string, ...(opportunityField ? { opportunityField } : {}), peopleFields: strings(w, 'peopleFields', 'sync.workflowList') };
  }
  let demo: MonitorConfig['sync']['demo'];
  if (sync.demo !== undefined) {
    if (!isObject(sync.demo)) throw new MonitorConfigError('sync.demo must be an object: { "seed": 42, "scale": 1 }.');
    demo = { seed: num(sync.demo, 'seed', 'sync.demo', 42), scale: num(sync.demo, 'scale', 'sync.demo', 1) };
  }
  const calendarFrom = str(sync, 'calendarFrom', 'sync', false);
  const calendarTo = str(sync, 'calendarTo', 'sync', false);
  for (const [name, value] of [['calendarFrom', calendarFrom], ['calendarTo', calendarTo]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) throw new MonitorConfigError(`sync.${name} must be an ISO date-time.`);
  }
  const mailbox = str(alerts, 'mailbox', 'alerts', false);
  const timeZone = str(alerts, 'timeZone', 'alerts', false);
  const scoringModelPath = str(alerts, 'scoringModelPath', 'alerts', false);
  let retrain: MonitorConfig['retrain'];
  if (input.retrain !== undefined) {
    if (!isObject(input.retrain)) throw new MonitorConfigError('retrain must be an object: { "everyDays": 7 }.');
    const everyDays = num(input.retrain, 'everyDays', 'retrain', 7);
    if (!(everyDays > 0)) throw new MonitorConfigError('retrain.everyDays must be a positive number of days.');
    retrain = { everyDays };
  }
  return {
    siteUrl: str(input, 'siteUrl', 'config') as string,
    graphBaseUrl: (str(input, 'graphBaseUrl', 'config', false) ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, ''),
    auth: auth(input.auth),
    intervalMinutes: num(input, 'intervalMinutes', 'config', 15),
    sync: {
      sellers,
      ...(demo ? { demo } : {}),
      ...(calendarFrom ? { calendarFrom } : {}),
      ...(calendarTo ? { calendarTo } : {}),
      calendarDaysBack: num(sync, 'calendarDaysBack', 'sync', 90),
      calendarDaysAhead: num(sync, 'calendarDaysAhead', 'sync', 30),
      ...(folders.length > 0 ? { mailFolders: folders as ('sentitems' | 'inbox')[] } : {}),
      plannerPlanIds: strings(sync, 'plannerPlanIds', 'sync'),
      ...(workflowList ? { workflowList } : {})
    },
    ...(retrain ? { retrain } : {}),
    alerts: {
      ...(mailbox ? { mailbox } : {}),
      webhooks: record(alerts, 'webhooks', 'alerts'),
      channelWebhooks: record(alerts, 'channelWebhooks', 'alerts'),
      ...(timeZone ? { timeZone } : {}),
      ...(isObject(alerts.quietHours) ? { quietHours: alerts.quietHours as unknown as QuietHours } : {}),
      teamsAppId: str(alerts, 'teamsAppId', 'alerts', false) ?? '00000000-0000-0000-0000-000000000000',
      dashboardEntityId: str(alerts, 'dashboardEntityId', 'alerts', false) ?? 'performanceDashboard',
      leaseMinutes: num(alerts, 'leaseMinutes', 'alerts', 10),
      checkRecipients: flag(alerts, 'checkRecipients', 'alerts'),
      rules: rules(alerts),
      ...(scoringModelPath ? { scoringModelPath } : {}),
      digests: digests(alerts.digests, mailbox),
      ...(alerts.sms !== undefined ? { sms: sms(alerts.sms, env) as SmsConfig } : {})
    }
  };
}
