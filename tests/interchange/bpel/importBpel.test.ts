import { readFileSync } from 'fs';
import * as path from 'path';
import { BpelImportError } from '../../../src/interchange';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { exportBpel } from '../../../src/interchange/bpel/exportBpel';
import { importBpel, importBpelWithWarnings } from '../../../src/interchange/bpel/importBpel';
import { richBlueprint } from '../../fixtures/interchange/bpel/richBlueprint';

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, '../../fixtures/interchange/bpel', name), 'utf8');

function importError(xml: string): BpelImportError {
  try {
    importBpel(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(BpelImportError);
    return error as BpelImportError;
  }
  throw new Error('expected a BpelImportError');
}

/** Compact view: "sequence id from->to required [precededBy]". */
function transactionLines(blueprint: Blueprint): string[] {
  return blueprint.transactions.map((t) => `${t.sequence} ${t.id} ${t.from}->${t.to} ${t.required ? 'required' : 'optional'} [${t.precededBy.join(',')}]`);
}

describe('importBpel: lossless round trip of our own export', () => {
  it.each(['abstract', 'executable'] as const)('restores the rich blueprint exactly from the %s profile', (profile) => {
    expect(importBpel(exportBpel(richBlueprint, { profile }).bpel)).toStrictEqual(richBlueprint);
  });

  it('refuses inconsistent extension data with the line of the element', () => {
    const broken = exportBpel(richBlueprint).bpel.replace('vn:kind="tangible"', 'vn:kind="solid"');
    const error = importError(broken);
    expect(error.reason).toBe('invalid-extension');
    expect(error.message).toMatch(/vn:kind="solid" is not one of tangible, intangible/);
  });
});

describe('importBpel: foreign WS-BPEL 2.0 processes', () => {
  it('reads a default-namespace executable process: roles, sides and control-flow precedences', () => {
    const blueprint = importBpel(fixture('defaultNs.bpel'));
    expect(blueprint).toMatchObject({ id: 'quote', name: 'quote', description: 'Quote handling', version: 1, status: 'draft' });
    expect(blueprint.roles).toEqual([
      { id: 'process', name: 'quote', side: 'internal' },
      { id: 'buyer', name: 'buyer', side: 'customer' },
      { id: 'desk', name: 'desk', side: 'internal' },
      { id: 'pricing', name: 'pricing', side: 'partner' }
    ]);
    expect(transactionLines(blueprint)).toEqual([
      '1 rfq buyer->process required []',
      '2 price process->pricing required [rfq]',
      '3 review desk->process required [rfq,price]',
      '4 ack process->buyer required [rfq]',
      '5 discount process->pricing optional [review,ack]',
      '6 onMessage_buyer_accept buyer->process optional [review,ack,discount]',
      '7 confirm process->buyer optional [onMessage_buyer_accept]'
    ]);
    expect(blueprint.transactions.map((t) => t.deliverable)).toEqual(['requestQuote', 'price', 'review', 'acknowledge', 'discount', 'accept', 'accept']);
    expect(blueprint.stages).toEqual([{ id: 'process', name: 'quote', order: 1, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } }]);
  });

  it('reads a prefixed abstract process with an event handler, opaque partner and loops', () => {
    const blueprint = importBpel(fixture('prefixedAbstract.bpel'));
    expect(blueprint.roles).toEqual([
      { id: 'process', name: 'intake', side: 'internal' },
      { id: 'client', name: 'client', side: 'partner' },
      { id: 'opaque', name: 'Opaque partner', side: 'partner' }
    ]);
    expect(transactionLines(blueprint)).toEqual([
      '1 onEvent_client_cancel client->process optional []',
      '2 receive_client_submit client->process required []',
      '3 invoke_opaque_opaque process->opaque optional [receive_client_submit]',
      '4 notify process->client required [receive_client_submit,invoke_opaque_opaque]'
    ]);
    expect(blueprint.transactions[2].deliverable).toBe('opaque');
  });

  it('matches BPEL elements by namespace, never by prefix: unprefixed elements of another namespace are ignored', () => {
    const blueprint = importBpel(fixture('prefixedDecoy.bpel'));
    expect(blueprint.roles.map((r) => `${r.id}:${r.side}`)).toEqual(['process:internal', 'customer:internal']);
    expect(transactionLines(blueprint)).toEqual(['1 receive_customer_order customer->process required []', '2 reply_customer_order process->customer required [receive_customer_order]']);
  });
});

describe('importBpel: refusals', () => {
  it('refuses BPEL4WS 1.1 and says what to do', () => {
    const error = importError('<process name="p" xmlns="http://schemas.xmlsoap.org/ws/2003/03/business-process/"><empty/></process>');
    expect(error.reason).toBe('bpel4ws-1.1');
    expect(error.message).toMatch(/BPEL4WS 1\.1 .*convert the file to WS-BPEL 2\.0/);
  });

  it('reports malformed XML with line and column', () => {
    const error = importError('<process>\n    <empty>\n</process>\n');
    expect([error.reason, error.line, error.column]).toEqual(['malformed-xml', 3, 1]);
  });

  it('refuses a document that is not a BPEL process', () => {
    expect(importError('<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"/>').reason).toBe('not-bpel');
    expect(importError('<process/>').reason).toBe('not-bpel');
  });

  it('refuses an activity naming an undeclared partner link', () => {
    const error = importError(
      '<process xmlns="http://docs.oasis-open.org/wsbpel/2.0/process/abstract">\n<sequence><receive partnerLink="##opaque" operation="start" createInstance="yes"/>\n<invoke partnerLink="ghost" operation="x"/></sequence></process>'
    );
    expect([error.reason, error.line]).toEqual(['invalid-process', 3]);
    expect(error.message).toBe(
      '<invoke> names the partner link "ghost", which neither its scope nor any enclosing scope declares; declare it in the process or an enclosing <scope>, or fix the name. (line 3)'
    );
  });

  it('refuses the 2004/03 WS-BPEL 2.0 draft namespace and says what to change', () => {
    const error = importError('<process name="p" xmlns="http://schemas.xmlsoap.org/ws/2004/03/business-process/"><empty/></process>');
    expect([error.reason, error.line]).toEqual(['bpel-draft', 1]);
    expect(error.message).toBe(
      'This process uses the namespace of the WS-BPEL 2.0 working drafts (http://schemas.xmlsoap.org/ws/2004/03/business-process/), which the final OASIS standard of 2007 replaced. ' +
        'Change the namespace to http://docs.oasis-open.org/wsbpel/2.0/process/executable (or http://docs.oasis-open.org/wsbpel/2.0/process/abstract for an abstract process), ' +
        'rename what the standard renamed (<switch>/<case>/<otherwise> became <if>/<elseif>/<else>, <terminate> became <exit>, <compensate scope="..."> became <compensateScope target="...">), and import it again. (line 1)'
    );
  });

  it.each([
    ['<process xmlns="http://schemas.xmlsoap.org/ws/2002/07/business-process/"/>', 'bpel4ws-1.1', /^This is a BPEL4WS 1\.0 process .* convert the file to WS-BPEL 2\.0/],
    ['<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', 'not-bpel', /^This is a BPMN 2\.0 model .* Export the process from your modeller as WS-BPEL 2\.0, or import a blueprint JSON file\./],
    ['<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"/>', 'not-bpel', /^This is a WSDL file: .* Import the \.bpel file of the process instead\./],
    ['<process name="p"><empty/></process>', 'not-bpel', /^The <process> element has no namespace, .* Add xmlns="http:\/\/docs\.oasis-open\.org\/wsbpel\/2\.0\/process\/executable"/],
    ['<workflow xmlns="urn:other"/>', 'not-bpel', /^The file is not a WS-BPEL 2\.0 process: its root element is <workflow> in namespace urn:other\. Only WS-BPEL 2\.0 processes are imported: /]
  ])('names a foreign document and what to do: %s', (xml, reason, message) => {
    const error = importError(xml);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});

describe('importBpel: declarations in scopes', () => {
  const scoped = (inner: string): string =>
    [
      '<process name="quote" targetNamespace="urn:q" xmlns="http://docs.oasis-open.org/wsbpel/2.0/process/executable" xmlns:tns="urn:q">',
      '<partnerLinks><partnerLink name="buyer" partnerLinkType="tns:buyerLT" myRole="seller"/></partnerLinks>',
      '<variables><variable name="rfq" messageType="tns:rfq"/></variables>',
      '<sequence>',
      '<receive name="request" partnerLink="buyer" operation="request" variable="rfq" createInstance="yes"/>',
      inner,
      '</sequence>',
      '</process>'
    ].join('\n');

  it('resolves a partner link, variable and correlation set declared in a scope', () => {
    const blueprint = importBpel(
      scoped(
        '<scope name="pricing"><partnerLinks><partnerLink name="desk" partnerLinkType="tns:deskLT" partnerRole="pricer"/></partnerLinks>' +
          '<variables><variable name="price" messageType="tns:price"/></variables>' +
          '<correlationSets><correlationSet name="quoteId" properties="tns:id"/></correlationSets>' +
          '<sequence><invoke name="ask" partnerLink="desk" operation="price" inputVariable="rfq" outputVariable="price"><correlations><correlation set="quoteId" initiate="yes" pattern="request-response"/></correlations></invoke>' +
          '<reply name="answer" partnerLink="buyer" operation="request" variable="price"/></sequence></scope>'
      )
    );
    expect(blueprint.roles).toEqual([
      { id: 'process', name: 'quote', side: 'internal' },
      { id: 'buyer', name: 'buyer', side: 'internal' },
      { id: 'desk', name: 'desk', side: 'partner' }
    ]);
    expect(transactionLines(blueprint)).toEqual(['1 request buyer->process required []', '2 ask process->desk required [request]', '3 answer process->buyer required [ask]']);
  });

  it('keeps two scopes that declare the same partner link name apart, each activity with its nearest declaration', () => {
    const blueprint = importBpel(
      scoped(
        '<flow><scope name="a"><partnerLinks><partnerLink name="bank" partnerLinkType="tns:bankLT" partnerRole="lender"/></partnerLinks>' +
          '<invoke name="askA" partnerLink="bank" operation="loan" inputVariable="rfq"/></scope>' +
          '<scope name="b"><partnerLinks><partnerLink name="bank" partnerLinkType="tns:bankLT" partnerRole="lender"/></partnerLinks>' +
          '<invoke name="askB" partnerLink="bank" operation="loan" inputVariable="rfq"/></scope></flow>'
      )
    );
    expect(blueprint.roles.map((r) => `${r.id}:${r.name}`)).toEqual(['process:quote', 'buyer:buyer', 'bank:bank', 'bank_2:bank']);
    expect(transactionLines(blueprint)).toEqual(['1 request buyer->process required []', '2 askA process->bank required [request]', '3 askB process->bank_2 required [request]']);
  });

  it('does not resolve a scope\'s partner link outside that scope', () => {
    const error = importError(
      scoped('<scope name="a"><partnerLinks><partnerLink name="bank" partnerLinkType="tns:bankLT" partnerRole="lender"/></partnerLinks><empty/></scope>\n<invoke partnerLink="bank" operation="loan" inputVariable="rfq"/>')
    );
    expect([error.reason, error.line]).toEqual(['invalid-process', 7]);
  });
});

describe('importBpelWithWarnings: valid constructs the blueprint cannot hold', () => {
  it('warns once per kind, with counts and the first line', () => {
    expect(importBpelWithWarnings(fixture('prefixedAbstract.bpel')).warnings).toEqual([
      { code: 'activity-not-imported', line: 15, message: 'Activities without a message are not part of a blueprint and were left out: 1 <opaqueActivity>.' },
      {
        code: 'repetition-not-imported',
        line: 16,
        message: 'Loops (1 <while>, 1 <repeatUntil>) are not kept: each message inside one is imported once, as optional (repeatUntil: required), not as a repetition.'
      }
    ]);
    expect(importBpelWithWarnings(fixture('defaultNs.bpel')).warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['condition-not-imported@29', 'deadline-not-imported@37']);
  });

  it('has no warnings for our own export, which is restored exactly', () => {
    expect(importBpelWithWarnings(exportBpel(richBlueprint, { profile: 'executable' }).bpel).warnings).toEqual([]);
  });
});
