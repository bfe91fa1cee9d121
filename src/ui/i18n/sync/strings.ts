/**
 * The strings of the sync status: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { UnmatchedReason, SourceItemKind } from '../../../core/recognition';

export interface SyncStrings {
  readonly heading: string;
  readonly never: string;
  readonly loadFailed: string;
  readonly lastRun: (when: string, sources: number, failed: number) => string;
  readonly broughtIn: (recognised: number, stored: number, already: number, failed: number) => string;
  readonly unmatched: (count: number) => string;
  readonly groupsHeading: string;
  readonly columns: { readonly kind: string; readonly reason: string; readonly pattern: string; readonly count: string; readonly examples: string; readonly fix: string };
  readonly kinds: Readonly<Record<SourceItemKind, string>>;
  readonly reasons: Readonly<Record<UnmatchedReason, string>>;
  /** What would fix a group: a recognition rule for groups whose deal was found, otherwise the participants. */
  readonly fixRule: (kind: string, pattern: string) => string;
  readonly fixPeople: string;
  readonly fixNone: string;
  readonly sourceFailed: (source: string, error: string) => string;
  readonly exchangeFor: (pattern: string) => string;
  readonly chooseExchange: string;
  readonly addRule: string;
  /** After a rule was added: where it is and what is left to do. */
  readonly ruleAdded: (rule: string, exchange: string, blueprint: string) => string;
  readonly ruleFailed: (error: string) => string;
  readonly ruleNotPossible: string;
}
