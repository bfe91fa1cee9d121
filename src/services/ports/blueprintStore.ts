/** Port: the site's blueprints, each a published version history beside one working draft. */
import type { Blueprint } from '../../core/model';

/**
 * One stored state of a blueprint: a published version (`blueprint.status` `published`, `version` n)
 * or the working draft (`draft`, `version` = the version it will become when published).
 */
export interface StoredBlueprint {
  readonly blueprint: Blueprint;
  /** Opaque concurrency token of the stored state; pass it back to save or publish the draft. */
  readonly etag: string;
  readonly itemId: number;
  /** When the draft was last saved, or when the version was published (epoch ms). */
  readonly modifiedAt: number;
  /** Who saved the draft last, or who published the version (a display name); absent when unknown. */
  readonly modifiedBy?: string;
  /** Draft only: the published version it was started from; absent before the first publication. */
  readonly basedOnVersion?: number;
  /** Published only: the version this one republished (a roll back), absent for a published draft. */
  readonly restoredFrom?: number;
}

/** A blueprint of the site: its live version and its working draft, either of which may be absent. */
export interface BlueprintHead {
  readonly blueprintId: string;
  /** The name of the draft when there is one (what editors see), else of the published version. */
  readonly name: string;
  readonly published?: StoredBlueprint;
  readonly draft?: StoredBlueprint;
}

/** What the signed-in user may do with blueprints; SharePoint enforces it regardless. */
export interface BlueprintAccess {
  readonly canRead: boolean;
  /** May save and discard the working draft. */
  readonly canEdit: boolean;
  /** May make the draft (or an earlier version) the live one. */
  readonly canPublish: boolean;
}

/**
 * The blueprint life cycle (../shared/ARCHITECTURE.md, "The blueprint's life cycle"). Monitoring,
 * scores and alerts read the published version only; every edit goes to the one working draft;
 * publishing makes the draft the next version in one atomic step.
 */
export interface BlueprintStore {
  /** Every blueprint of the site with its published version and draft. */
  list(): Promise<BlueprintHead[]>;
  /**
   * The live (highest) published version of `blueprintId`; without an id, of the blueprint published
   * most recently. `undefined` when nothing is published.
   */
  getPublished(blueprintId?: string): Promise<StoredBlueprint | undefined>;
  /** Published version `version` of `blueprintId`, live or earlier. */
  getVersion(blueprintId: string, version: number): Promise<StoredBlueprint | undefined>;
  /** The working draft of `blueprintId`, if any. */
  getDraft(blueprintId: string): Promise<StoredBlueprint | undefined>;
  /**
   * Saves the working draft; the published version is never touched. Without `etag` there must be no
   * draft yet (a new blueprint, or the first edit since the last publication); with `etag` the stored
   * draft must still carry it.
   *
   * @throws ConcurrencyConflictError carrying both drafts when someone else saved (or published or
   *   discarded the draft) in between
   */
  saveDraft(blueprint: Blueprint, etag?: string): Promise<StoredBlueprint>;
  /** Deletes the working draft (same ETag rule); the published version stays live. */
  discardDraft(blueprintId: string, etag: string): Promise<void>;
  /**
   * Makes the draft the next published version in one write, then removes the draft. A lost answer
   * or a crash leaves either the old or the new version live, never none and never two.
   *
   * @param expectedLiveVersion the version the caller saw live (`undefined`: nothing published);
   *   when another version went live meanwhile, nothing is published
   * @throws ConcurrencyConflictError when the draft changed since `etag`;
   *   PublishConflictError when the live version is no longer `expectedLiveVersion`
   */
  publish(blueprintId: string, etag: string, expectedLiveVersion: number | undefined): Promise<StoredBlueprint>;
  /**
   * Publishes the content of an earlier version again, as the next version (roll back).
   *
   * @throws PublishConflictError when the live version is no longer `expectedLiveVersion`
   */
  republish(blueprintId: string, version: number, expectedLiveVersion: number): Promise<StoredBlueprint>;
  /** Every published version of `blueprintId`, newest first. */
  history(blueprintId: string): Promise<StoredBlueprint[]>;
  /**
   * The signed-in user's rights. Publishing needs the right to manage the Blueprints list (site
   * owners) or membership of `publisherGroup` (a SharePoint group named by the site owner).
   */
  access(publisherGroup?: string): Promise<BlueprintAccess>;
}
