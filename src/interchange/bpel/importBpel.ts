import type { Blueprint } from '../../core/model';
import { BpelImportError, MalformedXmlError } from '../errors';
import { parseXmlSafely, SafeXmlOptions, XmlElement } from '../xml/safeXml';
import { BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS } from './bpelNames';
import { BpelImportWarning, importWarnings } from './bpelImportWarnings';
import { indexBpel } from './bpelTree';
import { foreignProcessError } from './foreignNamespaces';
import { inferBlueprint } from './inferBlueprint';
import { hasBlueprintExtension, restoreBlueprint } from './restoreBlueprint';
import { assertStaticallyValid } from './staticAnalysis/analyseBpel';

/** A blueprint read from a process, with what the process holds that the blueprint could not keep. */
export interface BpelImportResult {
  readonly blueprint: Blueprint;
  /** Valid but unsupported constructs, one per kind; empty for a process written by `exportBpel`. */
  readonly warnings: readonly BpelImportWarning[];
}

/**
 * Imports a WS-BPEL 2.0 process, executable or abstract, whatever prefixes it uses (names are matched
 * by namespace URI); see {@link importBpelWithWarnings}, which this calls, for the rules. Prefer that
 * one where the warnings can be shown.
 *
 * @throws as {@link importBpelWithWarnings}.
 */
export function importBpel(xml: string, options?: SafeXmlOptions): Blueprint {
  return importBpelWithWarnings(xml, options).blueprint;
}

/**
 * Imports a WS-BPEL 2.0 process, executable or abstract, whatever prefixes it uses (names are matched
 * by namespace URI).
 *
 * Before anything is inferred, the process goes through the WS-BPEL 2.0 static analysis a processor
 * must do (appendix B) as far as the `.bpel` file alone allows (see `analyseBpel`): a process an
 * engine would reject is refused here too, with the rule and line, instead of giving a damaged blueprint.
 *
 * A process written by `exportBpel` (it carries `vn:blueprint`) is restored exactly from our extension
 * data. Any other process is read as described in `inferBlueprint`: partner links become roles,
 * message activities become transactions, the control flow becomes precedences.
 *
 * @param xml - the `.bpel` file as text.
 * @param options - size and depth limits passed to the XML reader (defaults: 10 MB, 256 levels).
 * @returns the blueprint and warnings for the valid constructs it could not keep.
 * @throws BpelStaticAnalysisError (a BpelImportError, reason `static-analysis`) with the rule code, line
 *   and every problem found; BpelImportError `malformed-xml` (with line and column), `bpel4ws-1.1`,
 *   `bpel-draft`, `not-bpel`, `invalid-process` or `invalid-extension`; XmlSecurityError when the XML
 *   reader refuses the input.
 */
export function importBpelWithWarnings(xml: string, options?: SafeXmlOptions): BpelImportResult {
  let root: XmlElement;
  try {
    root = parseXmlSafely(xml, { ...options, keepNamespaces: true });
  } catch (error) {
    if (error instanceof MalformedXmlError) {
      throw new BpelImportError('malformed-xml', `The BPEL file is not well-formed XML: ${error.detail}`, error.line, error.column);
    }
    throw error;
  }
  if (root.name !== 'process' || (root.namespace !== BPEL_EXECUTABLE_NS && root.namespace !== BPEL_ABSTRACT_NS)) {
    throw foreignProcessError(root);
  }
  const tree = indexBpel(root);
  assertStaticallyValid(tree);
  // Our own export is restored from its extension data alone, so it needs no warnings: nothing is lost.
  return hasBlueprintExtension(root) ? { blueprint: restoreBlueprint(root), warnings: [] } : { blueprint: inferBlueprint(tree), warnings: importWarnings(tree) };
}
