import type { BpelProblem } from '../../errors';
import type { XmlElement } from '../../xml/safeXml';

export function problem(rule: string | undefined, element: XmlElement, message: string): BpelProblem {
  return { rule, line: element.line, message };
}

/** How a sentence names a process or scope: `The process "p"`, `The scope "s"`, `An unnamed scope`. */
export function where(scopeLike: XmlElement): string {
  const name = scopeLike.attributes.name;
  return name === undefined ? `An unnamed ${scopeLike.name}` : `The ${scopeLike.name} "${name}"`;
}
