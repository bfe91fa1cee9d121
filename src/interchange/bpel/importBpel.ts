import type { Blueprint } from '../../core/model/blueprint';
import { BpelImportError, MalformedXmlError } from '../../core/errors';
import { parseXmlSafely, SafeXmlOptions, XmlElement } from '../xml/safeXml';
import { BPEL4WS_11_NS, BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS } from './bpelNames';
import { inferBlueprint } from './inferBlueprint';
import { hasBlueprintExtension, restoreBlueprint } from './restoreBlueprint';

/**
 * Imports a WS-BPEL 2.0 process, executable or abstract, whatever prefixes it uses (names are matched
 * by namespace URI).
 *
 * A process written by `exportBpel` (it carries `vn:blueprint`) is restored exactly from our extension
 * data. Any other process is read as described in `inferBlueprint`: partner links become roles,
 * message activities become transactions, the control flow becomes precedences.
 *
 * @param xml - the `.bpel` file as text.
 * @param options - size and depth limits passed to the XML reader (defaults: 10 MB, 256 levels).
 * @throws BpelImportError `malformed-xml` (with line and column), `bpel4ws-1.1`, `not-bpel`,
 *   `invalid-process` or `invalid-extension`; XmlSecurityError when the XML reader refuses the input.
 */
export function importBpel(xml: string, options?: SafeXmlOptions): Blueprint {
  let root: XmlElement;
  try {
    root = parseXmlSafely(xml, options);
  } catch (error) {
    if (error instanceof MalformedXmlError) {
      throw new BpelImportError('malformed-xml', `The BPEL file is not well-formed XML: ${error.detail}`, error.line, error.column);
    }
    throw error;
  }
  if (root.namespace === BPEL4WS_11_NS) {
    throw new BpelImportError(
      'bpel4ws-1.1',
      'This is a BPEL4WS 1.1 process (namespace http://schemas.xmlsoap.org/ws/2003/03/business-process/), the 2003 predecessor of WS-BPEL 2.0. ' +
        'Only WS-BPEL 2.0 is imported: convert the file to WS-BPEL 2.0 (for example by opening and saving it in a WS-BPEL 2.0 editor) and import it again.',
      root.line
    );
  }
  if (root.name !== 'process' || (root.namespace !== BPEL_EXECUTABLE_NS && root.namespace !== BPEL_ABSTRACT_NS)) {
    throw new BpelImportError(
      'not-bpel',
      `The file is not a WS-BPEL 2.0 process: its root element is <${root.name}> in ${root.namespace === undefined ? 'no namespace' : `namespace ${root.namespace}`}.`,
      root.line
    );
  }
  return hasBlueprintExtension(root) ? restoreBlueprint(root) : inferBlueprint(root);
}
