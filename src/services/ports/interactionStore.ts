/** Port: the recorded exchanges of each opportunity. */
import type { Interaction } from '../../core/model';
import type { WriteReport } from './writeReport';

export interface InteractionStore {
  /** Adds interactions by source key; a key already stored counts as already stored. */
  addMany(interactions: readonly Interaction[]): Promise<WriteReport>;
  /** One opportunity's interactions through the indexed opportunity id, in stored order. */
  listByOpportunity(opportunityId: string): Promise<Interaction[]>;
  /** Several opportunities' interactions (batched reads), keyed by opportunity id. */
  listByOpportunities(opportunityIds: readonly string[]): Promise<Map<string, Interaction[]>>;
}
