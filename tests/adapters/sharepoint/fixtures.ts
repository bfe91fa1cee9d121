import type { Interaction, Opportunity } from '../../../src/core/model/interaction';

/** 2024-05-01T09:00:00Z; whole seconds, as SharePoint stores DateTime. */
export const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

export function opportunity(id: string, overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id,
    account: `Account ${id}`,
    owner: 'adelev@contoso.onmicrosoft.com',
    amount: 125000,
    status: 'open',
    createdAt: T0,
    stageHistory: [{ stageId: 'qualify', enteredAt: T0 }],
    ...overrides
  };
}

/** `count` interactions spread over `opportunities` opportunities (`opp-0`...), one minute apart. */
export function interactions(count: number, opportunities: number, prefix: string = 'k'): Interaction[] {
  return Array.from({ length: count }, (_, i) => ({
    opportunityId: `opp-${i % opportunities}`,
    timestamp: T0 + i * 60_000,
    activity: `T0${(i % 3) + 1}`,
    transactionId: `T0${(i % 3) + 1}`,
    fromRole: 'account-executive',
    toRole: 'champion',
    channel: 'meeting' as const,
    source: 'csv',
    sourceKey: `${prefix}-${i}`
  }));
}
