import type { Blueprint, DeliverableKind, InteractionChannel, Role, Stage, Transaction } from '../../src/core/model';

/**
 * The demo's published "Enterprise sale" Strategy Blueprint: 12 roles (5 internal, 7 customer),
 * 5 stages and 25 transactions, plus the channel each transaction is usually recorded in.
 */

export const ROLES: readonly Role[] = [
  { id: 'account-executive', name: 'Account executive', side: 'internal', description: 'Owns the deal and the relationship.' },
  { id: 'sales-engineer', name: 'Sales engineer', side: 'internal', description: 'Shapes and proves the solution.' },
  { id: 'executive-sponsor', name: 'Executive sponsor', side: 'internal', description: 'A vice president who meets the economic buyer.' },
  { id: 'legal', name: 'Legal', side: 'internal', description: 'Drafts and negotiates the agreement.' },
  { id: 'customer-success', name: 'Customer success manager', side: 'internal', description: 'Takes over after signature.' },
  { id: 'champion', name: 'Champion', side: 'customer', description: 'Sells internally on our behalf.' },
  { id: 'economic-buyer', name: 'Economic buyer', side: 'customer', description: 'Owns the budget and signs.' },
  { id: 'technical-evaluator', name: 'Technical evaluator', side: 'customer', description: 'Judges technical fit.' },
  { id: 'procurement', name: 'Procurement', side: 'customer', description: 'Runs the commercial process.' },
  { id: 'end-user-lead', name: 'End user lead', side: 'customer', description: 'Speaks for the people who will use it.' },
  { id: 'security', name: 'CISO / security', side: 'customer', description: 'Approves security and compliance.' },
  { id: 'finance-legal-counsel', name: 'Finance / legal counsel', side: 'customer', description: 'Reviews terms and risk.' }
];

export const STAGES: readonly Stage[] = [
  { id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 2, minBuyingActions: 1 } },
  { id: 'discover', name: 'Discover', order: 2, exitCriteria: { minSellingActions: 2, minBuyingActions: 2 } },
  { id: 'validate', name: 'Validate', order: 3, exitCriteria: { minSellingActions: 3, minBuyingActions: 1 } },
  { id: 'propose', name: 'Propose', order: 4, exitCriteria: { minSellingActions: 2, minBuyingActions: 1 } },
  { id: 'close', name: 'Close', order: 5, exitCriteria: { minSellingActions: 1, minBuyingActions: 2 } }
];

type Row = [id: string, from: string, to: string, deliverable: string, kind: DeliverableKind, stage: string, required: boolean, precededBy: string[], dueDays: number, channel: InteractionChannel];

/** Narrative order; due days count from stage entry, or from the first predecessor when there is one. */
const ROWS: readonly Row[] = [
  ['T01', 'account-executive', 'champion', 'Discovery call', 'intangible', 'qualify', true, [], 7, 'meeting'],
  ['T02', 'champion', 'account-executive', 'Pains and priorities', 'intangible', 'qualify', true, ['T01'], 7, 'call'],
  ['T03', 'account-executive', 'champion', 'Qualification summary', 'tangible', 'qualify', false, ['T02'], 5, 'mail'],
  ['T04', 'end-user-lead', 'account-executive', 'Current process walkthrough', 'intangible', 'qualify', false, [], 14, 'meeting'],
  ['T05', 'account-executive', 'economic-buyer', 'Executive alignment meeting', 'intangible', 'discover', true, [], 14, 'meeting'],
  ['T06', 'economic-buyer', 'account-executive', 'Decision criteria and budget', 'intangible', 'discover', true, ['T05'], 7, 'mail'],
  ['T07', 'sales-engineer', 'technical-evaluator', 'Technical discovery workshop', 'intangible', 'discover', true, [], 14, 'meeting'],
  ['T08', 'technical-evaluator', 'sales-engineer', 'Requirements list', 'tangible', 'discover', true, ['T07'], 7, 'document'],
  ['T09', 'champion', 'account-executive', 'Introductions to stakeholders', 'intangible', 'discover', false, [], 21, 'mail'],
  ['T10', 'sales-engineer', 'technical-evaluator', 'Solution demo', 'intangible', 'validate', true, ['T08'], 14, 'meeting'],
  ['T11', 'sales-engineer', 'technical-evaluator', 'Proof of concept plan', 'tangible', 'validate', false, ['T10'], 7, 'document'],
  ['T12', 'security', 'sales-engineer', 'Security questionnaire', 'tangible', 'validate', true, [], 10, 'mail'],
  ['T13', 'sales-engineer', 'security', 'Security questionnaire answers', 'tangible', 'validate', true, ['T12'], 10, 'document'],
  ['T14', 'account-executive', 'economic-buyer', 'Business case and ROI model', 'tangible', 'validate', true, ['T06'], 21, 'document'],
  ['T15', 'executive-sponsor', 'economic-buyer', 'Executive sponsor call', 'intangible', 'validate', false, ['T05'], 21, 'call'],
  ['T16', 'end-user-lead', 'account-executive', 'User feedback on the demo', 'intangible', 'validate', false, ['T10'], 7, 'call'],
  ['T17', 'account-executive', 'procurement', 'Commercial proposal', 'tangible', 'propose', true, ['T14'], 10, 'mail'],
  ['T18', 'procurement', 'account-executive', 'Vendor onboarding forms', 'tangible', 'propose', false, [], 14, 'task'],
  ['T19', 'legal', 'finance-legal-counsel', 'Master agreement draft', 'tangible', 'propose', true, [], 10, 'document'],
  ['T20', 'finance-legal-counsel', 'legal', 'Contract redlines', 'tangible', 'propose', true, ['T19'], 14, 'document'],
  ['T21', 'economic-buyer', 'account-executive', 'Verbal commitment', 'intangible', 'propose', true, ['T17'], 14, 'call'],
  ['T22', 'account-executive', 'champion', 'Mutual close plan', 'tangible', 'close', true, [], 5, 'task'],
  ['T23', 'procurement', 'account-executive', 'Purchase order', 'tangible', 'close', true, ['T21'], 21, 'mail'],
  ['T24', 'economic-buyer', 'legal', 'Signed agreement', 'tangible', 'close', true, ['T20'], 21, 'document'],
  ['T25', 'customer-success', 'end-user-lead', 'Onboarding kickoff', 'intangible', 'close', false, ['T24'], 10, 'meeting']
];

export const TRANSACTIONS: readonly Transaction[] = ROWS.map(([id, from, to, deliverable, kind, stage, required, precededBy, days], index) => ({
  id,
  sequence: index + 1,
  from,
  to,
  deliverable,
  kind,
  stage,
  required,
  precededBy,
  due: { days, afterTransactionId: precededBy[0] },
  minCount: 1
}));

/** The channel each transaction is usually recorded in (meeting -> calendar, mail -> mailbox, task -> Planner). */
export const TRANSACTION_CHANNELS: Readonly<Record<string, InteractionChannel>> = Object.fromEntries(ROWS.map((row) => [row.at(0) as string, row[9]]));

/** The published blueprint the demo organisation sells by. */
export function enterpriseSaleBlueprint(): Blueprint {
  return {
    id: 'enterprise-sale',
    name: 'Enterprise sale',
    description: 'The repeatable pattern of our best enterprise sellers: multi-threaded, economic buyer engaged early, business case before proposal.',
    version: 3,
    status: 'published',
    roles: ROLES,
    stages: STAGES,
    transactions: TRANSACTIONS
  };
}
