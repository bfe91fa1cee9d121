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
