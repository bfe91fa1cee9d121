/**
 * The strings of the blueprint life cycle (draft, publish, history, diff): the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
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
