/**
 * "Set up ValueNetworks on this site": the port the SharePoint adapter implements and the use case
 * the UI and the workbench call. The port reports in plain sentences; the schema itself belongs to
 * the adapter (src/adapters/sharepoint/schema.ts).
 */
import { PermissionDeniedError } from './errors';

/** What a set-up did, or would do. */
export interface ProvisioningReport {
  /** Schema version stored on the site before the run; `undefined` on a fresh site. */
  readonly previousVersion: number | undefined;
  /** Schema version of this app. */
  readonly appVersion: number;
  /** Human labels of the changes made (or needed, from {@link SiteProvisioner.inspect}), in order. */
  readonly changes: readonly string[];
  /** True when the site was set up by a newer app; nothing is changed then. */
  readonly siteIsNewer: boolean;
}

export interface SiteProvisioner {
  /** True when the caller may create lists and columns on the site (SharePoint's ManageLists). */
  canManageLists(): Promise<boolean>;
  /** Reads the site and reports the changes a set-up would make, without writing anything. */
  inspect(): Promise<ProvisioningReport>;
  /**
   * Makes those changes, each idempotent, recording the schema version last.
   *
   * @throws ProvisioningIncompleteError naming the changes made when a change fails part-way
   */
  provision(): Promise<ProvisioningReport>;
}

/**
 * Sets up (or upgrades) the site. Checks the caller's effective permissions first, so a member or
 * visitor gets a clear {@link PermissionDeniedError} and the site is not touched at all. Running it
 * on an up-to-date site makes no changes (an empty `changes` list).
 *
 * @throws PermissionDeniedError without ManageLists; ProvisioningIncompleteError when stopped part-way
 */
export async function setUpSite(provisioner: SiteProvisioner): Promise<ProvisioningReport> {
  if (!(await provisioner.canManageLists())) {
    throw new PermissionDeniedError(
      'set-up-site',
      'ManageLists',
      'Only a site owner can set up ValueNetworks on this site: it creates lists and columns, which needs the "Manage Lists" permission. ' +
        'Ask an owner of this site to run "Set up ValueNetworks on this site" once; after that, members can use the app.'
    );
  }
  return provisioner.provision();
}

/** True when the site needs no set-up or upgrade; reads only, so any user may call it. */
export async function isSiteSetUp(provisioner: SiteProvisioner): Promise<boolean> {
  const report = await provisioner.inspect();
  return report.siteIsNewer || report.changes.length === 0;
}
