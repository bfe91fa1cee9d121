import type { Blueprint, Role, RoleSide, Transaction } from '../../core/model';
import { BpelImportError } from '../errors';
import type { XmlElement } from '../xml/safeXml';
import { orderMessages } from './bpelControlFlow';
import { partnerLinkDeclarations, resolve } from './bpelScopes';
import type { BpelTree } from './bpelTree';

/** Id of the role standing for the process itself (suffixed with `_` while a partner link already uses it). */
export const PROCESS_ROLE_ID = 'process';
/** Id of the role used for activities whose partner link is omitted or `##opaque` (abstract processes). */
export const OPAQUE_ROLE_ID = 'opaque';
/** The single stage a foreign process is imported into; BPEL has no notion of sales stages. */
export const IMPORTED_STAGE_ID = 'process';

const MESSAGE_ELEMENTS = new Set(['invoke', 'receive', 'reply', 'onMessage', 'onEvent']);
/** Activities where the partner sends to the process; the rest (invoke, reply) go from the process to the partner. */
const INBOUND = new Set(['receive', 'onMessage', 'onEvent']);

/**
 * Builds a blueprint from any WS-BPEL 2.0 process (without our extension data).
 *
 * Roles: one role for the process itself (`process`, internal), then one per partner link declared in
 * the process or in any `<scope>` (document order), id = the partner link name (`_2`, `_3`... when
 * scopes declare the same name again: they are different partner links). An activity's partner link
 * is the declaration its name resolves to through the enclosing scopes. Side: `internal` when the link declares only `myRole` (the process plays that role
 * itself; this is how `exportBpel` writes internal roles); otherwise `customer` when a message on the
 * link creates the process instance (the party that starts a service is its customer), else `partner`.
 * Transactions: one per invoke, receive, reply, onMessage (pick) and onEvent (event handlers), in
 * document order: inbound ones go partner -> process, invoke and reply go process -> partner. Id = the
 * activity's `name`, else `<element>_<partnerLink>_<operation>` (made unique with `_2`, `_3`...);
 * deliverable = the operation; kind = tangible (a WSDL message is a document). Precedence and
 * `required` come from the control flow (see `orderMessages`). One stage holds everything.
 *
 * @param tree - the indexed process, already through static analysis (so every partner link resolves).
 * @throws BpelImportError `invalid-process` when an activity names a partner link that is not declared.
 */
export function inferBlueprint(tree: BpelTree): Blueprint {
  const process = tree.process;
  const ns = process.namespace;
  const processName = process.attributes.name ?? 'process';
  const linkElements = partnerLinkDeclarations(tree);
  const messages = collect(process, ns, (e) => MESSAGE_ELEMENTS.has(e.name));
  const creatingPicks = collect(process, ns, (e) => e.name === 'pick' && e.attributes.createInstance === 'yes');
  const declarationOf = (m: XmlElement): XmlElement | undefined => {
    const link = m.attributes.partnerLink;
    return link === undefined ? undefined : resolve(tree, m, 'partnerLink', link);
  };
  const instantiating = new Set([
    ...messages.filter((m) => m.attributes.createInstance === 'yes').map(declarationOf),
    ...creatingPicks.flatMap((p) => p.children.filter((c) => c.name === 'onMessage').map(declarationOf))
  ]);

  const linkNames = new Set(linkElements.map((l) => l.attributes.name ?? ''));
  let processRoleId = PROCESS_ROLE_ID;
  while (linkNames.has(processRoleId)) {
    processRoleId = `${processRoleId}_`;
  }
  const roleIds = new Map<XmlElement, string>();
  const taken = new Set([processRoleId]);
  for (const l of linkElements) {
    const base = l.attributes.name ?? '';
    let id = base;
    for (let n = 2; taken.has(id); n++) {
      id = `${base}_${n}`;
    }
    taken.add(id);
    roleIds.set(l, id);
  }
  const roles: Role[] = [
    { id: processRoleId, name: processName, side: 'internal' },
    ...linkElements.map((l) => ({ id: roleIds.get(l) ?? '', name: l.attributes.name ?? '', side: sideOf(l, instantiating) }))
  ];

  const ids = new Map<XmlElement, string>();
  const used = new Set<string>();
  for (const m of messages) {
    const base = m.attributes.name ?? [m.name, m.attributes.partnerLink, m.attributes.operation].map((part) => (part === undefined || part === '##opaque' ? OPAQUE_ROLE_ID : part)).join('_');
    let id = base;
    for (let n = 2; used.has(id); n++) {
      id = `${base}_${n}`;
    }
    used.add(id);
    ids.set(m, id);
  }

  const ordering = orderMessages(process, ids);
  const transactions: Transaction[] = messages.map((m, index) => {
    const link = partnerOf(m, tree, roleIds, roles);
    const id = ids.get(m) ?? '';
    const order = ordering.get(id);
    const operation = m.attributes.operation;
    return {
      id,
      sequence: index + 1,
      from: INBOUND.has(m.name) ? link : processRoleId,
      to: INBOUND.has(m.name) ? processRoleId : link,
      deliverable: operation !== undefined && operation !== '##opaque' ? operation : (m.attributes.name ?? 'opaque'),
      kind: 'tangible',
      stage: IMPORTED_STAGE_ID,
      required: order?.required ?? false,
      precededBy: order?.precededBy ?? [],
      minCount: 1
    };
  });

  const description = process.children.find((c) => c.namespace === ns && c.name === 'documentation')?.text.trim();
  return {
    id: processName,
    name: processName,
    ...(description ? { description } : {}),
    version: 1,
    status: 'draft',
    roles,
    stages: [{ id: IMPORTED_STAGE_ID, name: processName, order: 1, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } }],
    transactions
  };
}

function sideOf(link: XmlElement, instantiating: ReadonlySet<XmlElement | undefined>): RoleSide {
  if (link.attributes.myRole !== undefined && link.attributes.partnerRole === undefined) {
    return 'internal';
  }
  return instantiating.has(link) ? 'customer' : 'partner';
}

/** The partner link's role id; `opaque` (added on first use) when the abstract process leaves it out. */
function partnerOf(element: XmlElement, tree: BpelTree, roleIds: ReadonlyMap<XmlElement, string>, roles: Role[]): string {
  const link = element.attributes.partnerLink;
  if (link === undefined || link === '##opaque') {
    if (!roles.some((r) => r.id === OPAQUE_ROLE_ID)) {
      roles.push({ id: OPAQUE_ROLE_ID, name: 'Opaque partner', side: 'partner' });
    }
    return OPAQUE_ROLE_ID;
  }
  const declaration = resolve(tree, element, 'partnerLink', link);
  const id = declaration === undefined ? undefined : roleIds.get(declaration);
  if (id === undefined) {
    throw new BpelImportError('invalid-process', `<${element.name}> names the partner link "${link}", which neither its scope nor any enclosing scope declares`, element.line);
  }
  return id;
}

/** Every element of the BPEL namespace matching `keep`, depth first in document order. */
function collect(root: XmlElement, ns: string | undefined, keep: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    if (element.namespace === ns && keep(element)) {
      found.push(element);
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      stack.push(element.children[i]);
    }
  }
  return found;
}
