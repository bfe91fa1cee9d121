import { BpelImportError } from '../errors';
import type { XmlElement } from '../xml/safeXml';
import { BPEL4WS_11_NS, BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS, WSDL_NS } from './bpelNames';

/** BPEL4WS 1.0 (2002): recognised only to refuse it with a clear message. */
export const BPEL4WS_10_NS = 'http://schemas.xmlsoap.org/ws/2002/07/business-process/';
/** The namespace of the WS-BPEL 2.0 working drafts (2004 to 2006), before the OASIS standard changed it. */
export const BPEL_DRAFT_2004_NS = 'http://schemas.xmlsoap.org/ws/2004/03/business-process/';
const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const WSDL_20_NS = 'http://www.w3.org/ns/wsdl';

const TARGET = `Only WS-BPEL 2.0 processes are imported: the root element <process> in the namespace ${BPEL_EXECUTABLE_NS} (executable) or ${BPEL_ABSTRACT_NS} (abstract).`;

/**
 * The refusal for a document that is not a WS-BPEL 2.0 process, saying what it is when it is a
 * known neighbour (an older BPEL, a draft, BPMN, WSDL, a process without namespace) and what to do.
 */
export function foreignProcessError(root: XmlElement): BpelImportError {
  const ns = root.namespace;
  if (ns === BPEL4WS_11_NS) {
    return new BpelImportError(
      'bpel4ws-1.1',
      'This is a BPEL4WS 1.1 process (namespace http://schemas.xmlsoap.org/ws/2003/03/business-process/), the 2003 predecessor of WS-BPEL 2.0. ' +
        'Only WS-BPEL 2.0 is imported: convert the file to WS-BPEL 2.0 (for example by opening and saving it in a WS-BPEL 2.0 editor) and import it again.',
      root.line
    );
  }
  if (ns === BPEL4WS_10_NS) {
    return new BpelImportError(
      'bpel4ws-1.1',
      `This is a BPEL4WS 1.0 process (namespace ${BPEL4WS_10_NS}), from 2002, two versions before WS-BPEL 2.0. ` +
        'Only WS-BPEL 2.0 is imported: convert the file to WS-BPEL 2.0 (for example by opening and saving it in a WS-BPEL 2.0 editor) and import it again.',
      root.line
    );
  }
  if (ns === BPEL_DRAFT_2004_NS) {
    return new BpelImportError(
      'bpel-draft',
      `This process uses the namespace of the WS-BPEL 2.0 working drafts (${BPEL_DRAFT_2004_NS}), which the final OASIS standard of 2007 replaced. ` +
        `Change the namespace to ${BPEL_EXECUTABLE_NS} (or ${BPEL_ABSTRACT_NS} for an abstract process), rename what the standard renamed ` +
        '(<switch>/<case>/<otherwise> became <if>/<elseif>/<else>, <terminate> became <exit>, <compensate scope="..."> became <compensateScope target="...">), and import it again.',
      root.line
    );
  }
  if (ns === BPMN_MODEL_NS) {
    return new BpelImportError(
      'not-bpel',
      `This is a BPMN 2.0 model (<${root.name}> in ${BPMN_MODEL_NS}), not a WS-BPEL process. ${TARGET} Export the process from your modeller as WS-BPEL 2.0, or import a blueprint JSON file.`,
      root.line
    );
  }
  if (ns === WSDL_NS || ns === WSDL_20_NS) {
    return new BpelImportError(
      'not-bpel',
      'This is a WSDL file: the interface a process uses (port types and messages), not the process itself. Import the .bpel file of the process instead.',
      root.line
    );
  }
  if (root.name === 'process' && ns === undefined) {
    return new BpelImportError(
      'not-bpel',
      `The <process> element has no namespace, so it cannot be told apart from other XML. Add xmlns="${BPEL_EXECUTABLE_NS}" (or the abstract namespace ${BPEL_ABSTRACT_NS}) to it and import it again.`,
      root.line
    );
  }
  return new BpelImportError(
    'not-bpel',
    `The file is not a WS-BPEL 2.0 process: its root element is <${root.name}> in ${ns === undefined ? 'no namespace' : `namespace ${ns}`}. ${TARGET}`,
    root.line
  );
}
