/**
 * Strings of the blueprint life cycle (draft, publish, history, diff, conflicts), shared by the
 * Value Network Designer and the Process Blueprint, in the en/de pattern of ./strings.ts.
 */

export interface LifecycleStrings {
  readonly live: (version: number) => string;
  readonly nothingPublished: string;
  readonly draftOf: (next: number, basedOn: number | undefined) => string;
  readonly savedBy: (who: string | undefined, when: string) => string;
  readonly noDraft: string;
  readonly unsaved: string;
  readonly readOnly: string;
  readonly editOnly: string;
  readonly saveDraft: string;
  readonly publish: string;
  readonly discardDraft: string;
  readonly discardTitle: string;
  readonly discardText: (live: number | undefined) => string;
  readonly cancel: string;
  readonly draftSaved: (version: number) => string;
  readonly draftDiscarded: string;
  readonly publishedOk: (version: number) => string;
  readonly rolledBack: (from: number, to: number) => string;
  readonly conflictDraft: (who: string | undefined, when: string) => string;
  readonly conflictGone: string;
  readonly reload: string;
  readonly overwrite: string;
  readonly publishConflict: (version: number, who: string | undefined, when: string, basedOn: number | undefined) => string;
  readonly publishAnyway: string;
  readonly reanalysing: (done: number, total: number, version: number) => string;
  readonly reanalysed: (count: number, version: number) => string;
  readonly historyHeading: string;
  readonly noVersions: string;
  readonly versionLine: (version: number, live: boolean, who: string | undefined, when: string, restoredFrom: number | undefined) => string;
  readonly draftOption: (next: number) => string;
  readonly compareFrom: string;
  readonly compareTo: string;
  readonly rollBack: (version: number) => string;
  readonly noDifferences: string;
  readonly changes: (count: number) => string;
  readonly sections: Readonly<Record<'blueprint' | 'roles' | 'stages' | 'transactions' | 'recognition' | 'participants' | 'alertRules', string>>;
  readonly added: (label: string) => string;
  readonly removed: (label: string) => string;
  readonly changedField: (field: string, label: string, before: string, after: string) => string;
  readonly fieldNames: Readonly<Record<string, string>>;
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  readonly failed: (message: string) => string;
  readonly dismiss: string;
}

const enUs: LifecycleStrings = {
  live: (version) => `Live: v${version}`,
  nothingPublished: 'Nothing published yet',
  draftOf: (next, basedOn) => (basedOn === undefined ? `Draft of v${next}` : `Draft of v${next}, based on v${basedOn}`),
  savedBy: (who, when) => (who ? `saved by ${who}, ${when}` : `saved ${when}`),
  noDraft: 'No draft: your first save starts one; what is live does not change until you publish.',
  unsaved: 'unsaved changes',
  readOnly: 'You can read this blueprint. Editing it needs edit rights on this site: ask a site owner.',
  editOnly: 'You can edit the draft. Publishing it is for site owners and the publisher group.',
  saveDraft: 'Save draft',
  publish: 'Publish',
  discardDraft: 'Discard draft',
  discardTitle: 'Discard the draft?',
  discardText: (live) => (live === undefined ? 'The draft is deleted. Nothing has been published yet.' : `The draft is deleted and the editor shows v${live}, which stays live.`),
  cancel: 'Cancel',
  draftSaved: (version) => `Draft of v${version} saved. What is live has not changed.`,
  draftDiscarded: 'Draft discarded: the editor shows the live version again.',
  publishedOk: (version) => `Published as v${version}: monitoring, scores and alerts now use it.`,
  rolledBack: (from, to) => `The content of v${from} is live again, as v${to}.`,
  conflictDraft: (who, when) => `${who ?? 'Someone else'} saved the draft at ${when}, after you opened it. Nothing was saved. What they changed:`,
  conflictGone: 'Someone else published or discarded the draft after you opened it. Nothing was saved. Reload, or save your edits as a new draft.',
  reload: 'Reload theirs (discard mine)',
  overwrite: 'Save mine over theirs',
  publishConflict: (version, who, when, basedOn) =>
    `v${version} was published ${who ? `by ${who} ` : ''}at ${when}, after your draft was started${basedOn === undefined ? '' : ` from v${basedOn}`}. Nothing was published. What changed in between:`,
  publishAnyway: 'Publish my draft anyway',
  reanalysing: (done, total, version) => `Re-analysing deals against v${version}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`,
  reanalysed: (count, version) => `${count.toLocaleString('en-US')} deals re-analysed against v${version}.`,
  historyHeading: 'Published versions',
  noVersions: 'Nothing published yet.',
  versionLine: (version, live, who, when, restoredFrom) =>
    `v${version}${live ? ' (live)' : ''} · ${who ? `published by ${who}, ` : ''}${when}${restoredFrom !== undefined ? ` · roll back to v${restoredFrom}` : ''}`,
  draftOption: (next) => `Draft of v${next}`,
  compareFrom: 'Compare',
  compareTo: 'with',
  rollBack: (version) => `Make v${version} live again`,
  noDifferences: 'No differences.',
  changes: (count) => (count === 1 ? '1 change' : `${count} changes`),
  sections: { blueprint: 'Blueprint', roles: 'Roles', stages: 'Stages', transactions: 'Exchanges', recognition: 'Recognition in data', participants: 'People in roles', alertRules: 'Alert rules' },
  added: (label) => `Added ${label}`,
  removed: (label) => `Removed ${label}`,
  changedField: (field, label, before, after) => `Changed the ${field} of ${label} from ${before} to ${after}`,
  fieldNames: {
    name: 'name',
    description: 'description',
    side: 'side',
    order: 'position',
    'exitCriteria.minSellingActions': 'minimum selling actions',
    'exitCriteria.minBuyingActions': 'minimum buying actions',
    sequence: 'number',
    from: 'sender',
    to: 'receiver',
    deliverable: 'deliverable',
    kind: 'kind',
    stage: 'stage',
    required: 'required flag',
    minCount: 'minimum count',
    precededBy: 'predecessors',
    'due.days': 'due days',
    'due.afterTransactionId': 'due-date anchor',
    rules: 'recognition rules',
    enabled: 'enabled flag',
    deviations: 'deviations',
    minSeverity: 'minimum level',
    channel: 'channel',
    target: 'recipient',
    delivery: 'delivery',
    digestHourUtc: 'digest hour (UTC)'
  },
  empty: '(none)',
  yes: 'yes',
  no: 'no',
  failed: (message) => `That did not work: ${message}`,
  dismiss: 'Close message'
};

const deDe: LifecycleStrings = {
  live: (version) => `Live: v${version}`,
  nothingPublished: 'Noch nichts veröffentlicht',
  draftOf: (next, basedOn) => (basedOn === undefined ? `Entwurf von v${next}` : `Entwurf von v${next}, basierend auf v${basedOn}`),
  savedBy: (who, when) => (who ? `gespeichert von ${who}, ${when}` : `gespeichert ${when}`),
  noDraft: 'Kein Entwurf: Ihr erstes Speichern beginnt einen; was live ist, ändert sich erst beim Veröffentlichen.',
  unsaved: 'ungespeicherte Änderungen',
  readOnly: 'Sie können diesen Blueprint lesen. Zum Bearbeiten brauchen Sie Bearbeitungsrechte auf dieser Website: Fragen Sie einen Websitebesitzer.',
  editOnly: 'Sie können den Entwurf bearbeiten. Veröffentlichen dürfen Websitebesitzer und die Veröffentlichungsgruppe.',
  saveDraft: 'Entwurf speichern',
  publish: 'Veröffentlichen',
  discardDraft: 'Entwurf verwerfen',
  discardTitle: 'Entwurf verwerfen?',
  discardText: (live) => (live === undefined ? 'Der Entwurf wird gelöscht. Es wurde noch nichts veröffentlicht.' : `Der Entwurf wird gelöscht und der Editor zeigt v${live}, die live bleibt.`),
  cancel: 'Abbrechen',
  draftSaved: (version) => `Entwurf von v${version} gespeichert. Was live ist, hat sich nicht geändert.`,
  draftDiscarded: 'Entwurf verworfen: Der Editor zeigt wieder die Live-Version.',
  publishedOk: (version) => `Als v${version} veröffentlicht: Überwachung, Scores und Warnungen verwenden sie jetzt.`,
  rolledBack: (from, to) => `Der Inhalt von v${from} ist wieder live, als v${to}.`,
  conflictDraft: (who, when) => `${who ?? 'Jemand anderes'} hat den Entwurf um ${when} gespeichert, nachdem Sie ihn geöffnet haben. Es wurde nichts gespeichert. Die Änderungen:`,
  conflictGone: 'Jemand anderes hat den Entwurf veröffentlicht oder verworfen, nachdem Sie ihn geöffnet haben. Es wurde nichts gespeichert. Laden Sie neu oder speichern Sie Ihre Änderungen als neuen Entwurf.',
  reload: 'Deren Stand laden (meine verwerfen)',
  overwrite: 'Meinen Stand darüber speichern',
  publishConflict: (version, who, when, basedOn) =>
    `v${version} wurde ${who ? `von ${who} ` : ''}um ${when} veröffentlicht, nachdem Ihr Entwurf${basedOn === undefined ? '' : ` auf Basis von v${basedOn}`} begonnen wurde. Es wurde nichts veröffentlicht. Was sich dazwischen geändert hat:`,
  publishAnyway: 'Meinen Entwurf trotzdem veröffentlichen',
  reanalysing: (done, total, version) => `Geschäfte werden gegen v${version} neu analysiert: ${done.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')}`,
  reanalysed: (count, version) => `${count.toLocaleString('de-DE')} Geschäfte gegen v${version} neu analysiert.`,
  historyHeading: 'Veröffentlichte Versionen',
  noVersions: 'Noch nichts veröffentlicht.',
  versionLine: (version, live, who, when, restoredFrom) =>
    `v${version}${live ? ' (live)' : ''} · ${who ? `veröffentlicht von ${who}, ` : ''}${when}${restoredFrom !== undefined ? ` · Rückkehr zu v${restoredFrom}` : ''}`,
  draftOption: (next) => `Entwurf von v${next}`,
  compareFrom: 'Vergleiche',
  compareTo: 'mit',
  rollBack: (version) => `v${version} wieder live schalten`,
  noDifferences: 'Keine Unterschiede.',
  changes: (count) => (count === 1 ? '1 Änderung' : `${count} Änderungen`),
  sections: { blueprint: 'Blueprint', roles: 'Rollen', stages: 'Phasen', transactions: 'Austausche', recognition: 'Erkennung in Daten', participants: 'Personen in Rollen', alertRules: 'Warnregeln' },
  added: (label) => `${label} hinzugefügt`,
  removed: (label) => `${label} entfernt`,
  changedField: (field, label, before, after) => `${field} von ${label} von ${before} auf ${after} geändert`,
  fieldNames: {
    name: 'Name',
    description: 'Beschreibung',
    side: 'Seite',
    order: 'Position',
    'exitCriteria.minSellingActions': 'Mindestzahl Verkaufsaktionen',
    'exitCriteria.minBuyingActions': 'Mindestzahl Kaufaktionen',
    sequence: 'Nummer',
    from: 'Sender',
    to: 'Empfänger',
    deliverable: 'Leistung',
    kind: 'Art',
    stage: 'Phase',
    required: 'Pflicht',
    minCount: 'Mindestanzahl',
    precededBy: 'Vorgänger',
    'due.days': 'Fälligkeit in Tagen',
    'due.afterTransactionId': 'Bezug der Fälligkeit',
    rules: 'Erkennungsregeln',
    enabled: 'Aktiv',
    deviations: 'Abweichungen',
    minSeverity: 'Mindeststufe',
    channel: 'Kanal',
    target: 'Empfänger',
    delivery: 'Zustellung',
    digestHourUtc: 'Stunde der Zusammenfassung (UTC)'
  },
  empty: '(keine)',
  yes: 'ja',
  no: 'nein',
  failed: (message) => `Das hat nicht geklappt: ${message}`,
  dismiss: 'Meldung schließen'
};

/** Life-cycle strings for a BCP 47 locale; German for any `de` locale, English otherwise. */
export function lifecycleStringsFor(locale: string): LifecycleStrings {
  return locale.toLowerCase().startsWith('de') ? deDe : enUs;
}
