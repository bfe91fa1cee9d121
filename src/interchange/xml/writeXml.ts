import { escapeXmlAttribute, escapeXmlText } from './xmlText';

/** An element to write. Attribute order is kept; `undefined` values are left out. */
export interface XmlNodeToWrite {
  /** Qualified name as it should appear, e.g. `bpel:process` or `process`. */
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly children?: readonly XmlNodeToWrite[];
  /** Text content; written escaped, only when the element has no children. */
  readonly text?: string;
}

/**
 * Serialises an element tree as an indented UTF-8 XML document with an XML declaration.
 * Every attribute value and text is escaped, so names such as `<script>` travel as inert text.
 *
 * @param root - the document element.
 * @returns the document text, ending with a line feed.
 */
export function writeXml(root: XmlNodeToWrite): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeNode(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function writeNode(node: XmlNodeToWrite, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${node.name}${formatAttributes(node.attributes)}`;
  const children = node.children ?? [];
  if (children.length > 0) {
    lines.push(`${open}>`);
    for (const child of children) {
      writeNode(child, depth + 1, lines);
    }
    lines.push(`${indent}</${node.name}>`);
  } else if (node.text !== undefined && node.text !== '') {
    lines.push(`${open}>${escapeXmlText(node.text)}</${node.name}>`);
  } else {
    lines.push(`${open}/>`);
  }
}

function formatAttributes(attributes: XmlNodeToWrite['attributes']): string {
  if (attributes === undefined) {
    return '';
  }
  let out = '';
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value !== undefined) {
      out += ` ${key}="${escapeXmlAttribute(String(value))}"`;
    }
  }
  return out;
}
