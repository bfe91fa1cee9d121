import type { Blueprint, Transaction, RecognitionRule } from '../model';
import type { UnmatchedGroup } from './groupUnmatched';

/**
 * The words of a subject pattern a rule can look for: the longest run of words without a number
 * placeholder or bracket (`[opp-#] pricing question` -> `pricing question`); empty when none.
 */
export function patternWords(pattern: string): string {
  let best: string[] = [];
  let run: string[] = [];
  for (const word of pattern.split(' ')) {
    if (word === '' || /[#[\]()]/.test(word)) {
      if (run.length > best.length) best = run;
      run = [];
    } else run.push(word);
  }
  if (run.length > best.length) best = run;
  return best.join(' ');
}

/**
 * A recognition rule that would recognise a group of unmatched items as `transaction`: a mail from
 * the exchange's sender role to its receiver role, a meeting attended by its customer-side role (the
 * receiver when it is a customer role, else the sender), or a Planner task, each with the group's
 * subject words. `undefined` for list items (they need a list and field) or a pattern without words.
 */
export function suggestRecognitionRule(group: Pick<UnmatchedGroup, 'kind' | 'pattern'>, transaction: Transaction, blueprint: Pick<Blueprint, 'roles'>): RecognitionRule | undefined {
  const words = patternWords(group.pattern);
  if (words === '') return undefined;
  switch (group.kind) {
    case 'mail':
      return { kind: 'mail', fromRole: transaction.from, toRole: transaction.to, subjectContains: words };
    case 'meeting': {
      const customer = blueprint.roles.find((r) => r.id === transaction.to)?.side === 'customer' ? transaction.to : transaction.from;
      return { kind: 'meeting', attendeeRole: customer, subjectContains: words };
    }
    case 'plannerTask':
      return { kind: 'plannerTask', titleContains: words };
    case 'listItem':
      return undefined;
  }
}
