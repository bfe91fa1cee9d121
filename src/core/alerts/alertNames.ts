import type { Blueprint } from '../model';
import type { AlertLevel } from './alertTypes';

/**
 * How alert lines, cards and mails name things: exchanges, stages and roles by the published
 * blueprint's names, people by their directory display name. An id the blueprint does not know is
 * shown as it is, so a line is never empty.
 */
export interface AlertNames {
  readonly exchange: (transactionId: string) => string;
  readonly stage: (stageId: string) => string;
  readonly role: (roleId: string) => string;
  readonly person: (address: string) => string;
}

/**
 * A person's name for display, from an e-mail address or login name: the directory's display name
 * when it knows the address (case-insensitive), otherwise the address's local part read as a name
 * (`ada.adams@x.example` -> `Ada Adams`). A claims login (`i:0#.f|membership|ada@x.example`) is read
 * from its last segment; an empty string stays empty.
 */
export function personName(address: string, directory?: ReadonlyMap<string, string>): string {
  const known = directory?.get(address.toLowerCase());
  if (known) return known;
  const login = address.includes('|') ? address.slice(address.lastIndexOf('|') + 1) : address;
  const local = login.includes('@') ? login.slice(0, login.indexOf('@')) : login;
  return local
    .split(/[._-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/**
 * The names of `blueprint` (absent: ids are shown) and of the people in `directory` (lower-cased
 * address -> display name).
 */
export function alertNames(blueprint: Blueprint | undefined, directory?: ReadonlyMap<string, string>): AlertNames {
  const exchanges = new Map((blueprint?.transactions ?? []).map((t) => [t.id, t.deliverable]));
  const stages = new Map((blueprint?.stages ?? []).map((s) => [s.id, s.name]));
  const roles = new Map((blueprint?.roles ?? []).map((r) => [r.id, r.name]));
  return {
    exchange: (id) => exchanges.get(id) ?? id,
    stage: (id) => stages.get(id) ?? id,
    role: (id) => roles.get(id) ?? id,
    person: (address) => personName(address, directory)
  };
}

/**
 * The one severity vocabulary of the product: the rule editor's Low / Medium / High. Alert levels
 * are stored as `info` / `warning` / `critical` (the AlertLog's choices) and read with these words.
 */
export const LEVEL_LABEL: Readonly<Record<AlertLevel, string>> = { info: 'Low', warning: 'Medium', critical: 'High' };
