/** The English (en-US) strings of the sync status. */
import type { SyncStrings } from './strings';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const enUs: SyncStrings = {
  heading: 'Microsoft 365 sync',
  never: 'No sync run has been recorded on this site yet. The monitor syncs meetings, mail and tasks on its schedule.',
  loadFailed: 'The sync status could not be loaded',
  lastRun: (w, s, f) => `Last run ${w} over ${s} ${plural(s, 'source', 'sources')}${f > 0 ? `, ${f} failed` : ''}.`,
  broughtIn: (r, s, a, f) => `Brought in: ${r} ${plural(r, 'exchange', 'exchanges')} recognised (${s} new, ${a} already stored, ${f} failed).`,
  unmatched: (n) => `${n} ${plural(n, 'item', 'items')} could not be matched to an exchange.`,
  groupsHeading: 'Items not matched, grouped',
  columns: { kind: 'Source', reason: 'Why', pattern: 'Subject pattern', count: 'Items', examples: 'Examples', fix: 'What would match them' },
  kinds: { meeting: 'Meeting', mail: 'Mail', plannerTask: 'Planner task', listItem: 'List item' },
  reasons: {
    'no-customer-contact': 'No customer contact among the participants',
    'several-accounts': 'Contacts of several accounts',
    'no-open-opportunity': 'The account has no open deal',
    'several-open-opportunities': 'The account has several open deals',
    'no-recognition-rule': 'No recognition rule matches',
    'incomplete-task': 'Task not completed'
  },
  fixRule: (k, p) => `A recognition rule in the Technical Blueprint: ${k} with subject containing "${p}"`,
  fixPeople: 'Participants in roles (Technical Blueprint) or the deal on the site',
  fixNone: 'Nothing: counted when done',
  sourceFailed: (s, e) => `${s} failed: ${e}`,
  exchangeFor: (p) => `Exchange that "${p}" stands for`,
  chooseExchange: 'Choose the exchange',
  addRule: 'Add the rule to the draft',
  ruleAdded: (r, e, b) => `Added to the draft of ${b}: "${e}" recognised by ${r}. Review and publish the draft in the Process Blueprint's Technical Blueprint; the next sync uses it once published.`,
  ruleFailed: (e) => `The rule could not be added to the draft: ${e}`,
  ruleNotPossible: 'These items have no words a rule could look for.'
};
