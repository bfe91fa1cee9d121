import type { RecognitionRule } from '../model/technicalBlueprint';
import type { ResolvedParticipant } from './resolveParticipants';
import type { SourceItem } from './sourceItem';

const contains = (text: string, words: string | undefined): boolean => words === undefined || words.trim() === '' || text.toLowerCase().includes(words.trim().toLowerCase());

const plays = (people: readonly ResolvedParticipant[], role: string): boolean => people.some((p) => p.roles.includes(role));

/**
 * True when one recognition rule recognises the item. `people` are the item's participants with their
 * roles on the opportunity's account; `sender` is the resolved `from` (mail), `recipients` the `to`.
 *
 * - meeting: some participant (organiser or attendee) plays `attendeeRole`; subject contains the words.
 * - mail: the sender plays `fromRole` and some recipient plays `toRole`; subject contains the words.
 * - plannerTask: the task is completed and its title contains `titleContains`.
 * - listItem: same list title (case-insensitive) and the field's trimmed value equals `value` (case-insensitive).
 * - csv rules never match Graph items.
 */
export function matchRule(rule: RecognitionRule, item: SourceItem, people: { readonly all: readonly ResolvedParticipant[]; readonly sender?: ResolvedParticipant; readonly recipients: readonly ResolvedParticipant[] }): boolean {
  switch (rule.kind) {
    case 'meeting':
      return item.kind === 'meeting' && plays(people.all, rule.attendeeRole) && contains(item.subject, rule.subjectContains);
    case 'mail':
      return item.kind === 'mail' && people.sender !== undefined && people.sender.roles.includes(rule.fromRole) && plays(people.recipients, rule.toRole) && contains(item.subject, rule.subjectContains);
    case 'plannerTask':
      return item.kind === 'plannerTask' && item.completed === true && contains(item.subject, rule.titleContains);
    case 'listItem':
      return (
        item.kind === 'listItem' &&
        (item.listTitle ?? '').toLowerCase() === rule.listTitle.toLowerCase() &&
        (item.fields?.[rule.field] ?? '').trim().toLowerCase() === rule.value.trim().toLowerCase()
      );
    case 'csv':
      return false;
  }
}

/** How specific a rule is: rules that also test words outrank those that test roles only. */
export function ruleSpecificity(rule: RecognitionRule): number {
  if (rule.kind === 'meeting' || rule.kind === 'mail') return rule.subjectContains !== undefined && rule.subjectContains.trim() !== '' ? 1 : 0;
  return 1;
}
