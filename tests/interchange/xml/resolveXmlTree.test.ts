import { MalformedXmlError } from '../../../src/interchange';
import { parseXmlSafely, type XmlElement } from '../../../src/interchange/xml/safeXml';

function lines(element: XmlElement): unknown[] {
  return [element.name, element.line, element.children.map(lines)];
}

describe('resolveXmlTree line numbers', () => {
  it('gives every element the line of its start tag, counting once through the document', () => {
    const root = parseXmlSafely('<r>\n  <a><b/>\n\n<c>\n</c></a><d\n/>\n</r>');
    expect(lines(root)).toEqual(['r', 1, [['a', 2, [['b', 2, []], ['c', 4, []]]], ['d', 5, []]]]);
  });

  it('reports a namespace error late in a document at its line and column', () => {
    const text = `<r xmlns:p="urn:p">\n${'  <p:e k="v"/>\n'.repeat(3)}  <e/><q:e/>\n</r>`;
    let error: unknown;
    try {
      parseXmlSafely(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MalformedXmlError);
    // Line 5 is "  <e/><q:e/>": two spaces, five characters of <e/>, so <q:e> starts at column 7.
    expect([(error as MalformedXmlError).line, (error as MalformedXmlError).column, (error as MalformedXmlError).detail]).toEqual([
      5,
      7,
      'the prefix "q" of <q:e> is not declared'
    ]);
  });

  it('resolves repeated names and attribute keys the same way every time', () => {
    const root = parseXmlSafely('<r xmlns:p="urn:p"><p:e p:k="1" k="2"/><p:e p:k="3"/><e xmlns:p="urn:other" p:k="4"/></r>');
    expect(root.children.map((c) => [c.name, c.namespace, c.attributes])).toEqual([
      ['e', 'urn:p', { '{urn:p}k': '1', k: '2' }],
      ['e', 'urn:p', { '{urn:p}k': '3' }],
      ['e', undefined, { '{urn:other}k': '4' }]
    ]);
  });
});
