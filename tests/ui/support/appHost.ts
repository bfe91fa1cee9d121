/**
 * The host and the already-set-up site that app-root component tests render under.
 */
import type { HostContext } from '../../../src/services/hostContext';
import type { SiteProvisioner } from '../../../src/services/provisioning';

export const testHost: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };

/** A site whose set-up is done: the app renders its content, never the set-up screen. */
export function siteSetUp(version: number): SiteProvisioner {
  const report = { previousVersion: version, appVersion: version, changes: [], siteIsNewer: false };
  return { canManageLists: async () => true, inspect: async () => report, provision: async () => report };
}
