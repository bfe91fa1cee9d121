import type { Interaction, InteractionChannel, Opportunity, OpportunityStatus, StageEntry, Transaction } from '../../src/core/model';
import { STAGES, TRANSACTION_CHANNELS, TRANSACTIONS } from './blueprint';
import { demoSourceKey } from './graphIds';
import { noDecisionShare, TRUE_COEFFICIENTS, winProbability } from './outcome';
import type { DealBehaviour } from './outcome';
import type { DemoAccount, DemoPerson, DemoSeller, DemoTeam } from './people';
import type { Random } from './random';

/**
 * One opportunity's life: the seller's behaviour decides which blueprint exchanges happen and when,
 * the true model (outcome.ts) turns that behaviour into an outcome, and the outcome decides how far
 * the deal gets. Exchanges after the deal closed, or after the reference date, never happen.
 */

export const DAY = 24 * 60 * 60 * 1000;

/** Base days spent in Qualify, Discover, Validate, Propose, Close (enterprise cycles run 6 to 9 months). */
const STAGE_DAYS = [28, 42, 56, 42, 49];
/** Customer roles whose engagement counts as threading; a single-threaded deal only meets these two. */
const SINGLE_THREAD_ROLES = new Set(['champion', 'technical-evaluator']);
const EARLY_STAGES = new Set(['qualify', 'discover', 'validate']);
/** Only a won deal produces these (purchase order, signature, onboarding). */
const WIN_ONLY = new Set(['T23', 'T24', 'T25']);
const NOISE_LABELS: readonly [string, InteractionChannel][] = [
  ['Internal forecast review', 'meeting'],
  ['Lunch with champion', 'meeting'],
  ['Reference call', 'call'],
  ['Pricing question', 'mail'],
  ['Newsletter reply', 'mail'],
  ['Conference meeting', 'meeting'],
  ['Update CRM notes', 'task'],
  ['Competitor comparison sheet', 'document']
];
const SOURCES: Readonly<Record<InteractionChannel, string>> = {
  meeting: 'graph:calendar',
  mail: 'graph:mail',
  task: 'graph:planner',
  call: 'csv',
  document: 'csv',
  workflow: 'csv',
  other: 'csv'
};

export interface DealContext {
  readonly seller: DemoSeller;
  readonly team: DemoTeam;
  readonly salesEngineer: DemoPerson;
  readonly customerSuccess: DemoPerson;
  readonly account: DemoAccount;
  readonly sponsors: readonly DemoPerson[];
  readonly lawyers: readonly DemoPerson[];
  /** Window of creation dates, epoch ms; the last instant is the reference date. */
  readonly windowStart: number;
  readonly referenceDate: number;
}

export interface GeneratedDeal {
  readonly opportunity: Opportunity;
  readonly interactions: readonly Interaction[];
  readonly behaviour: DealBehaviour;
  /** The deal's true win probability (with its noise draw), recorded for analysis checks. */
  readonly winProbability: number;
}

function performChance(transaction: Transaction, discipline: number): number {
  if (transaction.id === 'T05') return 0.3 + 0.62 * discipline;
  if (transaction.id === 'T14') return 0.25 + 0.65 * discipline;
  return transaction.required ? 0.55 + 0.4 * discipline : 0.25 + 0.45 * discipline;
}

function touchesOtherCustomerRoles(transaction: Transaction, customerRoles: ReadonlySet<string>): boolean {
  return [transaction.from, transaction.to].some((role) => customerRoles.has(role) && !SINGLE_THREAD_ROLES.has(role));
}

/** Generates opportunity number `index` (1-based) of the demo. */
export function generateDeal(random: Random, context: DealContext, index: number): GeneratedDeal {
  const { seller, account, referenceDate } = context;
  const id = `OPP-${String(index).padStart(5, '0')}`;
  const d = seller.discipline;
  const customerRoles = new Set(account.contacts.map((contact) => contact.role));
  const createdAt = context.windowStart + Math.floor(random.next() * (referenceDate - context.windowStart - 7 * DAY));
  const singleThreaded = random.chance(0.5 - 0.45 * d);
  const lateness = Math.min(0.8, Math.max(0.02, 0.08 + 0.45 * (1 - d) + 0.1 * random.normal()));
  const durations = STAGE_DAYS.map((days) => days * (1 + 0.4 * (1 - d)) * (0.75 + 0.5 * random.next()) * DAY);
  const entries: number[] = [];
  durations.reduce((at, duration) => {
    entries.push(at);
    return at + duration;
  }, createdAt);

  // Which exchanges the seller makes happen (before knowing the outcome).
  const performed = new Set<string>();
  for (const transaction of TRANSACTIONS) {
    if (singleThreaded && EARLY_STAGES.has(transaction.stage) && touchesOtherCustomerRoles(transaction, customerRoles)) continue;
    const predecessorsDone = transaction.precededBy.every((before) => performed.has(before));
    if (random.chance(performChance(transaction, d) * (predecessorsDone ? 1 : 0.5))) performed.add(transaction.id);
  }

  // When they happen: inside the due window, or late with the seller's lateness propensity.
  const times = new Map<string, number>();
  let lateCount = 0;
  let earlyCount = 0;
  for (const transaction of TRANSACTIONS) {
    if (!performed.has(transaction.id)) continue;
    const stageIndex = STAGES.findIndex((stage) => stage.id === transaction.stage);
    const anchor = Math.max(entries[stageIndex], times.get(transaction.due?.afterTransactionId ?? '') ?? 0);
    const dueDays = transaction.due?.days ?? 14;
    const late = random.chance(lateness);
    times.set(transaction.id, anchor + (late ? dueDays + 2 + random.next() * 18 : (0.1 + 0.85 * random.next()) * dueDays) * DAY);
    if (EARLY_STAGES.has(transaction.stage)) {
      earlyCount += 1;
      if (late) lateCount += 1;
    }
  }
  const engaged = new Set(
    TRANSACTIONS.filter((t) => performed.has(t.id) && EARLY_STAGES.has(t.stage)).flatMap((t) => [t.from, t.to].filter((role) => customerRoles.has(role)))
  );
  const behaviour: DealBehaviour = {
    economicBuyer: performed.has('T05'),
    businessCase: performed.has('T14'),
    multiThreaded: engaged.size >= 3,
    late: earlyCount > 0 && lateCount / earlyCount >= 1 / 3,
    securityReview: performed.has('T13')
  };
  const probability = winProbability(behaviour, TRUE_COEFFICIENTS.noiseSd * random.normal());
  const won = random.chance(probability);
  const lastStage = won ? 4 : random.pick([2, 2, 3, 3, 4]);
  const plannedClose = won
    ? Math.max(entries[4] + durations[4], ...[...times.entries()].filter(([t]) => WIN_ONLY.has(t)).map(([, at]) => at + DAY))
    : entries[lastStage] + (0.3 + 0.7 * random.next()) * durations[lastStage];
  const closedAt = Math.floor(plannedClose);
  const open = closedAt > referenceDate;
  const lostStatus: OpportunityStatus = random.chance(noDecisionShare(behaviour)) ? 'no-decision' : 'lost';
  const status: OpportunityStatus = open ? 'open' : won ? 'won' : lostStatus;
  const horizon = Math.min(closedAt, referenceDate);
  const stageHistory: StageEntry[] = STAGES.slice(0, lastStage + 1)
    .map((stage, i) => ({ stageId: stage.id, enteredAt: Math.floor(entries[i]) }))
    .filter((entry) => entry.enteredAt <= horizon);

  const interactions = dealInteractions(random, context, id, { performed, times, won, horizon, createdAt, lastStage });
  const opportunity: Opportunity = {
    id,
    name: `${account.name} ${random.pick(['platform', 'expansion', 'renewal', 'rollout', 'pilot'])}`,
    account: account.name,
    owner: seller.email,
    team: context.team.name,
    amount: Math.max(5000, Math.round(Math.exp(Math.log(60000) + 0.8 * random.normal()) / 1000) * 1000),
    currency: 'EUR',
    status,
    createdAt,
    closedAt: open ? undefined : closedAt,
    stageHistory
  };
  return { opportunity, interactions, behaviour, winProbability: probability };
}

interface DealTimeline {
  readonly performed: ReadonlySet<string>;
  readonly times: ReadonlyMap<string, number>;
  readonly won: boolean;
  /** No exchange after this instant (close or reference date). */
  readonly horizon: number;
  readonly createdAt: number;
  readonly lastStage: number;
}

function dealInteractions(random: Random, context: DealContext, id: string, timeline: DealTimeline): Interaction[] {
  const sponsor = random.pick(context.sponsors);
  const lawyer = random.pick(context.lawyers);
  const who = (role: string): string => {
    switch (role) {
      case 'account-executive':
        return context.seller.email;
      case 'sales-engineer':
        return context.salesEngineer.email;
      case 'customer-success':
        return context.customerSuccess.email;
      case 'executive-sponsor':
        return sponsor.email;
      case 'legal':
        return lawyer.email;
      default:
        return context.account.contacts.find((contact) => contact.role === role)?.email ?? role;
    }
  };
  const drafts: Omit<Interaction, 'source' | 'sourceKey'>[] = [];
  for (const transaction of TRANSACTIONS) {
    const at = timeline.times.get(transaction.id);
    const stageIndex = STAGES.findIndex((stage) => stage.id === transaction.stage);
    if (at === undefined || stageIndex > timeline.lastStage || (WIN_ONLY.has(transaction.id) && !timeline.won)) continue;
    const channel = TRANSACTION_CHANNELS[transaction.id];
    const repeats = 1 + (random.chance(channel === 'document' ? 0.4 : 0.8) ? 1 : 0) + (random.chance(0.45) ? 1 : 0) + (random.chance(0.3) ? 1 : 0);
    let timestamp = Math.floor(at);
    for (let r = 0; r < repeats && timestamp <= timeline.horizon; r++) {
      drafts.push({ opportunityId: id, timestamp, activity: transaction.id, transactionId: transaction.id, fromParticipant: who(transaction.from), toParticipant: who(transaction.to), fromRole: transaction.from, toRole: transaction.to, channel });
      timestamp += Math.floor((2 + random.next() * 5) * DAY);
    }
  }
  // Unexpected exchanges: what real mailboxes and calendars are full of.
  const noise = random.int(6, 16);
  for (let n = 0; n < noise; n++) {
    const [label, channel] = random.pick(NOISE_LABELS);
    const timestamp = Math.floor(timeline.createdAt + random.next() * Math.max(DAY, timeline.horizon - timeline.createdAt));
    const contact = random.pick(context.account.contacts);
    drafts.push({ opportunityId: id, timestamp, activity: label, fromParticipant: context.seller.email, toParticipant: contact.email, fromRole: 'account-executive', toRole: contact.role, channel });
  }
  drafts.sort((a, b) => a.timestamp - b.timestamp);
  return drafts.map((draft, seq) => {
    const source = SOURCES[draft.channel ?? 'other'];
    // Keyed as the history sync keys the Graph record, so a sync finds the exchange already stored.
    return { ...draft, source, sourceKey: demoSourceKey(source, `${id}-${String(seq + 1).padStart(3, '0')}`, draft.fromParticipant ?? '') };
  });
}
