import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/list';
/** `SP.PermissionKind` values the data layer checks (bit `kind - 1` of the 64-bit mask). */
export const SpPermission = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  manageLists: 12
} as const;

/** SharePoint's `EffectiveBasePermissions`: two 32-bit halves, as numbers or (OData v3 Int64) strings. */
export interface BasePermissionsMask {
  readonly High: number | string;
  readonly Low: number | string;
}

/**
 * True when `mask` grants `kind`. Uses division rather than `&`: JavaScript bitwise operators are
 * signed 32-bit, and the Low half of Full Control is 0xFFFFFFFF.
 *
 * @param kind 1-based `SP.PermissionKind` (65 = FullMask is not supported here)
 */
export function hasPermission(mask: BasePermissionsMask, kind: number): boolean {
  const bit = kind - 1;
  const half = Number(bit < 32 ? mask.Low : mask.High);
  if (!Number.isFinite(half) || bit < 0 || bit > 63) return false;
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}

/** A user's rights on one list, in the product's words. */
export interface ListAccess {
  readonly canRead: boolean;
  /** May add and edit items. */
  readonly canEdit: boolean;
  /** May do what the list's managers do: manage the list (site owners) or belong to the named group. */
  readonly canManage: boolean;
}

/**
 * The signed-in user's rights on `listTitle`: reading, editing, and managing, which is the right to
 * manage the list (site owners) or, with the right to edit, membership of `managerGroup` (compared
 * without case; one request for the user's groups, only when it matters). Publishing blueprints and
 * training score models share it.
 */
export async function listAccess(sp: SPFI, listTitle: string, managerGroup?: string): Promise<ListAccess> {
  const mask = (await sp.web.lists.getByTitle(listTitle).getCurrentUserEffectivePermissions()) as unknown as BasePermissionsMask;
  const canRead = hasPermission(mask, SpPermission.viewListItems);
  const canEdit = hasPermission(mask, SpPermission.addListItems) && hasPermission(mask, SpPermission.editListItems);
  if (!canEdit) return { canRead, canEdit, canManage: false };
  if (hasPermission(mask, SpPermission.manageLists)) return { canRead, canEdit, canManage: true };
  const group = managerGroup?.trim();
  if (!group) return { canRead, canEdit, canManage: false };
  const groups = await sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
  return { canRead, canEdit, canManage: groups.some((g) => g.Title.toLowerCase() === group.toLowerCase()) };
}
