import type { Blueprint } from '../../core/model';
import { writeXml, XmlNodeToWrite } from '../xml/writeXml';
import { PLNK_NS, WSDL_NS, XSD_NS } from './bpelNames';
import { BpelPlan, operationOwner, START_LINK, START_OPERATION } from './bpelPlan';

/**
 * The companion WSDL 1.1 of an exported process: one message per transaction (one `deliverable`
 * string part), one port type per role holding the one-way operations that role receives, and one
 * single-role partner link type per role (WS-BPEL 2.0, section 6.1).
 *
 * Partner-to-partner exchanges get no operation: the process never sends or receives them.
 *
 * @param executable - adds the port type and partner link type of the instantiating `startOpportunity` operation.
 */
export function exportWsdl(blueprint: Blueprint, plan: BpelPlan, executable: boolean): string {
  const operationsByRole = new Map<string, string[]>(blueprint.roles.map((r) => [r.id, []]));
  const messages: XmlNodeToWrite[] = [];
  for (const t of blueprint.transactions) {
    if (plan.kinds.get(t.id) === 'exchange') {
      continue;
    }
    const operation = plan.activities.get(t.id) ?? t.id;
    operationsByRole.get(operationOwner(t))?.push(operation);
    messages.push(message(operation));
  }

  const portTypes: XmlNodeToWrite[] = [];
  const linkTypes: XmlNodeToWrite[] = [];
  const roleEntries: Array<[string, readonly string[]]> = blueprint.roles.map((r) => [plan.partnerLinks.get(r.id) ?? r.id, operationsByRole.get(r.id) ?? []]);
  if (executable) {
    messages.push(message(START_OPERATION));
    roleEntries.push([START_LINK, [START_OPERATION]]);
  }
  for (const [link, operations] of roleEntries) {
    portTypes.push({
      name: 'portType',
      attributes: { name: `${link}PT` },
      children: operations.map((operation) => ({ name: 'operation', attributes: { name: operation }, children: [{ name: 'input', attributes: { message: `tns:${operation}Message` } }] }))
    });
    linkTypes.push({
      name: 'plnk:partnerLinkType',
      attributes: { name: `${link}LT` },
      children: [{ name: 'plnk:role', attributes: { name: link, portType: `tns:${link}PT` } }]
    });
  }

  return writeXml({
    name: 'definitions',
    attributes: {
      name: plan.processName,
      targetNamespace: plan.targetNamespace,
      xmlns: WSDL_NS,
      'xmlns:tns': plan.targetNamespace,
      'xmlns:plnk': PLNK_NS,
      'xmlns:xsd': XSD_NS
    },
    children: [...messages, ...portTypes, ...linkTypes]
  });
}

function message(operation: string): XmlNodeToWrite {
  return { name: 'message', attributes: { name: `${operation}Message` }, children: [{ name: 'part', attributes: { name: 'deliverable', type: 'xsd:string' } }] };
}
