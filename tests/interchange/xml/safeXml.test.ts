import { MalformedXmlError, XmlSecurityError } from '../../../src/interchange';
import { parseXmlSafely, XmlElement } from '../../../src/interchange/xml/safeXml';

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function securityReason(xml: string, options?: { maxBytes?: number; maxDepth?: number }): string {
  const error = catchError(() => parseXmlSafely(xml, options));
  expect(error).toBeInstanceOf(XmlSecurityError);
  return (error as XmlSecurityError).reason;
}

describe('parseXmlSafely: tree shape', () => {
  it('returns names, attributes, text and lines of a plain document', () => {
    const root = parseXmlSafely('<?xml version="1.0"?>\n<log a="1 &amp; 2">\n  <e>x &lt; y<![CDATA[<raw>&amp;]]></e><!-- note --><f/>\n</log>');
    const expected: XmlElement = {
      name: 'log',
      namespace: undefined,
      attributes: { a: '1 & 2' },
      line: 2,
      text: '\n  \n',
      children: [
        { name: 'e', namespace: undefined, attributes: {}, children: [], text: 'x < y<raw>&amp;', line: 3 },
        { name: 'f', namespace: undefined, attributes: {}, children: [], text: '', line: 3 }
      ]
    };
    expect(root).toEqual(expected);
  });

  it('decodes character references and normalises attribute whitespace', () => {
    const root = parseXmlSafely('<r v="a\tb&#10;c" w="&#x41;&#66;"/>');
    expect(root.attributes).toEqual({ v: 'a b\nc', w: 'AB' });
  });

  it('decodes in one pass, so &amp;lt; stays the text "&lt;"', () => {
    expect(parseXmlSafely('<r>&amp;lt;</r>').text).toBe('&lt;');
  });

  it('ignores a byte-order mark', () => {
    expect(parseXmlSafely('\ufeff<r/>').name).toBe('r');
  });
});

describe('parseXmlSafely: namespaces', () => {
  it('resolves a default namespace on the root and its children', () => {
    const root = parseXmlSafely('<process xmlns="urn:a"><sequence/></process>');
    expect([root.namespace, root.children[0].namespace]).toEqual(['urn:a', 'urn:a']);
  });

  it('resolves prefixed names by URI, not by prefix', () => {
    const root = parseXmlSafely('<b:process xmlns:b="urn:a"><b:sequence/><c:x xmlns:c="urn:a"/></b:process>');
    expect(root).toMatchObject({ name: 'process', namespace: 'urn:a' });
    expect(root.children.map((c) => [c.name, c.namespace])).toEqual([
      ['sequence', 'urn:a'],
      ['x', 'urn:a']
    ]);
  });

  it('lets a child re-declare a prefix and the default namespace, scoped to that child', () => {
    const root = parseXmlSafely(
      '<p:a xmlns:p="urn:one" xmlns="urn:d"><p:b xmlns:p="urn:two" xmlns=""><p:c/><plain/></p:b><p:d/><plain/></p:a>'
    );
    const b = root.children[0];
    expect([b.namespace, b.children[0].namespace, b.children[1].namespace]).toEqual(['urn:two', 'urn:two', undefined]);
    expect([root.children[1].namespace, root.children[2].namespace]).toEqual(['urn:one', 'urn:d']);
  });

  it('puts unprefixed attributes in no namespace and prefixed ones under {uri}local; drops xmlns declarations', () => {
    const root = parseXmlSafely('<r xmlns="urn:d" xmlns:v="urn:vn" name="n" v:seq="3" xml:lang="en"/>');
    expect(root.attributes).toEqual({
      name: 'n',
      '{urn:vn}seq': '3',
      '{http://www.w3.org/XML/1998/namespace}lang': 'en'
    });
  });

  it('refuses an undeclared element prefix with its line and column', () => {
    const error = catchError(() => parseXmlSafely('<r>\n  <q:x/>\n</r>'));
    expect(error).toBeInstanceOf(MalformedXmlError);
    expect([(error as MalformedXmlError).line, (error as MalformedXmlError).column]).toEqual([2, 3]);
  });

  it('refuses an undeclared attribute prefix and a duplicate attribute after resolution', () => {
    expect(catchError(() => parseXmlSafely('<r q:a="1"/>'))).toBeInstanceOf(MalformedXmlError);
    const duplicate = catchError(() => parseXmlSafely('<r xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2"/>'));
    expect((duplicate as MalformedXmlError).detail).toBe('the attribute {urn:x}k appears twice on <r>');
  });
});

describe('parseXmlSafely: refusals', () => {
  it('refuses any DOCTYPE, even a harmless one', () => {
    expect(securityReason('<!DOCTYPE r><r/>')).toBe('doctype');
  });

  it('refuses an ENTITY declaration outside a DOCTYPE', () => {
    expect(securityReason('<r><!ENTITY a "b"></r>')).toBe('entity-declaration');
  });

  it('does not mistake DOCTYPE text inside a comment or CDATA for a declaration', () => {
    expect(parseXmlSafely('<r><!-- <!DOCTYPE x> --><![CDATA[<!ENTITY y>]]></r>').text).toBe('<!ENTITY y>');
  });

  it('refuses nesting deeper than maxDepth and accepts exactly maxDepth', () => {
    const nested = (depth: number): string => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(securityReason(nested(4), { maxDepth: 3 })).toBe('too-deep');
    let depth = 0;
    for (let e: XmlElement | undefined = parseXmlSafely(nested(3), { maxDepth: 3 }); e; e = e.children[0]) {
      depth++;
    }
    expect(depth).toBe(3);
  });

  it('refuses input over maxBytes counting UTF-8 bytes, not characters', () => {
    // "é" is 2 bytes in UTF-8: 7 characters, 8 bytes.
    expect(securityReason('<r>é</r>', { maxBytes: 7 })).toBe('too-large');
    expect(parseXmlSafely('<r>é</r>', { maxBytes: 9 }).text).toBe('é');
  });

  it('refuses binary input and non-strings', () => {
    expect(securityReason('<r>\u0000</r>')).toBe('binary-input');
    expect(securityReason(new Uint8Array([60, 114, 47, 62]) as unknown as string)).toBe('binary-input');
  });

  it('reports malformed XML with the validator line and column', () => {
    const error = catchError(() => parseXmlSafely('<a>\n<b></a>'));
    expect(error).toBeInstanceOf(MalformedXmlError);
    expect([(error as MalformedXmlError).line, (error as MalformedXmlError).column]).toEqual([2, 4]);
  });

  it('refuses an undeclared entity reference as malformed', () => {
    const error = catchError(() => parseXmlSafely('<r>\n &nbsp;</r>'));
    expect((error as MalformedXmlError).detail).toBe('the entity "&nbsp;" is not declared (only &lt; &gt; &amp; &quot; &apos; are allowed)');
  });

  it('refuses a character reference to a forbidden character', () => {
    expect(catchError(() => parseXmlSafely('<r>&#0;</r>'))).toBeInstanceOf(MalformedXmlError);
  });
});

describe('parseXmlSafely: keepNamespaces (for QName-valued attributes)', () => {
  const xml = '<a xmlns="urn:d" xmlns:p="urn:p"><b xmlns:p="urn:q"/><c/></a>';

  it('attaches the declarations in scope to each element, redeclarations included', () => {
    const root = parseXmlSafely(xml, { keepNamespaces: true });
    const scopes = [root, ...root.children].map((e) => [e.namespaces?.get(''), e.namespaces?.get('p'), e.namespaces?.get('xml')]);
    expect(scopes).toEqual([
      ['urn:d', 'urn:p', 'http://www.w3.org/XML/1998/namespace'],
      ['urn:d', 'urn:q', 'http://www.w3.org/XML/1998/namespace'],
      ['urn:d', 'urn:p', 'http://www.w3.org/XML/1998/namespace']
    ]);
  });

  it('leaves them out by default, so trees stay plain serialisable data', () => {
    const root = parseXmlSafely(xml);
    expect([root, ...root.children].map((e) => 'namespaces' in e)).toEqual([false, false, false]);
  });
});
