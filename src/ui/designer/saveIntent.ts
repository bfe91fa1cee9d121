/**
 * The blueprint a site starts from before anything is stored. Version numbers and statuses belong to
 * the store from then on: a draft is saved as the version it will become, and publishing numbers the
 * versions (src/ui/lifecycle, src/services/blueprintLifecycle.ts).
 */
import type { Blueprint } from '../../core/model';

/** A new, empty blueprint for a site that has none yet; the caller names it in the user's language. */
export function newBlueprint(name: string): Blueprint {
  return {
    id: 'strategy-blueprint',
    name,
    version: 1,
    status: 'draft',
    roles: [],
    stages: [],
    transactions: []
  };
}
