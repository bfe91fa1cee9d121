/**
 * The one list schema of ValueNetworks (../shared/ARCHITECTURE.md, "Data in SharePoint"): list titles,
 * internal field names, types, indexes and unique keys. Provisioning creates exactly this; repositories
 * and mappers read and write exactly these names. Nothing else in the code base spells a field name.
 *
 * Internal names carry the `VN` prefix and only ASCII letters, so they never clash with site columns
 * and are the same in REST bodies, `$select` and `$filter` (no `_x0020_` encoding).
 *
 * Schema history (stored on each site, see {@link SETTINGS_LIST}):
 *  1. the seven lists with their keys and indexes;
 *  2. the analysis snapshot's score model and deviation summary on Opportunities, the analysed-at
 *     index, and the attempt counter on AlertLog. A site set up by version 1 gets these added;
 *  3. the score's reasons (its largest contributions, JSON) on Opportunities, so the dashboard shows
 *     why a deal scores as it does without retraining. A site set up by version 2 gets it added;
 *  4. the blueprint life cycle: one Blueprints item per published version (`<id>#v<n>`) and one per
 *     working draft (`<id>#draft`), keyed by the unique item key; the blueprint id, the version a
 *     draft is based on and where a version came from get columns of their own. A site set up by
 *     version 3 gets them added, and its one-item-per-blueprint rows are moved to version items
 *     (src/adapters/sharepoint/blueprintMigration.ts). The same version adds the ScoringModels list:
 *     trained score models with their evaluation and success patterns, and which one is in use.
 *  5. alerts people act on and won/lost reviews: an AlertLog record keeps the deals it covers (the
 *     dashboard's filter behind a digest's deep link), who acknowledged it, when, and until when it is
 *     snoozed; the sync run's summary item in SyncState keeps what the run brought in and its
 *     unmatched items grouped (JSON); the DealReviews list holds one won/lost review record per deal
 *     (keyed by the unique deal id), with the outcome reason (text, so the leader's reason list can
 *     change without touching the column) and lessons. A site set up by version 4 gets them added.
 *  6. the Leads list: one item per lead, keyed by the unique lead id of the file it came from,
 *     its outcome (converted / not converted / open, indexed: the prioritised list reads the open ones),
 *     the file's other columns as the lead model's features (JSON), and the latest score with its grade,
 *     reasons, model and time; and the score's history on Opportunities: the score before the last
 *     analysis that changed it and when that one was computed, so every surface shows a score's trend
 *     without reading old versions of the item. A site set up by version 5 gets both added.
 */

/** Column types the product uses; see {@link fieldTypeName} for SharePoint's names. */
export type FieldKind = 'text' | 'note' | 'number' | 'currency' | 'dateTime' | 'choice' | 'boolean';

export interface FieldSpec {
  /** `VN...`, letters only. */
  readonly internalName: string;
  /** Display name shown in SharePoint's list views. */
  readonly title: string;
  readonly kind: FieldKind;
  /** Filtered or sorted on by a query: must be indexed to keep working past 5,000 items. */
  readonly indexed: boolean;
  /** Enforce unique values (SharePoint requires the column to be indexed too). */
  readonly unique: boolean;
  readonly choices?: readonly string[];
}

export type ListKey = 'blueprints' | 'opportunities' | 'interactions' | 'participants' | 'alertLog' | 'syncState' | 'models' | 'reviews' | 'leads' | 'settings';

export interface ListSpec {
  readonly key: ListKey;
  readonly title: string;
  readonly description: string;
  /** Keep item versions (Blueprints only: the version history is the blueprint's history). */
  readonly versioning: boolean;
  readonly fields: readonly FieldSpec[];
}

export interface SiteSchema {
  /** Stored on the site after a successful set-up; a higher number means columns or indexes to add. */
  readonly version: number;
  readonly lists: readonly ListSpec[];
}

/** The schema version this build of the app provisions. */
export const SCHEMA_VERSION: number = 6;

/** Key of the settings item that holds the site's schema version. */
export const SCHEMA_VERSION_KEY: string = 'schemaVersion';

function field(internalName: string, title: string, kind: FieldKind, options: { indexed?: boolean; unique?: boolean; choices?: readonly string[] } = {}): FieldSpec {
  const unique = options.unique ?? false;
  return {
    internalName,
    title,
    kind,
    // SharePoint refuses EnforceUniqueValues on a column that is not indexed.
    indexed: unique || (options.indexed ?? false),
    unique,
    ...(options.choices ? { choices: options.choices } : {})
  };
}

/**
 * Internal names of the Blueprints list. Title holds the blueprint's name. One item per published
 * version and one per working draft; `key` (the column schema version 3 called the blueprint id, which
 * is why its internal name says so) is `<blueprint id>#v<n>` or `<blueprint id>#draft`, unique, so two
 * publishers of the same next version cannot both succeed.
 */
export const BlueprintFields = {
  key: 'VNBlueprintId',
  blueprintId: 'VNBlueprint',
  status: 'VNStatus',
  version: 'VNVersion',
  basedOn: 'VNBasedOn',
  source: 'VNSource',
  json: 'VNBlueprintJson'
} as const;

/** Internal names of the Opportunities list. Title holds the opportunity's name (or its id). */
export const OpportunityFields = {
  externalId: 'VNExternalId',
  account: 'VNAccount',
  owner: 'VNOwner',
  team: 'VNTeam',
  stage: 'VNStage',
  amount: 'VNAmount',
  currency: 'VNCurrency',
  status: 'VNStatus',
  createdAt: 'VNCreatedAt',
  closedAt: 'VNClosedAt',
  stageHistory: 'VNStageHistory',
  score: 'VNScore',
  scoreModel: 'VNScoreModel',
  scoreReasons: 'VNScoreReasons',
  fitness: 'VNFitness',
  deviationSummary: 'VNDeviationSummary',
  analysedAt: 'VNAnalysedAt',
  // Schema version 6: the score's trend.
  previousScore: 'VNPreviousScore',
  previousScoredAt: 'VNPreviousScoredAt'
} as const;

/** Internal names of the Interactions list. Title holds the activity label. */
export const InteractionFields = {
  sourceKey: 'VNSourceKey',
  opportunityId: 'VNOpportunityId',
  timestamp: 'VNTimestamp',
  fromParticipant: 'VNFromParticipant',
  toParticipant: 'VNToParticipant',
  fromRole: 'VNFromRole',
  toRole: 'VNToRole',
  activity: 'VNActivity',
  transactionId: 'VNTransactionId',
  channel: 'VNChannel',
  source: 'VNSource'
} as const;

/** Internal names of the Participants list. Title holds the display name. */
export const ParticipantFields = {
  participantKey: 'VNParticipantKey',
  email: 'VNEmail',
  role: 'VNRole',
  account: 'VNAccount',
  opportunityId: 'VNOpportunityId'
} as const;

/** Internal names of the AlertLog list. Title holds the alert's one-line summary. */
export const AlertLogFields = {
  dedupeKey: 'VNDedupeKey',
  opportunityId: 'VNOpportunityId',
  rule: 'VNRule',
  severity: 'VNSeverity',
  channel: 'VNChannel',
  messageId: 'VNMessageId',
  status: 'VNStatus',
  recordedAt: 'VNRecordedAt',
  sentAt: 'VNSentAt',
  attempts: 'VNAttempts',
  lastError: 'VNLastError',
  /** The deals a digest covers, JSON array of ids (at most 63,999 characters). */
  dealIds: 'VNDealIds',
  acknowledgedBy: 'VNAckBy',
  acknowledgedAt: 'VNAckAt',
  /** A digest snoozed by its reader: the monitor skips that scope and rule until then (indexed: read every run). */
  snoozedUntil: 'VNSnoozedUntil'
} as const;

/** Internal names of the SyncState list. Title holds the source's display name. */
export const SyncStateFields = {
  sourceKey: 'VNSourceKey',
  deltaToken: 'VNDeltaToken',
  lastRunAt: 'VNLastRunAt',
  lastSuccessAt: 'VNLastSuccessAt',
  lastError: 'VNLastError',
  /** The sync run's summary (what it brought in, unmatched items grouped), JSON. */
  details: 'VNDetails'
} as const;

/**
 * Internal names of the ScoringModels list (one item per trained model). Title holds the model's
 * label, e.g. `logistic (120 won / 310 lost)`. Model, evaluation and patterns are separate JSON
 * columns because each multi-line text column holds at most 63,999 characters.
 */
export const ScoringModelFields = {
  modelId: 'VNModelId',
  status: 'VNModelStatus',
  trainedAt: 'VNTrainedAt',
  trainedBy: 'VNTrainedBy',
  blueprintId: 'VNBlueprintId',
  blueprintVersion: 'VNBlueprintVersion',
  windowFrom: 'VNWindowFrom',
  windowTo: 'VNWindowTo',
  modelJson: 'VNModelJson',
  evaluationJson: 'VNEvaluationJson',
  patternsJson: 'VNPatternsJson'
} as const;

/** Internal names of the DealReviews list (one item per reviewed deal). Title holds the deal's name. */
export const ReviewFields = {
  opportunityId: 'VNReviewDeal',
  outcome: 'VNReviewOutcome',
  reason: 'VNReviewReason',
  lessons: 'VNReviewLessons',
  reviewedBy: 'VNReviewedBy',
  reviewedAt: 'VNReviewedAt'
} as const;

/**
 * Internal names of the Leads list (schema version 6, one item per lead). Title holds the lead's name.
 * The features are the file's columns the mapping keeps, as JSON (header -> text), so a new column in
 * next month's file needs no new site column.
 */
export const LeadFields = {
  leadId: 'VNLeadId',
  outcome: 'VNLeadOutcome',
  features: 'VNLeadFeatures',
  score: 'VNLeadScore',
  grade: 'VNLeadGrade',
  reasons: 'VNLeadReasons',
  model: 'VNLeadModel',
  scoredAt: 'VNLeadScoredAt',
  importedAt: 'VNLeadImportedAt'
} as const;

/** A lead's outcome as stored: the file's values are mapped to these by the mapping step. */
export const LEAD_OUTCOMES: readonly string[] = ['converted', 'not-converted', 'open'];
export const LEAD_GRADES: readonly string[] = ['A', 'B', 'C', 'D'];

/** Settings key of the leader's outcome reasons (a JSON array of text). */
export const REVIEW_REASONS_KEY: string = 'reviewReasons';

/** Internal names of the settings list (one item per key). */
export const SettingFields = {
  key: 'VNSettingKey',
  value: 'VNSettingValue'
} as const;

export const OPPORTUNITY_STATUSES: readonly string[] = ['open', 'won', 'lost', 'no-decision'];
export const BLUEPRINT_STATUSES: readonly string[] = ['draft', 'published'];
export const INTERACTION_CHANNELS: readonly string[] = ['meeting', 'mail', 'call', 'task', 'document', 'workflow', 'other'];
export const ALERT_SEVERITIES: readonly string[] = ['info', 'warning', 'critical'];
export const ALERT_STATUSES: readonly string[] = ['pending', 'sent', 'failed'];
/** `in-use` marks the model every surface scores with; a model is saved `stored` and switched on only once complete. */
export const MODEL_STATUSES: readonly string[] = ['stored', 'in-use'];

/**
 * Settings live in a hidden-by-convention list rather than the web's property bag: writing the
 * property bag needs custom scripts enabled, which modern team and communication sites forbid
 * ("NoScript"), while a list item needs only the ManageLists right the set-up already demands.
 */
export const SETTINGS_LIST: string = 'VNSettings';

const B = BlueprintFields;
const O = OpportunityFields;
const I = InteractionFields;
const P = ParticipantFields;
const A = AlertLogFields;
const S = SyncStateFields;

/** The schema of this build ({@link SCHEMA_VERSION}). */
export const CURRENT_SCHEMA: SiteSchema = {
  version: SCHEMA_VERSION,
  lists: [
    {
      key: 'blueprints',
      title: 'Blueprints',
      description: 'ValueNetworks strategy blueprints (versioned JSON).',
      versioning: true,
      fields: [
        field(B.key, 'Blueprint id', 'text', { unique: true }),
        field(B.status, 'Status', 'choice', { indexed: true, choices: BLUEPRINT_STATUSES }),
        field(B.version, 'Version', 'number'),
        field(B.json, 'Blueprint JSON', 'note'),
        field(B.blueprintId, 'Blueprint', 'text', { indexed: true }),
        field(B.basedOn, 'Based on version', 'number'),
        field(B.source, 'Source', 'text')
      ]
    },
    {
      key: 'opportunities',
      title: 'Opportunities',
      description: 'ValueNetworks opportunities with their latest analysis snapshot.',
      versioning: false,
      fields: [
        field(O.externalId, 'External id', 'text', { unique: true }),
        field(O.account, 'Account', 'text'),
        field(O.owner, 'Owner', 'text', { indexed: true }),
        field(O.team, 'Team', 'text'),
        field(O.stage, 'Stage', 'text'),
        field(O.amount, 'Amount', 'currency'),
        field(O.currency, 'Currency', 'text'),
        field(O.status, 'Status', 'choice', { indexed: true, choices: OPPORTUNITY_STATUSES }),
        field(O.createdAt, 'Created at', 'dateTime'),
        field(O.closedAt, 'Closed at', 'dateTime'),
        field(O.stageHistory, 'Stage history', 'note'),
        field(O.score, 'Score', 'number'),
        field(O.scoreModel, 'Score model', 'text'),
        field(O.scoreReasons, 'Score reasons', 'note'),
        field(O.fitness, 'Fitness', 'number'),
        field(O.deviationSummary, 'Deviation summary', 'note'),
        field(O.analysedAt, 'Analysed at', 'dateTime', { indexed: true }),
        // Schema version 6: the score's trend.
        field(O.previousScore, 'Previous score', 'number'),
        field(O.previousScoredAt, 'Previous score at', 'dateTime')
      ]
    },
    {
      key: 'interactions',
      title: 'Interactions',
      description: 'ValueNetworks observed interactions (one item per event).',
      versioning: false,
      fields: [
        field(I.sourceKey, 'Source key', 'text', { unique: true }),
        field(I.opportunityId, 'Opportunity id', 'text', { indexed: true }),
        field(I.timestamp, 'Timestamp', 'dateTime', { indexed: true }),
        field(I.fromParticipant, 'From participant', 'text'),
        field(I.toParticipant, 'To participant', 'text'),
        field(I.fromRole, 'From role', 'text'),
        field(I.toRole, 'To role', 'text'),
        field(I.activity, 'Activity', 'text'),
        field(I.transactionId, 'Transaction id', 'text'),
        field(I.channel, 'Channel', 'choice', { choices: INTERACTION_CHANNELS }),
        field(I.source, 'Source', 'text')
      ]
    },
    {
      key: 'participants',
      title: 'Participants',
      description: 'ValueNetworks people in a role on an account or opportunity.',
      versioning: false,
      fields: [
        field(P.participantKey, 'Participant key', 'text', { unique: true }),
        field(P.email, 'Email', 'text', { indexed: true }),
        field(P.role, 'Role', 'text'),
        field(P.account, 'Account', 'text'),
        field(P.opportunityId, 'Opportunity id', 'text', { indexed: true })
      ]
    },
    {
      key: 'alertLog',
      title: 'AlertLog',
      description: 'ValueNetworks alerts, recorded before they are sent.',
      versioning: false,
      fields: [
        field(A.dedupeKey, 'Dedupe key', 'text', { unique: true }),
        field(A.opportunityId, 'Opportunity id', 'text', { indexed: true }),
        field(A.rule, 'Rule', 'text'),
        field(A.severity, 'Severity', 'choice', { choices: ALERT_SEVERITIES }),
        field(A.channel, 'Channel', 'text'),
        field(A.messageId, 'Message id', 'text'),
        field(A.status, 'Status', 'choice', { indexed: true, choices: ALERT_STATUSES }),
        field(A.recordedAt, 'Recorded at', 'dateTime'),
        field(A.sentAt, 'Sent at', 'dateTime'),
        field(A.attempts, 'Attempts', 'number'),
        field(A.lastError, 'Last error', 'note'),
        field(A.dealIds, 'Deals', 'note'),
        field(A.acknowledgedBy, 'Acknowledged by', 'text'),
        field(A.acknowledgedAt, 'Acknowledged at', 'dateTime'),
        field(A.snoozedUntil, 'Snoozed until', 'dateTime', { indexed: true })
      ]
    },
    {
      key: 'syncState',
      title: 'SyncState',
      description: 'ValueNetworks history sources: delta tokens and last runs.',
      versioning: false,
      fields: [
        field(S.sourceKey, 'Source key', 'text', { unique: true }),
        field(S.deltaToken, 'Delta token', 'note'),
        field(S.lastRunAt, 'Last run at', 'dateTime'),
        field(S.lastSuccessAt, 'Last success at', 'dateTime'),
        field(S.lastError, 'Last error', 'note'),
        field(S.details, 'Details', 'note')
      ]
    },
    {
      key: 'models',
      title: 'ScoringModels',
      description: 'ValueNetworks trained score models with their evaluation and success patterns.',
      versioning: false,
      fields: [
        field(ScoringModelFields.modelId, 'Model id', 'text', { unique: true }),
        field(ScoringModelFields.status, 'Model status', 'choice', { indexed: true, choices: MODEL_STATUSES }),
        field(ScoringModelFields.trainedAt, 'Trained at', 'dateTime', { indexed: true }),
        field(ScoringModelFields.trainedBy, 'Trained by', 'text'),
        field(ScoringModelFields.blueprintId, 'Blueprint id', 'text'),
        field(ScoringModelFields.blueprintVersion, 'Blueprint version', 'number'),
        field(ScoringModelFields.windowFrom, 'Training window from', 'dateTime'),
        field(ScoringModelFields.windowTo, 'Training window to', 'dateTime'),
        field(ScoringModelFields.modelJson, 'Model JSON', 'note'),
        field(ScoringModelFields.evaluationJson, 'Evaluation JSON', 'note'),
        field(ScoringModelFields.patternsJson, 'Patterns JSON', 'note')
      ]
    },
    {
      key: 'reviews',
      title: 'DealReviews',
      description: 'ValueNetworks won/lost review records: outcome reason and lessons per closed deal.',
      versioning: false,
      fields: [
        field(ReviewFields.opportunityId, 'Deal id', 'text', { unique: true }),
        field(ReviewFields.outcome, 'Outcome', 'choice', { choices: ['won', 'lost', 'no-decision'] }),
        field(ReviewFields.reason, 'Outcome reason', 'text', { indexed: true }),
        field(ReviewFields.lessons, 'Lessons', 'note'),
        field(ReviewFields.reviewedBy, 'Reviewed by', 'text'),
        field(ReviewFields.reviewedAt, 'Reviewed at', 'dateTime')
      ]
    },
    {
      key: 'leads',
      title: 'Leads',
      description: 'ValueNetworks leads with their features and latest score (schema version 6).',
      versioning: false,
      fields: [
        field(LeadFields.leadId, 'Lead id', 'text', { unique: true }),
        field(LeadFields.outcome, 'Outcome', 'choice', { indexed: true, choices: LEAD_OUTCOMES }),
        field(LeadFields.features, 'Features', 'note'),
        field(LeadFields.score, 'Score', 'number'),
        field(LeadFields.grade, 'Grade', 'choice', { indexed: true, choices: LEAD_GRADES }),
        field(LeadFields.reasons, 'Score reasons', 'note'),
        field(LeadFields.model, 'Score model', 'text'),
        field(LeadFields.scoredAt, 'Scored at', 'dateTime'),
        field(LeadFields.importedAt, 'Imported at', 'dateTime')
      ]
    },
    {
      key: 'settings',
      title: SETTINGS_LIST,
      description: 'ValueNetworks settings of this site (schema version).',
      versioning: false,
      fields: [field(SettingFields.key, 'Setting key', 'text', { unique: true }), field(SettingFields.value, 'Setting value', 'note')]
    }
  ]
};

/** Columns version 2 added to version 1 (see the module comment). */
const ADDED_IN_V2: readonly string[] = [`opportunities:${O.scoreModel}`, `opportunities:${O.deviationSummary}`, `alertLog:${A.attempts}`];

/** Columns version 3 added to version 2 (see the module comment). */
const ADDED_IN_V3: readonly string[] = [`opportunities:${O.scoreReasons}`];

/** Columns version 4 added to version 3 (see the module comment). */
const ADDED_IN_V4: readonly string[] = [`blueprints:${B.blueprintId}`, `blueprints:${B.basedOn}`, `blueprints:${B.source}`];

/** Columns version 5 added to version 4 (see the module comment). */
const ADDED_IN_V5: readonly string[] = [`alertLog:${A.dealIds}`, `alertLog:${A.acknowledgedBy}`, `alertLog:${A.acknowledgedAt}`, `alertLog:${A.snoozedUntil}`, `syncState:${S.details}`];

/** Columns version 6 added to version 5 (see the module comment): the score's trend. */
const ADDED_IN_V6: readonly string[] = [`opportunities:${O.previousScore}`, `opportunities:${O.previousScoredAt}`];

function withoutColumns(schema: SiteSchema, version: number, added: readonly string[]): SiteSchema {
  return {
    version,
    lists: schema.lists.map((list) => ({ ...list, fields: list.fields.filter((f) => !added.includes(`${list.key}:${f.internalName}`)) }))
  };
}

/** The schema as version 5 of the app provisioned it: no Leads list, Opportunities without the score's history. */
export function schemaV5(): SiteSchema {
  const v5 = withoutColumns(CURRENT_SCHEMA, 5, ADDED_IN_V6);
  return { ...v5, lists: v5.lists.filter((l) => l.key !== 'leads') };
}

/** The schema as version 4 of the app provisioned it: AlertLog without deals and acknowledgement, no DealReviews list. */
export function schemaV4(): SiteSchema {
  const v4 = withoutColumns(schemaV5(), 4, ADDED_IN_V5);
  return { ...v4, lists: v4.lists.filter((l) => l.key !== 'reviews') };
}

/**
 * The schema as version 3 of the app provisioned it: one Blueprints item per blueprint (without the
 * life-cycle columns) and no ScoringModels list. Used by the upgrade and migration tests.
 */
export function schemaV3(): SiteSchema {
  const v3 = withoutColumns(schemaV4(), 3, ADDED_IN_V4);
  return { ...v3, lists: v3.lists.filter((l) => l.key !== 'models') };
}

/**
 * The schema as version 2 of the app provisioned it: without the score reasons. Used by upgrade
 * tests and to document what an upgrade adds.
 */
export function schemaV2(): SiteSchema {
  return withoutColumns(schemaV3(), 2, ADDED_IN_V3);
}

/**
 * The schema as version 1 of the app provisioned it: without the version-2 and version-3 columns
 * and without the analysed-at index.
 */
export function schemaV1(): SiteSchema {
  const v1 = withoutColumns(schemaV2(), 1, ADDED_IN_V2);
  return {
    ...v1,
    lists: v1.lists.map((list) => ({
      ...list,
      fields: list.fields.map((f) => (list.key === 'opportunities' && f.internalName === O.analysedAt ? { ...f, indexed: false } : f))
    }))
  };
}

/** The list spec of `key` in `schema` (default the current one). */
export function listSpec(key: ListKey, schema: SiteSchema = CURRENT_SCHEMA): ListSpec {
  const found = schema.lists.find((l) => l.key === key);
  if (!found) throw new RangeError(`The schema has no list "${key}".`);
  return found;
}

/** Title of the list `key` in the current schema. */
export function listTitle(key: ListKey): string {
  return listSpec(key).title;
}

/** SharePoint's `Type` attribute in field schema XML for a {@link FieldKind}. */
export function fieldTypeName(kind: FieldKind): string {
  switch (kind) {
    case 'text':
      return 'Text';
    case 'note':
      return 'Note';
    case 'number':
      return 'Number';
    case 'currency':
      return 'Currency';
    case 'dateTime':
      return 'DateTime';
    case 'choice':
      return 'Choice';
    case 'boolean':
      return 'Boolean';
  }
}

/** The indexed columns of a list: the only columns a query may filter or sort on (5,000-item threshold). */
export function indexedFields(list: ListSpec): readonly string[] {
  return list.fields.filter((f) => f.indexed).map((f) => f.internalName);
}
