import type { Blueprint, Role, Transaction } from '../../core/model';
import { InvalidBlueprintError, ValidationProblem } from '../../core';
import { uniqueNcNames } from './bpelNames';

/**
 * How one transaction appears in BPEL, seen from the selling organisation's process:
 * - `receive`: the receiver is an internal role (the process, acting as that role, receives);
 * - `invoke`: an internal role sends to a customer or partner role (the process calls them);
 * - `exchange`: customer or partner to customer or partner. The process cannot observe it, so it is
 *   written as an `extensionActivity` holding our own `vn:exchange` element.
 */
export type BpelActivityKind = 'receive' | 'invoke' | 'exchange';

/** Every BPEL/WSDL name the export needs, decided once so the process and the WSDL agree. */
export interface BpelPlan {
  readonly processName: string;
  readonly targetNamespace: string;
  /** Role id -> partner link name; the partner link type is `<name>LT`, the port type `<name>PT`. */
  readonly partnerLinks: ReadonlyMap<string, string>;
  readonly roleById: ReadonlyMap<string, Role>;
  /** Stage id -> scope name. */
  readonly scopes: ReadonlyMap<string, string>;
  /** Transaction id -> activity name, also used as the WSDL operation name. */
  readonly activities: ReadonlyMap<string, string>;
  readonly kinds: ReadonlyMap<string, BpelActivityKind>;
  /** `predecessorId -> transactionId` (both in the same stage) -> link name. */
  readonly links: ReadonlyMap<string, string>;
  /** Transactions per stage id, in sequence order. */
  readonly transactionsByStage: ReadonlyMap<string, readonly Transaction[]>;
}

/** Partner link, port type and operation of the synthetic instantiating receive (executable profile only). */
export const START_LINK = 'vnOpportunity';
export const START_OPERATION = 'startOpportunity';

/** The key of a precedence link in {@link BpelPlan.links}. */
export function linkKey(predecessorId: string, transactionId: string): string {
  return `${predecessorId}\u0000${transactionId}`;
}

/**
 * Decides every name and activity kind for a blueprint.
 *
 * @throws InvalidBlueprintError when a transaction names an unknown role or stage (the export would
 *   otherwise have to invent one and could not round-trip).
 */
export function planBpel(blueprint: Blueprint): BpelPlan {
  assertTransactionReferences(blueprint);
  const roleById = new Map(blueprint.roles.map((role) => [role.id, role]));

  const partnerLinks = uniqueNcNames(blueprint.roles.map((r) => [r.id, r.id] as const), [START_LINK]);
  const scopes = uniqueNcNames(blueprint.stages.map((s) => [s.id, `stage_${s.id}`] as const));
  const bySequence = [...blueprint.transactions].sort((a, b) => a.sequence - b.sequence);
  const activities = uniqueNcNames(bySequence.map((t) => [t.id, t.id] as const), [START_OPERATION]);

  const kinds = new Map<string, BpelActivityKind>();
  for (const t of blueprint.transactions) {
    const fromInternal = roleById.get(t.from)?.side === 'internal';
    const toInternal = roleById.get(t.to)?.side === 'internal';
    kinds.set(t.id, toInternal ? 'receive' : fromInternal ? 'invoke' : 'exchange');
  }

  const transactionsByStage = new Map<string, Transaction[]>(blueprint.stages.map((s) => [s.id, []]));
  for (const t of bySequence) {
    transactionsByStage.get(t.stage)?.push(t);
  }

  const stageOf = new Map(blueprint.transactions.map((t) => [t.id, t.stage]));
  const linkEntries: Array<readonly [string, string]> = [];
  for (const t of bySequence) {
    for (const p of t.precededBy) {
      // Only precedences inside one stage become links: stages run in sequence, so an earlier stage
      // already precedes; any other precedence is carried by vn:precededBy alone.
      if (stageOf.get(p) === t.stage && activities.has(p)) {
        linkEntries.push([linkKey(p, t.id), `${activities.get(p)}_to_${activities.get(t.id)}`]);
      }
    }
  }

  return {
    processName: uniqueNcNames([['process', blueprint.name]]).get('process') ?? '_',
    targetNamespace: `urn:valuenetworks:blueprint:${encodeURIComponent(blueprint.id)}`,
    partnerLinks,
    roleById,
    scopes,
    activities,
    kinds,
    links: uniqueNcNames(linkEntries),
    transactionsByStage
  };
}

/**
 * Checks that every transaction names a known role (both ends) and a known stage; shared by the BPEL
 * and BPMN exports, which would otherwise have to invent lanes, partner links or scopes.
 *
 * @throws InvalidBlueprintError listing every unknown reference.
 */
export function assertTransactionReferences(blueprint: Blueprint): void {
  const roleIds = new Set(blueprint.roles.map((role) => role.id));
  const stageIds = new Set(blueprint.stages.map((stage) => stage.id));
  const problems: ValidationProblem[] = [];
  blueprint.transactions.forEach((t, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!roleIds.has(t[end])) {
        problems.push({ code: 'unknown-role', path: `/transactions/${index}/${end}`, message: `Transaction ${t.id} names the unknown role "${t[end]}".` });
      }
    }
    if (!stageIds.has(t.stage)) {
      problems.push({ code: 'unknown-stage', path: `/transactions/${index}/stage`, message: `Transaction ${t.id} names the unknown stage "${t.stage}".` });
    }
  });
  if (problems.length > 0) {
    throw new InvalidBlueprintError(problems);
  }
}

/** The role whose port type offers a transaction's operation: the receiver (the process acting as it, or the partner called). */
export function operationOwner(t: Transaction): string {
  return t.to;
}
