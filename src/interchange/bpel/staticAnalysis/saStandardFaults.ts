import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';
import { BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS } from '../bpelNames';
import { ancestors, BpelTree, grandKids, kids } from '../bpelTree';
import { problem } from './problem';

/** The standard faults of WS-BPEL 2.0 (appendix A), all in the executable process namespace. */
const STANDARD_FAULTS: ReadonlySet<string> = new Set([
  'ambiguousReceive', 'completionConditionFailure', 'conflictingReceive', 'conflictingRequest', 'correlationViolation', 'invalidBranchCondition',
  'invalidExpressionValue', 'invalidVariables', 'joinFailure', 'mismatchedAssignmentFailure', 'missingReply', 'missingRequest',
  'scopeInitializationFailure', 'selectionFailure', 'subLanguageExecutionFault', 'uninitializedPartnerRole', 'uninitializedVariable',
  'unsupportedReference', 'xsltInvalidSource', 'xsltStylesheetNotFound'
]);

/**
 * SA00003: where exitOnStandardFault is "yes" (on the scope, or inherited from the nearest enclosing
 * scope or the process that sets it), a standard fault ends the process at once, so a `<catch>` for one
 * in that scope's fault handlers (or an invoke's inline handlers) could never run.
 */
export function checkStandardFaultCatches(tree: BpelTree): BpelProblem[] {
  const found: BpelProblem[] = [];
  for (const owner of tree.elements.filter((e) => e.name === 'process' || e.name === 'scope' || e.name === 'invoke')) {
    const catches = owner.name === 'invoke' ? kids(tree, owner, 'catch') : grandKids(tree, owner, 'faultHandlers', 'catch');
    if (catches.length === 0 || !exitsOnStandardFault(tree, owner)) {
      continue;
    }
    for (const c of catches) {
      const fault = standardFault(c);
      if (fault !== undefined) {
        found.push(
          problem('SA00003', c, `This <catch> handles the standard fault ${fault}, but exitOnStandardFault="yes" applies here, so the process exits before it could run; remove the catch or set exitOnStandardFault="no" on the scope.`)
        );
      }
    }
  }
  return found;
}

function exitsOnStandardFault(tree: BpelTree, owner: XmlElement): boolean {
  for (const e of [owner, ...ancestors(tree, owner)]) {
    const value = (e.name === 'scope' || e.name === 'process') && e.namespace === tree.ns ? e.attributes.exitOnStandardFault : undefined;
    if (value !== undefined) {
      return value === 'yes';
    }
  }
  return false;
}

/** The local name of the standard fault a catch names, resolving the faultName QName's prefix; else `undefined`. */
function standardFault(c: XmlElement): string | undefined {
  const qname = c.attributes.faultName;
  if (qname === undefined) {
    return undefined;
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  const uri = c.namespaces?.get(prefix);
  return (uri === BPEL_EXECUTABLE_NS || uri === BPEL_ABSTRACT_NS) && STANDARD_FAULTS.has(local) ? local : undefined;
}
