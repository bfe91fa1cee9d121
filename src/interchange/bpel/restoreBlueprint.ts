import type { Blueprint, BlueprintStatus, DeliverableKind, Role, RoleSide, Stage, Transaction } from '../../core/model';
import { BpelImportError } from '../errors';
import type { XmlElement } from '../xml/safeXml';
import { VN_BPEL_EXTENSION_NS } from './bpelNames';

const VN = `{${VN_BPEL_EXTENSION_NS}}`;

/** True when the process carries our extension attributes, i.e. was written by `exportBpel`. */
export function hasBlueprintExtension(process: XmlElement): boolean {
  return process.attributes[`${VN}blueprint`] !== undefined;
}

/**
 * Rebuilds the exact blueprint `exportBpel` wrote, from our extension attributes alone: the BPEL
 * structure is not consulted, so an engine or editor that reordered activities or renamed links does
 * not change the result. Roles come in partner-link order; stages and transactions are put back at
 * their recorded list positions.
 *
 * @throws BpelImportError `invalid-extension` when an extension value is missing or not of its type.
 */
export function restoreBlueprint(process: XmlElement): Blueprint {
  const roles: Role[] = [];
  const stages: Array<{ position: number; stage: Stage }> = [];
  const transactions: Array<{ position: number; transaction: Transaction }> = [];

  visit(process, (element, stage) => {
    const a = element.attributes;
    if (element.name === 'partnerLink' && a[`${VN}role`] !== undefined) {
      roles.push({
        id: required(element, 'role'),
        name: required(element, 'name'),
        side: oneOf<RoleSide>(element, 'side', ['internal', 'customer', 'partner']),
        ...optional(element, 'description', 'description')
      });
    } else if (a[`${VN}stage`] !== undefined) {
      stages.push({
        position: integer(element, 'position'),
        stage: {
          id: required(element, 'stage'),
          name: required(element, 'name'),
          order: integer(element, 'order'),
          exitCriteria: { minSellingActions: integer(element, 'minSellingActions'), minBuyingActions: integer(element, 'minBuyingActions') }
        }
      });
    } else if (a[`${VN}transaction`] !== undefined) {
      transactions.push({ position: integer(element, 'position'), transaction: transactionOf(element, stage) });
    }
  });

  return {
    id: required(process, 'blueprint'),
    name: required(process, 'name'),
    ...optional(process, 'description', 'description'),
    version: integer(process, 'version'),
    status: oneOf<BlueprintStatus>(process, 'status', ['draft', 'published']),
    roles,
    stages: stages.sort((x, y) => x.position - y.position).map((s) => s.stage),
    transactions: transactions.sort((x, y) => x.position - y.position).map((t) => t.transaction)
  };
}

function transactionOf(element: XmlElement, stage: string | undefined): Transaction {
  if (stage === undefined) {
    throw invalid(element, `transaction ${element.attributes[`${VN}transaction`]} is not inside a stage scope`);
  }
  const dueDays = element.attributes[`${VN}dueDays`];
  const dueAfter = element.attributes[`${VN}dueAfter`];
  return {
    id: required(element, 'transaction'),
    sequence: integer(element, 'sequence'),
    from: required(element, 'from'),
    to: required(element, 'to'),
    deliverable: required(element, 'deliverable'),
    kind: oneOf<DeliverableKind>(element, 'kind', ['tangible', 'intangible']),
    stage,
    required: oneOf(element, 'required', ['true', 'false']) === 'true',
    precededBy: element.children
      .filter((c) => c.namespace === VN_BPEL_EXTENSION_NS && c.name === 'precededBy')
      .map((c) => {
        const id = c.attributes.transaction;
        if (id === undefined) {
          throw invalid(c, 'a vn:precededBy element has no transaction attribute');
        }
        return id;
      }),
    ...(dueDays === undefined ? {} : { due: { days: number(element, 'dueDays'), ...(dueAfter === undefined ? {} : { afterTransactionId: dueAfter }) } }),
    minCount: integer(element, 'minCount')
  };
}

/** Depth-first, document order; hands each element the id of the nearest enclosing stage scope (its own included). */
function visit(root: XmlElement, handle: (element: XmlElement, stage: string | undefined) => void): void {
  const stack: Array<{ element: XmlElement; stage: string | undefined }> = [{ element: root, stage: undefined }];
  while (stack.length > 0) {
    const { element, stage } = stack.pop() as { element: XmlElement; stage: string | undefined };
    const own = element.attributes[`${VN}stage`] ?? stage;
    handle(element, own);
    for (let i = element.children.length - 1; i >= 0; i--) {
      stack.push({ element: element.children[i], stage: own });
    }
  }
}

function required(element: XmlElement, name: string): string {
  const value = element.attributes[`${VN}${name}`];
  if (value === undefined) {
    throw invalid(element, `<${element.name}> lacks vn:${name}`);
  }
  return value;
}

function optional<K extends string>(element: XmlElement, name: string, key: K): { [P in K]?: string } {
  const value = element.attributes[`${VN}${name}`];
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function number(element: XmlElement, name: string): number {
  const text = required(element, name);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw invalid(element, `vn:${name}="${text}" is not a number`);
  }
  return value;
}

function integer(element: XmlElement, name: string): number {
  const value = number(element, name);
  if (!Number.isInteger(value)) {
    throw invalid(element, `vn:${name}="${value}" is not a whole number`);
  }
  return value;
}

function oneOf<T extends string>(element: XmlElement, name: string, allowed: readonly T[]): T {
  const value = required(element, name);
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(element, `vn:${name}="${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function invalid(element: XmlElement, detail: string): BpelImportError {
  return new BpelImportError('invalid-extension', `The ValueNetworks extension data is inconsistent: ${detail}.`, element.line);
}
