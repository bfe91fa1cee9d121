import type { IncomingHttpHeaders } from 'node:http';
import type { BasePermissions, SiteUser, UserKey } from './types';

/**
 * The three site users of the demo sales organisation. Ids follow SharePoint Online's habit of small
 * integers in the site's user information list (1 is usually the system account, so people start higher).
 */
export const defaultSiteUsers: readonly SiteUser[] = [
  { id: 7, key: 'owner', title: 'Adele Vance', email: 'AdeleV@contoso.onmicrosoft.com', loginName: 'i:0#.f|membership|adelev@contoso.onmicrosoft.com', isSiteAdmin: true },
  { id: 9, key: 'member', title: 'Alex Wilber', email: 'AlexW@contoso.onmicrosoft.com', loginName: 'i:0#.f|membership|alexw@contoso.onmicrosoft.com', isSiteAdmin: false },
  { id: 11, key: 'visitor', title: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com', loginName: 'i:0#.f|membership|meganb@contoso.onmicrosoft.com', isSiteAdmin: false }
];

/**
 * SharePoint permission levels as REST returns them (`High`/`Low` halves of the 64-bit mask):
 * owners get Full Control, members Contribute (items yes, lists and columns no), visitors Read.
 */
/**
 * The site's three default SharePoint groups (a group-connected team site has "<site> Owners",
 * "<site> Members" and "<site> Visitors") and who is in them.
 */
export const siteGroups: readonly { readonly id: number; readonly title: string; readonly members: readonly UserKey[] }[] = [
  { id: 3, title: 'Sales Owners', members: ['owner'] },
  { id: 4, title: 'Sales Visitors', members: ['visitor'] },
  { id: 5, title: 'Sales Members', members: ['member'] }
];

export const permissionLevels: Readonly<Record<UserKey, BasePermissions>> = {
  owner: { high: 2147483647, low: 4294967295 },
  member: { high: 432, low: 1011028719 },
  visitor: { high: 176, low: 138612833 }
};

/** The `SP.PermissionKind` values the emulator checks (bit `kind - 1` of the 64-bit mask). */
export const PermissionKind = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  manageLists: 12
} as const;

/** True when `mask` grants `kind` (1-based bit position, as in `SP.PermissionKind`). */
export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const half = bit < 32 ? mask.low : mask.high;
  // Division instead of `&`: bitwise operators are signed 32-bit and Low of Full Control is 0xFFFFFFFF.
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}

export interface Caller {
  readonly user: SiteUser;
  /** Bearer-token callers (Node clients, app-only) need no form digest; cookie callers do. */
  readonly viaBearer: boolean;
}

/**
 * Chooses the calling user: `Authorization: Bearer user:<key>` (Node clients), else the `vn_user`
 * cookie the workbench page sets, else the site owner. Unknown keys resolve to `undefined` so the
 * caller can answer 401 as SharePoint does for a token it cannot validate.
 */
export function resolveCaller(headers: IncomingHttpHeaders, users: readonly SiteUser[]): Caller | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^bearer\s+/i.test(auth)) {
    const match = /^bearer\s+user:(\w+)$/i.exec(auth.trim());
    const user = match ? users.find((u) => u.key === match[1].toLowerCase()) : undefined;
    return user ? { user, viaBearer: true } : undefined;
  }
  const cookie = typeof headers.cookie === 'string' ? headers.cookie : '';
  const fromCookie = /(?:^|;\s*)vn_user=(\w+)/.exec(cookie);
  const key = fromCookie ? fromCookie[1].toLowerCase() : 'owner';
  const user = users.find((u) => u.key === key);
  return user ? { user, viaBearer: false } : undefined;
}
