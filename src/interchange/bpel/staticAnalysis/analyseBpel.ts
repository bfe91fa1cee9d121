import { BpelImportError, BpelProblem, BpelStaticAnalysisError } from '../../errors';
import type { BpelTree } from '../bpelTree';
import { checkActivities } from './saActivities';
import { checkCopies } from './saCopy';
import { checkDeclarations } from './saDeclarations';
import { checkExpressionFunctions } from './saExpressions';
import { checkLinks } from './saLinks';
import { checkStandardFaultCatches } from './saStandardFaults';

/** The appendix B rules {@link analyseBpel} checks, in order (SA00043 only where decidable without the WSDL). */
export const CHECKED_RULES: readonly string[] = [
  3, 6, 7, 8, 9, 15, 16, 17, 18, 23, 24, 25, 28, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 43, 44, 51, 52, 55, 56, 57, 59, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72,
  73, 74, 75, 76, 77, 78, 79, 80, 81, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93
].map((n) => `SA${String(n).padStart(5, '0')}`);

/**
 * The WS-BPEL 2.0 static analysis (appendix B) that needs the process alone: every rule that does not
 * need the imported WSDL and XML Schema documents or the evaluation of expressions. Rules needing the
 * WSDL (port types, messages, properties: SA00001, SA00002, SA00005, SA00010 to SA00014, SA00019 to
 * SA00022, SA00045 to SA00048, SA00050, SA00053, SA00054, SA00058, SA00087) are not checked, because
 * the import reads the `.bpel` file on its own.
 *
 * @returns every problem, in document order (line, then rule).
 */
export function analyseBpel(tree: BpelTree): BpelProblem[] {
  return [...checkDeclarations(tree), ...checkLinks(tree), ...checkActivities(tree), ...checkStandardFaultCatches(tree), ...checkCopies(tree), ...checkExpressionFunctions(tree)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.rule ?? '').localeCompare(b.rule ?? '')
  );
}

/**
 * Refuses a process with problems: a {@link BpelStaticAnalysisError} naming the first numbered rule
 * broken (and listing every problem), or, when only references the appendix does not number are
 * broken, a {@link BpelImportError} `invalid-process` for the first of them.
 */
export function assertStaticallyValid(tree: BpelTree): void {
  const problems = analyseBpel(tree);
  const numbered = problems.find((p) => p.rule !== undefined);
  if (numbered?.rule !== undefined) {
    throw new BpelStaticAnalysisError(numbered.rule, numbered.message, numbered.line, problems);
  }
  if (problems.length > 0) {
    throw new BpelImportError('invalid-process', problems[0].message, problems[0].line);
  }
}
