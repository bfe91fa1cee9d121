import type { Blueprint, Transaction, RecognitionRule } from '../model';
import type { ResolvedParticipant } from './resolveParticipants';
import type { SourceItem, SourceItemKind } from './sourceItem';

/** An item's people with their roles on the opportunity's account. */
export interface ItemPeople {
  readonly all: readonly ResolvedParticipant[];
  /** The resolved `from` (mail sender, meeting organiser, task assignee); absent when there is none. */
  readonly sender?: ResolvedParticipant;
  /** The resolved `to`. */
  readonly recipients: readonly ResolvedParticipant[];
}

/** Tests one item; `subject` is the item's subject already lower-cased (once per item, not per rule). */
export type ItemMatcher = (item: SourceItem, subject: string, people: ItemPeople) => boolean;

/** One recognition rule made ready to test: its words lower-cased and trimmed once. */
export interface CompiledRule {
  readonly transactionId: string;
  /** The blueprint's transaction of that id; undefined when the blueprint has none (nothing is recognised then). */
  readonly transaction: Transaction | undefined;
  readonly specificity: number;
  readonly matches: ItemMatcher;
}

/**
 * The rules that can recognise each kind of item, most specific first and, among equals, in
 * recognition order: the first that matches is the most specific matching rule, ties going to the earlier.
 */
export type CompiledRules = Readonly<Record<SourceItemKind, readonly CompiledRule[]>>;

const plays = (people: readonly ResolvedParticipant[], role: string): boolean => people.some((p) => p.roles.includes(role));

/** How specific a rule is: rules that also test words outrank those that test roles only. */
export function ruleSpecificity(rule: RecognitionRule): number {
  if (rule.kind === 'meeting' || rule.kind === 'mail') return rule.subjectContains !== undefined && rule.subjectContains.trim() !== '' ? 1 : 0;
  return 1;
}

/** Blank words test nothing (always true); otherwise a case-insensitive substring of the subject. */
function containsMatcher(words: string | undefined): (subject: string) => boolean {
  const needle = words?.trim().toLowerCase() ?? '';
  return needle === '' ? () => true : (subject) => subject.includes(needle);
}

/**
 * The item kind a rule applies to and its matcher:
 * - meeting: some participant (organiser or attendee) plays `attendeeRole`; subject contains the words.
 * - mail: the sender plays `fromRole` and some recipient plays `toRole`; subject contains the words.
 * - plannerTask: the task is completed and its title contains `titleContains`.
 * - listItem: same list title (case-insensitive) and the field's trimmed value equals `value` (case-insensitive).
 * - csv rules never match Graph items (undefined).
 */
function compileRule(rule: RecognitionRule): { kind: SourceItemKind; matches: ItemMatcher } | undefined {
  switch (rule.kind) {
    case 'meeting': {
      const words = containsMatcher(rule.subjectContains);
      return { kind: 'meeting', matches: (_item, subject, people) => plays(people.all, rule.attendeeRole) && words(subject) };
    }
    case 'mail': {
      const words = containsMatcher(rule.subjectContains);
      return {
        kind: 'mail',
        matches: (_item, subject, people) => people.sender !== undefined && people.sender.roles.includes(rule.fromRole) && plays(people.recipients, rule.toRole) && words(subject)
      };
    }
    case 'plannerTask': {
      const words = containsMatcher(rule.titleContains);
      return { kind: 'plannerTask', matches: (item, subject) => item.completed === true && words(subject) };
    }
    case 'listItem': {
      const listTitle = rule.listTitle.toLowerCase();
      const value = rule.value.trim().toLowerCase();
      return {
        kind: 'listItem',
        matches: (item) => (item.listTitle ?? '').toLowerCase() === listTitle && (item.fields?.[rule.field] ?? '').trim().toLowerCase() === value
      };
    }
    case 'csv':
      return undefined;
  }
}

/**
 * Compiles the Technical Blueprint's recognition rules once per run, grouped by the item kind they
 * apply to. A blueprint without a technical part compiles to no rules. The blueprint is not changed.
 */
export function compileRecognitionRules(blueprint: Blueprint): CompiledRules {
  const rules: Record<SourceItemKind, (CompiledRule & { order: number })[]> = { meeting: [], mail: [], plannerTask: [], listItem: [] };
  const transactions = new Map<string, Transaction>();
  // First transaction of an id wins, as `find` would.
  for (const transaction of blueprint.transactions) if (!transactions.has(transaction.id)) transactions.set(transaction.id, transaction);
  let order = 0;
  for (const entry of blueprint.technical?.recognition ?? []) {
    for (const rule of entry.rules) {
      const compiled = compileRule(rule);
      if (compiled === undefined) continue;
      rules[compiled.kind].push({ transactionId: entry.transactionId, transaction: transactions.get(entry.transactionId), specificity: ruleSpecificity(rule), matches: compiled.matches, order: order++ });
    }
  }
  // Most specific first; the order index keeps recognition order among equals whatever sort is used.
  const ranked = (list: (CompiledRule & { order: number })[]): CompiledRule[] =>
    [...list].sort((a, b) => b.specificity - a.specificity || a.order - b.order).map(({ order: _order, ...rule }) => rule);
  return { meeting: ranked(rules.meeting), mail: ranked(rules.mail), plannerTask: ranked(rules.plannerTask), listItem: ranked(rules.listItem) };
}

/** The first compiled rule for the item's kind that matches it (the one recognition uses); undefined when none does. */
export function firstMatch(rules: CompiledRules, item: SourceItem, people: ItemPeople): CompiledRule | undefined {
  const subject = item.subject.toLowerCase();
  return rules[item.kind].find((rule) => rule.matches(item, subject, people));
}
