/**
 * The demo's Technical Blueprint: how the enterprise-sale transactions that the demo's sellers record
 * in Microsoft 365 are recognised in their calendars, mail and Planner tasks (as ./graphSeed.ts writes
 * them), who plays which role, and which deviations raise alerts.
 */
import type { AlertRule, RecognitionRule, RoleAssignment, TechnicalBlueprint, TransactionRecognition } from '../../src/core/model';
import { TRANSACTION_CHANNELS, TRANSACTIONS } from './blueprint';
import type { DemoPerson } from './people';

/** Wildcard account: internal staff play their role on every account (recognitionContext's `*`). */
const EVERY_ACCOUNT = '*';

/** The connection name of the sales team's Workflows webhook (configured in the monitor's settings). */
export const DEMO_ALERT_WEBHOOK = 'sales-alerts';

/** The internal role a meeting's people must include: the side of the transaction that is ours. */
function meetingRole(from: string, to: string, customerRoles: ReadonlySet<string>): string {
  return customerRoles.has(from) ? to : from;
}

/**
 * One rule per Graph-recorded transaction, shaped as the seed writes it: the subject is
 * `[OPP-xxxxx] <deliverable>`, so every rule tests the deliverable's words. A meeting must also have
 * our side's person on it (the sales engineer's workshop, the success manager's kickoff), which the
 * wildcard staff assignments resolve on every account. A mail tests both roles of the transaction, as
 * the blueprint draws them: its customer side resolves through the account's contacts (the
 * Participants list), not through this document. Transactions recorded by calls and documents come
 * from the CSV export and need no Graph rule.
 */
function recognitionRules(customerRoles: ReadonlySet<string>): TransactionRecognition[] {
  const entries: TransactionRecognition[] = [];
  for (const transaction of TRANSACTIONS) {
    const words = transaction.deliverable;
    let rule: RecognitionRule | undefined;
    switch (TRANSACTION_CHANNELS[transaction.id]) {
      case 'meeting':
        rule = { kind: 'meeting', attendeeRole: meetingRole(transaction.from, transaction.to, customerRoles), subjectContains: words };
        break;
      case 'mail':
        rule = { kind: 'mail', fromRole: transaction.from, toRole: transaction.to, subjectContains: words };
        break;
      case 'task':
        rule = { kind: 'plannerTask', titleContains: words };
        break;
      default:
        rule = undefined;
    }
    if (rule !== undefined) entries.push({ transactionId: transaction.id, rules: [rule] });
  }
  return entries;
}

/**
 * Role assignments: internal staff on every account (their blueprint role is their job). The 2,100
 * customer contacts are not listed here: the blueprint is stored in one SharePoint column of at most
 * 63,999 characters (blueprintMapper), and they would take about 210,000; they live in the
 * Participants list, account-wide, where the people-and-roles editor keeps them.
 */
function roleAssignments(internal: readonly DemoPerson[]): RoleAssignment[] {
  return internal.map((person) => ({ account: EVERY_ACCOUNT, email: person.email, roleId: person.role }));
}

/**
 * Alerts for the demo, daily digests so a first run over hundreds of open deals sends a handful of
 * messages, not hundreds: the pattern's high-severity gaps (missing economic-buyer or business-case
 * exchanges, single-threading) to the team's webhook, and late exchanges to sales operations by mail.
 */
function alertRules(salesOperationsEmail: string): AlertRule[] {
  return [
    { id: 'pattern-gaps', name: 'Winning-pattern gaps', enabled: true, deviations: ['missing-exchange', 'single-threaded', 'uncovered-role'], minSeverity: 'high', channel: 'webhook', target: DEMO_ALERT_WEBHOOK, delivery: 'digest', digestHourUtc: 6 },
    { id: 'late-exchanges', name: 'Late exchanges', enabled: true, deviations: ['late', 'out-of-order'], minSeverity: 'medium', channel: 'mail', target: salesOperationsEmail, delivery: 'digest', digestHourUtc: 6 }
  ];
}

/**
 * The Technical Blueprint of the demo organisation.
 * @param internal the internal people whose `role` is a blueprint role (sellers and staff); a person
 *   in a role the blueprint lacks (the site owner's sales operations) must not be passed
 * @param customerRoles the blueprint's customer-side role ids
 * @param salesOperationsEmail where the late-exchange digest is mailed (the head of sales operations)
 */
export function demoTechnicalBlueprint(internal: readonly DemoPerson[], customerRoles: readonly string[], salesOperationsEmail: string): TechnicalBlueprint {
  return {
    recognition: recognitionRules(new Set(customerRoles)),
    participants: roleAssignments(internal),
    alertRules: alertRules(salesOperationsEmail)
  };
}
