import type { Blueprint } from '../../model';
import type { PatternFeature } from './patternFeatures';

/**
 * The blueprint stage order a pattern belongs to, which decides the deals it is compared among
 * (those that reached that stage, see stageFairReadings):
 * - `exchange`: the stage of the transaction;
 * - `order` (A before B): the later of the two transactions' stages, since B can only be seen
 *   in deals that got that far;
 * - `role`: the earliest stage of any transaction the role sends or receives, the first point
 *   at which the blueprint expects the role to appear;
 * - `constraint`, and anything naming no staged transaction: 0, compared among all closed deals.
 */
export function patternStageOrder(feature: PatternFeature, blueprint: Blueprint): number {
  const stageOrder = new Map(blueprint.stages.map((s) => [s.id, s.order]));
  const orderOf = (transactionId: string): number => {
    const transaction = blueprint.transactions.find((t) => t.id === transactionId);
    return transaction === undefined ? 0 : stageOrder.get(transaction.stage) ?? 0;
  };
  switch (feature.kind) {
    case 'exchange':
      return orderOf(feature.subjects[0]);
    case 'order':
      return Math.max(orderOf(feature.subjects[0]), orderOf(feature.subjects[1]));
    case 'role': {
      const orders = blueprint.transactions
        .filter((t) => t.from === feature.subjects[0] || t.to === feature.subjects[0])
        .map((t) => stageOrder.get(t.stage) ?? 0)
        .filter((order) => order > 0);
      return orders.length === 0 ? 0 : Math.min(...orders);
    }
    case 'constraint':
      return 0;
  }
}
