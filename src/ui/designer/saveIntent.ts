/**
 * What the designer writes when the user saves a draft or publishes: the status follows the intent,
 * and the version moves on once per published change. A published blueprint is what sellers are
 * measured against, so its version must change whenever what is published could change: the first
 * save after a publication (draft or publish) takes the next version; saving an unpublished draft
 * again keeps its version.
 */
import type { Blueprint, BlueprintStatus } from '../../core/model/blueprint';

export type SaveIntent = 'draft' | 'publish';

/**
 * The blueprint to pass to `BlueprintStore.save`.
 * @param stored - the blueprint as last read from or written to the store; `undefined` when never saved
 *   (the edited blueprint's own version is kept then, 1 for a new one).
 */
export function blueprintToSave(edited: Blueprint, stored: Blueprint | undefined, intent: SaveIntent): Blueprint {
  const status: BlueprintStatus = intent === 'publish' ? 'published' : 'draft';
  const version = stored === undefined ? edited.version : stored.status === 'published' ? stored.version + 1 : stored.version;
  return { ...edited, status, version };
}

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
