import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';

/**
 * The product's real PnPjs client against the emulator: SharePoint's default behaviours, the
 * retrying fetch, and the caller as a bearer token (`user:owner|member|visitor`).
 */
export function pnpFor(siteUrl: string, user: 'owner' | 'member' | 'visitor' = 'owner', retries: number = 1): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries, interval: 10 }),
    DefaultParse(),
    InjectHeaders({ Authorization: `Bearer user:${user}` })
  );
}
