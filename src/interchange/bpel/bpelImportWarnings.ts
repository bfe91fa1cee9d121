import type { XmlElement } from '../xml/safeXml';
import { VN_BPEL_EXTENSION_NS } from './bpelNames';
import type { BpelTree } from './bpelTree';

/** Something valid in the process that the blueprint cannot hold; the import goes on and says so. */
export interface BpelImportWarning {
  /** Stable code for tests and UI: what kind of construct was not carried over. */
  readonly code: 'activity-not-imported' | 'repetition-not-imported' | 'condition-not-imported' | 'deadline-not-imported' | 'data-not-imported' | 'imports-not-read' | 'extension-not-imported';
  /** 1-based line of the first such construct. */
  readonly line: number | undefined;
  /** A sentence a workflow engineer understands: what was left out, how many times, and what the blueprint keeps instead. */
  readonly message: string;
}

/** Activities without a message: the blueprint records exchanges between roles, so these have no place in it. */
const NON_MESSAGE = ['assign', 'wait', 'throw', 'rethrow', 'exit', 'validate', 'compensate', 'compensateScope', 'opaqueActivity'];

/**
 * Lists what a foreign process holds that the inferred blueprint leaves out or simplifies, one warning
 * per kind of construct (with how many and the first line), in a fixed order. `empty` and
 * documentation are not listed: they carry nothing.
 */
export function importWarnings(tree: BpelTree): BpelImportWarning[] {
  const byName = new Map<string, XmlElement[]>();
  for (const element of tree.elements) {
    const same = byName.get(element.name);
    if (same === undefined) {
      byName.set(element.name, [element]);
    } else {
      same.push(element);
    }
  }
  const all = (...names: string[]): XmlElement[] => names.flatMap((n) => byName.get(n) ?? []).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const warnings: BpelImportWarning[] = [];
  const add = (code: BpelImportWarning['code'], elements: readonly XmlElement[], message: (list: string) => string): void => {
    if (elements.length > 0) {
      warnings.push({ code, line: elements[0].line, message: message(countList(elements)) });
    }
  };

  add('activity-not-imported', all(...NON_MESSAGE), (list) => `Activities without a message are not part of a blueprint and were left out: ${list}.`);
  add(
    'repetition-not-imported',
    all('while', 'repeatUntil', 'forEach'),
    (list) => `Loops (${list}) are not kept: each message inside one is imported once, as optional (repeatUntil: required), not as a repetition.`
  );
  add('condition-not-imported', all('if'), (list) => `Conditions (${list}) are not kept: the messages of each branch are imported as optional.`);
  add('deadline-not-imported', all('onAlarm'), (list) => `Alarms and timeouts (${list}) are not imported as deadlines; set due days on the transactions in the Designer.`);
  add('data-not-imported', all('variable', 'correlationSet'), (list) => `Process data (${list}) is not part of a blueprint and was left out.`);
  add('imports-not-read', all('import'), (list) => `The imported WSDL and schema documents (${list}) were not read: message types and port types are not checked against them.`);
  const foreignExtensions = tree.elements.filter((e) => e.name === 'extensionActivity' && !e.children.some((c) => c.namespace === VN_BPEL_EXTENSION_NS));
  add('extension-not-imported', foreignExtensions, (list) => `Extension activities of other tools (${list}) were left out.`);
  return warnings;
}

/** "2 <assign>, 1 <wait>" in order of first appearance. */
function countList(elements: readonly XmlElement[]): string {
  const counts = new Map<string, number>();
  for (const e of elements) {
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => `${n} <${name}>`).join(', ');
}
