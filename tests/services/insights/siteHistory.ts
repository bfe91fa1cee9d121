import type { Blueprint } from '../../../src/core/model/blueprint';
import type { Interaction, Opportunity } from '../../../src/core/model/interaction';
import { opportunity, T0 } from '../../adapters/sharepoint/fixtures';

export const HOUR = 3_600_000;

/** Two stages; the business case to the economic buyer is what winning deals have. */
export const insightsBlueprint: Blueprint = {
  id: 'mini',
  name: 'Mini sale',
  version: 2,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'champion', name: 'Champion', side: 'customer' },
    { id: 'buyer', name: 'Economic buyer', side: 'customer' }
  ],
  stages: [
    { id: 'qualify', name: 'Qualify', order: 1, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } },
    { id: 'propose', name: 'Propose', order: 2, exitCriteria: { minSellingActions: 1, minBuyingActions: 0 } }
  ],
  transactions: [
    { id: 'T01', sequence: 1, from: 'ae', to: 'champion', deliverable: 'Discovery call', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 },
    { id: 'T02', sequence: 2, from: 'champion', to: 'ae', deliverable: 'Pains', kind: 'intangible', stage: 'qualify', required: true, precededBy: [], minCount: 1 },
    { id: 'T03', sequence: 3, from: 'ae', to: 'buyer', deliverable: 'Business case', kind: 'tangible', stage: 'propose', required: true, precededBy: [], minCount: 1 }
  ]
};

function exchange(opportunityId: string, transactionId: 'T01' | 'T02' | 'T03', at: number): Interaction {
  const t = insightsBlueprint.transactions.find((x) => x.id === transactionId);
  const fromRole = t?.from ?? '';
  const toRole = t?.to ?? '';
  return { opportunityId, timestamp: at, activity: transactionId, transactionId, fromRole, toRole, fromParticipant: `${fromRole}@x.com`, toParticipant: `${toRole}@x.com`, source: 'csv', sourceKey: `${opportunityId}-${transactionId}` };
}

/**
 * 48 closed deals (D00..D47, closed one day apart, every second one won) and two open ones. Each
 * enters Qualify at creation and Propose a day later, closing five days after creation. Won deals
 * do the discovery call and the pains, and three in four of them the business case; lost deals do the
 * discovery call, one in three the pains and one in six the business case.
 */
export function siteHistory(): { opportunities: Opportunity[]; interactions: Interaction[]; now: number } {
  const opportunities: Opportunity[] = [];
  const interactions: Interaction[] = [];
  for (let i = 0; i < 50; i++) {
    const id = `D${String(i).padStart(2, '0')}`;
    const created = T0 + i * 24 * HOUR;
    const open = i >= 48;
    const won = !open && i % 2 === 0;
    opportunities.push(
      opportunity(id, {
        createdAt: created,
        stageHistory: [{ stageId: 'qualify', enteredAt: created }, { stageId: 'propose', enteredAt: created + 24 * HOUR }],
        ...(open ? {} : { status: won ? 'won' : 'lost', closedAt: created + 120 * HOUR })
      })
    );
    interactions.push(exchange(id, 'T01', created + HOUR));
    if (won || i % 3 === 0) interactions.push(exchange(id, 'T02', created + 2 * HOUR));
    if ((won && i % 8 !== 6) || (!won && i % 6 === 1)) interactions.push(exchange(id, 'T03', created + 30 * HOUR));
  }
  return { opportunities, interactions, now: T0 + 60 * 24 * HOUR };
}
