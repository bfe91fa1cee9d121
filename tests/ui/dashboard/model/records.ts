import type { Blueprint } from '../../../../src/core/model/blueprint';
import type { Opportunity, OpportunityStatus } from '../../../../src/core/model/interaction';
import type { DeviationEntry, OpportunityRecord } from '../../../../src/services/ports';

export const DAY = 86_400_000;

/** Two stages, three transactions: t1 (s1, due 5 days after entry), t2 (s1, after t1 + 2 days), t3 (s2, optional). */
export const blueprint: Blueprint = {
  id: 'bp',
  name: 'Test',
  version: 1,
  status: 'published',
  roles: [
    { id: 'ae', name: 'Account executive', side: 'internal' },
    { id: 'eb', name: 'Economic buyer', side: 'customer' }
  ],
  stages: [
    { id: 's2', name: 'Propose', order: 2, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } },
    { id: 's1', name: 'Discover', order: 1, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } }
  ],
  transactions: [
    { id: 't2', sequence: 2, from: 'eb', to: 'ae', deliverable: 'Pain confirmed', kind: 'intangible', stage: 's1', required: true, precededBy: ['t1'], due: { days: 2, afterTransactionId: 't1' }, minCount: 1 },
    { id: 't1', sequence: 1, from: 'ae', to: 'eb', deliverable: 'Discovery call', kind: 'intangible', stage: 's1', required: true, precededBy: [], due: { days: 5 }, minCount: 1 },
    { id: 't3', sequence: 3, from: 'ae', to: 'eb', deliverable: 'Proposal', kind: 'tangible', stage: 's2', required: false, precededBy: [], minCount: 1 }
  ]
};

export function record(
  id: string,
  status: OpportunityStatus,
  amount: number,
  options: { owner?: string; team?: string; stage?: string; violated?: number; top?: DeviationEntry[]; analysed?: boolean; name?: string; account?: string } = {}
): OpportunityRecord {
  const opportunity: Opportunity = {
    id,
    name: options.name,
    account: options.account ?? `Account ${id}`,
    owner: options.owner ?? 'ann@x.example',
    team: options.team,
    amount,
    status,
    createdAt: 0,
    stageHistory: options.stage ? [{ stageId: options.stage, enteredAt: 0 }] : []
  };
  const analysed = options.analysed ?? true;
  return {
    opportunity,
    stage: options.stage,
    itemId: 1,
    snapshot: analysed
      ? {
          fitness: 0.5,
          deviations: { violated: options.violated ?? 0, pending: 0, satisfied: 3, deviationCount: options.top?.length ?? 0, top: options.top ?? [] },
          analysedAt: 1000,
          blueprintId: 'bp',
          blueprintVersion: 1
        }
      : undefined
  };
}

export const high = (transactionId?: string): DeviationEntry => ({ kind: 'missing-exchange', severity: 'high', transactionId, message: `missing ${transactionId ?? ''}` });
export const low = (kind: string, transactionId?: string): DeviationEntry => ({ kind, severity: 'low', transactionId, message: kind });
