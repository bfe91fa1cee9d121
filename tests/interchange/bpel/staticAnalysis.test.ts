import { BpelImportError, BpelStaticAnalysisError } from '../../../src/interchange';
import { importBpel } from '../../../src/interchange/bpel/importBpel';

const EXECUTABLE = 'http://docs.oasis-open.org/wsbpel/2.0/process/executable';

/**
 * A small executable process around `body`, which starts on line 6 + head.length:
 *   1 <process>, [head], 2 partner link `client` (myRole only), 3 variable `msg` (messageType),
 *   4 <sequence>, 5 the start receive, 6... body, then </sequence></process>.
 */
function proc(body: readonly string[], head: readonly string[] = []): string {
  return [
    `<process name="t" targetNamespace="urn:t" xmlns="${EXECUTABLE}" xmlns:tns="urn:t">`,
    ...head,
    '<partnerLinks><partnerLink name="client" partnerLinkType="tns:lt" myRole="service"/></partnerLinks>',
    '<variables><variable name="msg" messageType="tns:m"/></variables>',
    '<sequence>',
    '<receive partnerLink="client" operation="start" variable="msg" createInstance="yes"/>',
    ...body,
    '</sequence>',
    '</process>'
  ].join('\n');
}

function refusal(xml: string): BpelImportError {
  try {
    importBpel(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(BpelImportError);
    return error as BpelImportError;
  }
  throw new Error('expected a BpelImportError');
}

const onEvent = (attributes: string, inner = ''): string[] => ['<scope>', '<eventHandlers>', `<onEvent ${attributes}>${inner}<scope><empty/></scope></onEvent>`, '</eventHandlers><empty/></scope>'];
const flowOf = (...lines: string[]): string[] => ['<flow><links><link name="a"/></links>', ...lines, '</flow>'];
const forEach = (start: string, final: string, ...rest: string[]): string[] => [
  '<forEach counterName="i" parallel="no">',
  `<startCounterValue>${start}</startCounterValue>`,
  `<finalCounterValue>${final}</finalCounterValue>`,
  ...(rest.length > 0 ? rest : ['<scope><empty/></scope>']),
  '</forEach>'
];
const scopeWith = (...lines: string[]): string[] => ['<scope name="s">', ...lines, '<empty/></scope>'];

/** [rule, line of the offending element, process]: one hand-made violation per rule. */
const CASES: ReadonlyArray<readonly [string, number, string]> = [
  ['SA00003', 8, proc(['<scope exitOnStandardFault="yes" xmlns:bpel="http://docs.oasis-open.org/wsbpel/2.0/process/executable">', '<faultHandlers>', '<catch faultName="bpel:selectionFailure"><empty/></catch>', '</faultHandlers><empty/></scope>'])],
  ['SA00006', 6, proc(['<rethrow/>'])],
  ['SA00007', 6, proc(['<compensateScope target="s"/>'])],
  ['SA00008', 6, proc(['<compensate/>'])],
  ['SA00009', 3, proc([], ['<extensions>', '<extension namespace="urn:other-engine" mustUnderstand="yes"/>', '</extensions>'])],
  ['SA00015', 1, `<process name="t" targetNamespace="urn:t" xmlns="${EXECUTABLE}">\n<empty/>\n</process>`],
  ['SA00016', 8, proc(scopeWith('<partnerLinks>', '<partnerLink name="p" partnerLinkType="tns:lt"/>', '</partnerLinks>'))],
  ['SA00017', 8, proc(scopeWith('<partnerLinks>', '<partnerLink name="p" partnerLinkType="tns:lt" myRole="r" initializePartnerRole="yes"/>', '</partnerLinks>'))],
  ['SA00018', 9, proc(scopeWith('<partnerLinks>', '<partnerLink name="p" partnerLinkType="tns:lt" myRole="r"/>', '<partnerLink name="p" partnerLinkType="tns:lt" myRole="r"/>', '</partnerLinks>'))],
  ['SA00023', 9, proc(scopeWith('<variables>', '<variable name="v" type="xsd:string"/>', '<variable name="v" type="xsd:int"/>', '</variables>'))],
  ['SA00024', 8, proc(scopeWith('<variables>', '<variable name="order.total" type="xsd:decimal"/>', '</variables>'))],
  ['SA00025', 8, proc(scopeWith('<variables>', '<variable name="v" type="xsd:string" element="tns:e"/>', '</variables>'))],
  ['SA00025', 8, proc(scopeWith('<variables>', '<variable name="untyped"/>', '</variables>'))],
  ['SA00028', 9, proc(flowOf('<empty><sources><source linkName="a"/></sources></empty>', '<empty><targets>', "<joinCondition>bpel:getVariableProperty('msg', 'tns:p')</joinCondition>", '<target linkName="a"/></targets></empty>'))],
  ['SA00030', 7, proc(['<assign><copy>', "<from>bpel:getVariableProperty($name, 'tns:p')</from>", '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00031', 7, proc(['<assign><copy>', "<from>bpel:getVariableProperty('msg', 'not a name')</from>", '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00032', 7, proc(['<assign><copy>', '<from variable="msg" partnerLink="client"/>', '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00033', 7, proc(['<assign><copy><from>1</from>', '<to>count + 1</to>', '</copy></assign>'])],
  ['SA00034', 8, proc(['<scope><variables><variable name="n" type="xsd:int"/></variables>', '<assign><copy><from>1</from>', '<to variable="n" part="p"/>', '</copy></assign></scope>'])],
  ['SA00035', 8, proc(['<scope><partnerLinks><partnerLink name="q" partnerLinkType="tns:lt" partnerRole="r"/></partnerLinks>', '<assign><copy>', '<from partnerLink="q" endpointReference="myRole"/>', '<to variable="msg" part="p"/></copy></assign></scope>'])],
  ['SA00036', 7, proc(['<assign><copy>', '<from partnerLink="client" endpointReference="partnerRole"/>', '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00037', 7, proc(['<assign><copy><from variable="msg" part="p"/>', '<to partnerLink="client"/>', '</copy></assign>'])],
  ['SA00038', 7, proc(['<assign><copy>', '<from><literal><a/><b/></literal></from>', '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00039', 7, proc(['<assign><copy>', '<from>bpel:doXslTransform($sheet, $msg.p)</from>', '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00040', 7, proc(['<assign><copy>', "<from>bpel:doXslTransform('urn:x.xsl', $msg.p, 'tns:rate')</from>", '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00041', 7, proc(['<assign><copy>', "<from>bpel:doXslTransform('urn:x.xsl', $msg.p, concat('a', 'b'), 1)</from>", '<to variable="msg" part="p"/></copy></assign>'])],
  ['SA00043', 8, proc(['<scope><variables><variable name="other" messageType="tns:other"/></variables>', '<assign><copy>', '<from variable="msg"/>', '<to variable="other"/></copy></assign></scope>'])],
  ['SA00044', 9, proc(scopeWith('<correlationSets>', '<correlationSet name="order" properties="tns:id"/>', '<correlationSet name="order" properties="tns:id"/>', '</correlationSets>'))],
  ['SA00051', 6, proc(['<invoke partnerLink="client" operation="o" inputVariable="msg">', '<toParts><toPart part="p" fromVariable="msg"/></toParts></invoke>'])],
  ['SA00052', 6, proc(['<invoke partnerLink="client" operation="o" inputVariable="msg" outputVariable="msg">', '<fromParts><fromPart part="p" toVariable="msg"/></fromParts></invoke>'])],
  ['SA00055', 6, proc(['<receive partnerLink="client" operation="more" variable="msg">', '<fromParts><fromPart part="p" toVariable="msg"/></fromParts></receive>'])],
  ['SA00056', 5, proc([]).replace('<receive partnerLink="client" operation="start"', '<assign><copy><from>1</from><to variable="msg" part="p"/></copy></assign>\n<receive partnerLink="client" operation="start"')],
  [
    'SA00057',
    7,
    [
      `<process name="t" targetNamespace="urn:t" xmlns="${EXECUTABLE}" xmlns:tns="urn:t">`,
      '<partnerLinks><partnerLink name="client" partnerLinkType="tns:lt" myRole="service"/></partnerLinks>',
      '<variables><variable name="msg" messageType="tns:m"/></variables>',
      '<correlationSets><correlationSet name="c1" properties="tns:p"/><correlationSet name="c2" properties="tns:p"/></correlationSets>',
      '<flow>',
      '<receive partnerLink="client" operation="a" variable="msg" createInstance="yes"><correlations><correlation set="c1" initiate="join"/></correlations></receive>',
      '<receive partnerLink="client" operation="b" variable="msg" createInstance="yes"><correlations><correlation set="c2" initiate="join"/></correlations></receive>',
      '</flow></process>'
    ].join('\n')
  ],
  ['SA00059', 6, proc(['<reply partnerLink="client" operation="start" variable="msg">', '<toParts><toPart part="p" fromVariable="msg"/></toParts></reply>'])],
  ['SA00061', 6, proc(['<reply partnerLink="client" operation="start" variable="msg" messageExchange="ghost"/>'])],
  ['SA00062', 7, proc(['<pick createInstance="yes"><onMessage partnerLink="client" operation="x" variable="msg"><empty/></onMessage>', "<onAlarm><for>'PT1S'</for><empty/></onAlarm></pick>"])],
  ['SA00063', 7, proc(['<pick>', '<onMessage partnerLink="client" operation="x" variable="msg"><fromParts><fromPart part="p" toVariable="msg"/></fromParts><empty/></onMessage></pick>'])],
  ['SA00064', 8, proc(['<flow><links>', '<link name="l"/>', '<link name="l"/>', '</links><empty><sources><source linkName="l"/></sources></empty><empty><targets><target linkName="l"/></targets></empty></flow>'])],
  ['SA00065', 7, proc(['<empty>', '<targets><target linkName="nowhere"/></targets></empty>'])],
  ['SA00066', 7, proc(['<flow><links>', '<link name="l"/>', '</links><empty/></flow>'])],
  [
    'SA00067',
    8,
    proc(['<flow><links>', '<link name="a"/>', '<link name="b"/>', '</links><empty name="x"><sources><source linkName="a"/><source linkName="b"/></sources></empty>', '<empty name="y"><targets><target linkName="a"/><target linkName="b"/></targets></empty></flow>'])
  ],
  ['SA00068', 8, proc(flowOf('<empty><sources><source linkName="a"/>', '<source linkName="a"/></sources></empty>', '<empty><targets><target linkName="a"/></targets></empty>'))],
  ['SA00069', 9, proc(flowOf('<empty><sources><source linkName="a"/></sources></empty>', '<empty><targets><target linkName="a"/>', '<target linkName="a"/></targets></empty>'))],
  ['SA00070', 9, proc(flowOf('<empty><sources><source linkName="a"/></sources></empty>', '<while><condition>true()</condition>', '<empty><targets><target linkName="a"/></targets></empty></while>'))],
  ['SA00071', 9, proc(flowOf('<empty><sources><source linkName="a"/></sources></empty>', '<scope><faultHandlers><catchAll>', '<empty><targets><target linkName="a"/></targets></empty>', '</catchAll></faultHandlers><empty/></scope>'))],
  [
    'SA00071',
    8,
    proc(['<flow><links><link name="a"/></links>', '<scope><faultHandlers><catchAll>', '<empty><sources><source linkName="a"/></sources></empty>', '</catchAll></faultHandlers>', '<empty><targets><target linkName="a"/></targets></empty></scope></flow>'])
  ],
  [
    'SA00072',
    7,
    proc([
      '<flow><links>',
      '<link name="a"/>',
      '<link name="b"/></links>',
      '<empty name="x"><targets><target linkName="b"/></targets><sources><source linkName="a"/></sources></empty>',
      '<empty name="y"><targets><target linkName="a"/></targets><sources><source linkName="b"/></sources></empty></flow>'
    ])
  ],
  ['SA00073', 9, proc(flowOf('<empty><sources><source linkName="a"/></sources></empty>', '<empty><targets>', '<joinCondition>$a and $b</joinCondition>', '<target linkName="a"/></targets></empty>'))],
  ['SA00074', 7, proc(forEach('-1', '3'))],
  ['SA00075', 9, proc(forEach('1', '3', '<completionCondition><branches>5</branches></completionCondition>', '<scope><empty/></scope>'))],
  ['SA00076', 9, proc(forEach('1', '3', '<scope><variables><variable name="i" type="xsd:int"/></variables><empty/></scope>'))],
  ['SA00077', 7, proc(['<scope name="outer"><faultHandlers><catchAll>', '<compensateScope target="ghost"/>', '</catchAll></faultHandlers><scope name="inner"><empty/></scope></scope>'])],
  ['SA00078', 7, proc(['<scope name="outer"><faultHandlers><catchAll>', '<compensateScope target="call"/>', '</catchAll></faultHandlers><invoke name="call" partnerLink="client" operation="o" inputVariable="msg"/></scope>'])],
  ['SA00079', 8, proc(['<scope><faultHandlers><catchAll>', '<scope name="inner">', '<compensationHandler><empty/></compensationHandler>', '<empty/></scope></catchAll></faultHandlers><empty/></scope>'])],
  ['SA00080', 7, proc(['<scope>', '<faultHandlers/>', '<empty/></scope>'])],
  ['SA00081', 7, proc(['<scope>', '<faultHandlers><catch faultName="tns:f" faultVariable="fv"><empty/></catch></faultHandlers>', '<empty/></scope>'])],
  ['SA00083', 7, proc(['<scope>', '<eventHandlers/>', '<empty/></scope>'])],
  ['SA00084', 8, proc(onEvent('partnerLink="ghost" operation="e" messageType="tns:m" variable="ev"'))],
  ['SA00085', 8, proc(onEvent('partnerLink="client" operation="e" messageType="tns:m" variable="ev"', '<fromParts><fromPart part="p" toVariable="x"/></fromParts>'))],
  [
    'SA00086',
    9,
    proc(['<scope>', '<eventHandlers>', '<onEvent partnerLink="client" operation="e" messageType="tns:m" variable="ev"><scope>', '<variables><variable name="ev" messageType="tns:m"/></variables><empty/></scope></onEvent>', '</eventHandlers><empty/></scope>'])
  ],
  [
    'SA00088',
    9,
    proc(['<scope>', '<eventHandlers>', '<onEvent partnerLink="client" operation="e" messageType="tns:m" variable="ev">', '<correlations><correlation set="ghost"/></correlations><scope><empty/></scope></onEvent>', '</eventHandlers><empty/></scope>'])
  ],
  ['SA00089', 8, proc(onEvent('partnerLink="client" operation="e" messageType="tns:m" variable="ev" messageExchange="ghost"'))],
  ['SA00090', 8, proc(onEvent('partnerLink="client" operation="e" variable="ev"'))],
  ['SA00091', 7, proc(['<scope isolated="yes">', '<scope isolated="yes"><empty/></scope></scope>'])],
  ['SA00092', 8, proc(['<scope name="outer"><flow>', '<scope name="twin"><empty/></scope>', '<scope name="twin"><empty/></scope></flow></scope>'])],
  ['SA00093', 8, proc(['<scope><faultHandlers>', '<catch faultName="tns:f"><empty/></catch>', '<catch faultName="tns:f"><empty/></catch></faultHandlers><empty/></scope>'])]
];

describe('importBpel: WS-BPEL 2.0 static analysis', () => {
  it.each(CASES)('refuses a process breaking %s, at line %d', (rule, line, xml) => {
    const error = refusal(xml);
    expect(error).toBeInstanceOf(BpelStaticAnalysisError);
    const analysis = error as BpelStaticAnalysisError;
    expect([analysis.reason, analysis.rule, analysis.line, analysis.problems.length]).toEqual(['static-analysis', rule, line, 1]);
    expect(analysis.message.startsWith(`WS-BPEL 2.0 rule ${rule}: `)).toBe(true);
    expect(analysis.message.endsWith(`(line ${line})`)).toBe(true);
  });

  it('accepts the skeleton the cases are built on (every refusal comes from the violation alone)', () => {
    expect(importBpel(proc(['<empty/>'])).transactions.map((t) => t.id)).toEqual(['receive_client_start']);
  });

  it('explains the problem in words a workflow engineer understands', () => {
    expect(refusal(CASES.find(([rule]) => rule === 'SA00018')?.[2] ?? '').message).toBe(
      'WS-BPEL 2.0 rule SA00018: The scope "s" declares the partner link "p" twice (lines 8 and 9); give each its own name. (line 9)'
    );
    expect(refusal(CASES.find(([rule]) => rule === 'SA00072')?.[2] ?? '').message).toBe(
      'WS-BPEL 2.0 rule SA00072: The link "a" makes a cycle: its target <empty name="y"> must already have run before its source <empty name="x"> can finish, ' +
        'so neither can ever start; remove or reverse a link of the cycle. (line 7)'
    );
  });

  it('refuses a link back to an earlier step of a sequence, which would silently lose the receive-before-reply order', () => {
    const error = refusal(
      proc(['<flow><links><link name="back"/></links>', '<sequence>', '<reply name="answer" partnerLink="client" operation="start" variable="msg"><targets><target linkName="back"/></targets></reply>', '<empty name="later"><sources><source linkName="back"/></sources></empty>', '</sequence></flow>'])
    ) as BpelStaticAnalysisError;
    expect([error.rule, error.line]).toEqual(['SA00072', 6]);
  });

  it('applies exitOnStandardFault as inherited from the nearest scope that sets it, and resolves the fault name by namespace', () => {
    const nested = (inner: string, fault: string): string =>
      proc(['<scope exitOnStandardFault="yes">', `<scope${inner}>`, `<faultHandlers><catch faultName="${fault}"><empty/></catch></faultHandlers>`, '<empty/></scope></scope>']);
    // Unprefixed: the default namespace of the test process is the WS-BPEL one, so this is bpel:joinFailure.
    const inherited = refusal(nested('', 'joinFailure')) as BpelStaticAnalysisError;
    expect([inherited.rule, inherited.line]).toEqual(['SA00003', 8]);
    expect(importBpel(nested(' exitOnStandardFault="no"', 'joinFailure')).roles).toHaveLength(2);
    expect(importBpel(nested('', 'tns:joinFailure')).roles).toHaveLength(2);
  });

  it('lets flow branches each start with a start activity, but not run anything else beside one (SA00056)', () => {
    const flow = (second: string): string =>
      [
        `<process name="t" targetNamespace="urn:t" xmlns="${EXECUTABLE}" xmlns:tns="urn:t">`,
        '<partnerLinks><partnerLink name="client" partnerLinkType="tns:lt" myRole="service"/></partnerLinks>',
        '<variables><variable name="msg" messageType="tns:m"/></variables>',
        '<flow>',
        '<sequence><receive partnerLink="client" operation="a" variable="msg" createInstance="yes"/><reply partnerLink="client" operation="a" variable="msg"/></sequence>',
        `<sequence>${second}<reply partnerLink="client" operation="b" variable="msg"/></sequence>`,
        '</flow></process>'
      ].join('\n');
    expect(importBpel(flow('<receive partnerLink="client" operation="b" variable="msg" createInstance="yes"/>')).transactions).toHaveLength(4);
    const beside = refusal(flow('<wait><for>\'PT1S\'</for></wait>')) as BpelStaticAnalysisError;
    expect([beside.rule, beside.line]).toEqual(['SA00056', 6]);
  });

  it('accepts WS-BPEL functions called with literal arguments, nested calls and quoted commas included', () => {
    const copy = (expression: string): string => proc(['<assign><copy>', `<from>${expression}</from>`, '<to variable="msg" part="p"/></copy></assign>']);
    expect(importBpel(copy("concat(bpel:getVariableProperty('msg', 'tns:p'), ',')")).transactions).toHaveLength(1);
    expect(importBpel(copy("bpel:doXslTransform('urn:x.xsl', $msg.p, 'tns:rate', number(concat('1', ',5')), 'tns:b', $msg.q)")).transactions).toHaveLength(1);
  });

  it('compares message types by namespace, not by prefix, when a whole message is copied', () => {
    const copy = (type: string): string =>
      proc(['<scope xmlns:m="urn:t"><variables>', `<variable name="other" messageType="${type}"/></variables>`, '<assign><copy><from variable="msg"/><to variable="other"/></copy></assign></scope>']);
    expect(importBpel(copy('m:m')).transactions).toHaveLength(1);
    expect((refusal(copy('m:other')) as BpelStaticAnalysisError).rule).toBe('SA00043');
  });

  it('checks a flow of 3,000 chained links in near-linear time (quadratic checks took minutes)', () => {
    const n = 3000;
    const links = Array.from({ length: n }, (_, i) => `<link name="l${i}"/>`).join('');
    const chain = Array.from(
      { length: n + 1 },
      (_, i) => `<empty name="e${i}">${i > 0 ? `<targets><target linkName="l${i - 1}"/></targets>` : ''}${i < n ? `<sources><source linkName="l${i}"/></sources>` : ''}</empty>`
    );
    const started = Date.now();
    expect(importBpel(proc([`<flow><links>${links}</links>`, ...chain, '</flow>'])).transactions).toHaveLength(1);
    // Generous: about 2 s here on a shared machine; the per-link reachability this replaced needed over a minute.
    expect(Date.now() - started).toBeLessThan(20000);
  });

  it('lists every problem, in document order, and names the first in the message', () => {
    const error = refusal(proc(['<rethrow/>', '<compensate/>', '<scope><faultHandlers/><empty/></scope>'])) as BpelStaticAnalysisError;
    expect(error.problems.map((p) => `${p.rule}@${p.line}`)).toEqual(['SA00006@6', 'SA00008@7', 'SA00080@8']);
    expect(error.message).toBe(
      'WS-BPEL 2.0 rule SA00006: <rethrow> is outside a fault handler; it can only rethrow the fault a <catch> or <catchAll> is handling. The process has 2 more problems. (line 6)'
    );
  });

  it('refuses references to undeclared variables and partner links without a rule number as invalid-process', () => {
    const variable = refusal(proc(['<invoke partnerLink="client" operation="o" inputVariable="ghost"/>']));
    expect([variable.reason, variable.line, variable.message]).toEqual([
      'invalid-process',
      6,
      '<invoke> names the variable "ghost", which neither its scope nor any enclosing scope declares; declare it in the process or an enclosing <scope>, or fix the name. (line 6)'
    ]);
    expect(refusal(proc(['<invoke partnerLink="ghost" operation="o" inputVariable="msg"/>'])).line).toBe(6);
  });

  it('leaves out of the checks what abstract processes may hide: opaque names, untyped variables, no start activity', () => {
    const abstract = [
      '<process name="t" targetNamespace="urn:t" xmlns="http://docs.oasis-open.org/wsbpel/2.0/process/abstract" abstractProcessProfile="http://docs.oasis-open.org/wsbpel/2.0/process/abstract/simple-template/2006/08">',
      '<variables><variable name="v"/><variable name="##opaque"/><variable name="##opaque"/></variables>',
      '<sequence><receive partnerLink="##opaque" operation="##opaque" variable="undeclared"/></sequence>',
      '</process>'
    ].join('\n');
    expect(importBpel(abstract).transactions.map((t) => `${t.id} ${t.from}->${t.to}`)).toEqual(['receive_opaque_opaque opaque->process']);
  });
});
