/** Errors of the ports: what a store or a use case tells its caller, whatever adapter is behind it. */
import { ValueNetworksError } from '../core';

/** What the user tried to do when the site refused it; names the permission they need. */
export type PermissionAction = 'set-up-site' | 'write-items' | 'read-items';

/**
 * The signed-in user (or the app) lacks a SharePoint permission the action needs. Raised before any
 * change is made, so a refused set-up never leaves a half-made site behind.
 */
export class PermissionDeniedError extends ValueNetworksError {
  public readonly action: PermissionAction;
  /** SharePoint permission the action needs, e.g. `ManageLists`. */
  public readonly permission: string;

  public constructor(action: PermissionAction, permission: string, message: string) {
    super(message);
    this.action = action;
    this.permission = permission;
  }
}

/**
 * Someone else saved the same record since it was read (ETag mismatch). Carries both versions so the
 * UI can show them side by side and let the user choose; nothing was overwritten.
 */
export class ConcurrencyConflictError<T = unknown> extends ValueNetworksError {
  /** What this user tried to save. */
  public readonly attempted: T;
  /** What is stored now (the other editor's version); `undefined` when it was deleted meanwhile. */
  public readonly current: T | undefined;
  /** ETag the save was based on, and the ETag stored now. */
  public readonly expectedETag: string;
  public readonly currentETag: string | undefined;

  public constructor(attempted: T, current: T | undefined, expectedETag: string, currentETag: string | undefined) {
    super(
      current === undefined
        ? 'This record was deleted by someone else after you opened it; nothing was saved.'
        : 'Someone else saved this record after you opened it; nothing was saved. Compare both versions and save again.'
    );
    this.attempted = attempted;
    this.current = current;
    this.expectedETag = expectedETag;
    this.currentETag = currentETag;
  }
}

/**
 * A publication was refused because the live version is no longer the one the publisher saw: someone
 * else published (or rolled back) in between. Nothing was published; `live` is what is live now.
 */
export class PublishConflictError<T = unknown> extends ValueNetworksError {
  /** The version the publisher expected to replace (`undefined`: nothing was published). */
  public readonly expectedVersion: number | undefined;
  /** What is live now. */
  public readonly live: T;
  public readonly liveVersion: number;
  /** Who published the live version, when known. */
  public readonly liveBy: string | undefined;

  public constructor(expectedVersion: number | undefined, live: T, liveVersion: number, liveBy: string | undefined) {
    super(
      `Version ${liveVersion} was published${liveBy ? ` by ${liveBy}` : ''} after ` +
        (expectedVersion === undefined ? 'you started this draft' : `your draft was based on version ${expectedVersion}`) +
        '; nothing was published. Review what changed, then publish again.'
    );
    this.expectedVersion = expectedVersion;
    this.live = live;
    this.liveVersion = liveVersion;
    this.liveBy = liveBy;
  }
}

/**
 * Setting up the site stopped part-way (network, throttling beyond the retry budget). Lists the steps
 * that were done so the user knows the site is incomplete; running the set-up again finishes it.
 */
export class ProvisioningIncompleteError extends ValueNetworksError {
  public readonly completedSteps: readonly string[];
  public readonly failedStep: string;

  public constructor(completedSteps: readonly string[], failedStep: string, reason: string) {
    super(
      `Setting up ValueNetworks stopped at "${failedStep}" after ${completedSteps.length} of the needed changes: ${reason}. ` +
        'The site is not fully set up yet; run "Set up ValueNetworks on this site" again to finish it.'
    );
    this.completedSteps = completedSteps;
    this.failedStep = failedStep;
  }
}

/**
 * Why a delivery failed. `not-delivered`: the service refused before acting (4xx, 429/503 after
 * the retry budget) so sending again cannot double it. `unknown`: the request may have landed (timeout,
 * dropped connection, 5xx other than 503): only a look-up may decide.
 */
export type DeliveryFailure = 'not-delivered' | 'unknown';

export class AlertDeliveryError extends ValueNetworksError {
  public readonly failure: DeliveryFailure;
  public readonly status: number | undefined;

  public constructor(failure: DeliveryFailure, message: string, status?: number) {
    super(message);
    this.failure = failure;
    this.status = status;
  }
}

/**
 * The site lacks a list this build of the app needs (set up by an older version): nothing was read
 * or written; a site owner adds it with "Set up ValueNetworks on this site".
 */
export class SiteSetupNeededError extends ValueNetworksError {
  /** Title of the missing list. */
  public readonly list: string;
  /** The schema version that adds it. */
  public readonly version: number;

  public constructor(list: string, version: number) {
    super(`This site has no ${list} list yet: a site owner adds it with "Set up ValueNetworks on this site" (schema version ${version}).`);
    this.list = list;
    this.version = version;
  }
}
