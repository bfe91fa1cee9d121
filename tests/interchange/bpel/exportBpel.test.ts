import { InvalidBlueprintError } from '../../../src/core/errors';
import { exportBpel } from '../../../src/interchange/bpel/exportBpel';
import { parseXmlSafely, XmlElement } from '../../../src/interchange/xml/safeXml';
import { richBlueprint } from '../../fixtures/interchange/bpel/richBlueprint';

const ABSTRACT = 'http://docs.oasis-open.org/wsbpel/2.0/process/abstract';
const EXECUTABLE = 'http://docs.oasis-open.org/wsbpel/2.0/process/executable';
const VN = '{urn:valuenetworks:bpel-extension:1}';

const child = (e: XmlElement, name: string): XmlElement => {
  const found = e.children.find((c) => c.name === name);
  if (found === undefined) {
    throw new Error(`<${e.name}> has no <${name}>`);
  }
  return found;
};
const all = (e: XmlElement, name: string): XmlElement[] => e.children.filter((c) => c.name === name);
const activityOf = (flow: XmlElement): string[] =>
  flow.children.filter((c) => c.name !== 'links').map((c) => (c.name === 'extensionActivity' ? `exchange:${c.children[0].attributes.name}` : `${c.name}:${c.attributes.name}@${c.attributes.partnerLink}`));

describe('exportBpel (abstract, the default)', () => {
  const out = exportBpel(richBlueprint);
  const process = parseXmlSafely(out.bpel);
  const scopes = all(child(process, 'sequence'), 'scope');

  it('writes an abstract Observable Behavior process declaring our extension as optional', () => {
    expect([process.namespace, process.attributes.abstractProcessProfile]).toEqual([ABSTRACT, 'http://docs.oasis-open.org/wsbpel/2.0/process/abstract/ap11/2006/08']);
    expect(child(child(process, 'extensions'), 'extension').attributes).toEqual({ namespace: 'urn:valuenetworks:bpel-extension:1', mustUnderstand: 'no' });
    expect(child(process, 'import').attributes.location).toBe(out.wsdlFileName);
    expect(out.wsdlFileName).toBe('Enterprise__script_alert_1___script_____co_.wsdl');
  });

  it('writes one partner link per role: myRole for internal roles, partnerRole for the others', () => {
    expect(all(child(process, 'partnerLinks'), 'partnerLink').map((l) => [l.attributes.name, l.attributes.myRole, l.attributes.partnerRole])).toEqual([
      ['ae', 'ae', undefined],
      ['se', 'se', undefined],
      ['champion', undefined, 'champion'],
      ['_1buyer', undefined, '_1buyer'],
      ['si.partner', undefined, 'si.partner']
    ]);
  });

  it('writes stages as scopes in stage order, an empty stage as <empty>', () => {
    expect(scopes.map((s) => s.attributes.name)).toEqual(['stage_discover', 'stage_propose', 'stage_close']);
    expect(scopes[2].children.map((c) => c.name)).toEqual(['documentation', 'empty']);
  });

  it('writes invoke when an internal role sends out, receive when an internal role receives, vn:exchange otherwise', () => {
    expect(activityOf(child(scopes[0], 'flow'))).toEqual(['invoke:t1@champion', 'receive:t2@ae', 'receive:t3@se']);
    expect(activityOf(child(scopes[1], 'flow'))).toEqual(['invoke:t4@champion', 'exchange:t5', 'invoke:t6@_1buyer', 'receive:t7@ae']);
  });

  it('links precedences inside a stage only; every precedence stays in vn:precededBy', () => {
    const names = (flow: XmlElement): string[] => all(child(flow, 'links'), 'link').map((l) => l.attributes.name);
    expect(names(child(scopes[0], 'flow'))).toEqual(['t1_to_t2', 't2_to_t3']);
    expect(names(child(scopes[1], 'flow'))).toEqual(['t4_to_t5', 't4_to_t6', 't7_to_t6']);
    const t4 = child(scopes[1], 'flow').children[1];
    expect(t4.children.filter((c) => c.name === 'precededBy').map((c) => c.attributes.transaction)).toEqual(['t3', 't2']);
    expect(t4.children.some((c) => c.name === 'targets')).toBe(false);
    const t6 = child(scopes[1], 'flow').children[3];
    expect(all(child(t6, 'targets'), 'target').map((t) => t.attributes.linkName)).toEqual(['t4_to_t6', 't7_to_t6']);
  });

  it('turns stage-relative deadlines into onAlarm handlers (fractional days in seconds)', () => {
    const alarmFor = (scope: XmlElement): string[] => all(child(scope, 'eventHandlers'), 'onAlarm').map((a) => child(a, 'for').text);
    expect(alarmFor(scopes[0])).toEqual(["'PT216000S'"]);
    expect(alarmFor(scopes[1])).toEqual(["'P10D'"]);
  });

  it('keeps hostile names as escaped text and carries them in extension attributes', () => {
    expect(out.bpel).not.toContain('<script>');
    expect(out.bpel).toContain('vn:name="Enterprise &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"');
    expect(process.attributes[`${VN}description`]).toBe('Line one\n\tindented & <b>bold</b>');
  });

  it('writes the companion WSDL: a port type per role with the operations it receives, a partner link type per role', () => {
    const wsdl = parseXmlSafely(out.wsdl);
    expect(all(wsdl, 'portType').map((p) => `${p.attributes.name}:${all(p, 'operation').map((o) => o.attributes.name).join(',')}`)).toEqual([
      'aePT:t2,t7',
      'sePT:t3',
      'championPT:t1,t4',
      '_1buyerPT:t6',
      'si.partnerPT:'
    ]);
    const linkTypes = wsdl.children.filter((c) => c.name === 'partnerLinkType' && c.namespace === 'http://docs.oasis-open.org/wsbpel/2.0/plnktype');
    expect(linkTypes.map((l) => `${l.attributes.name}/${l.children[0].attributes.name}`)).toEqual(['aeLT/ae', 'seLT/se', 'championLT/champion', '_1buyerLT/_1buyer', 'si.partnerLT/si.partner']);
    expect(all(wsdl, 'message')).toHaveLength(6);
  });
});

describe('exportBpel (executable)', () => {
  const out = exportBpel(richBlueprint, { profile: 'executable' });
  const process = parseXmlSafely(out.bpel);

  it('starts with an instantiating receive and declares one variable per message', () => {
    expect(process.namespace).toBe(EXECUTABLE);
    expect(process.attributes.abstractProcessProfile).toBeUndefined();
    const first = child(process, 'sequence').children[0];
    expect([first.name, first.attributes.createInstance, first.attributes.partnerLink]).toEqual(['receive', 'yes', 'vnOpportunity']);
    expect(all(child(process, 'variables'), 'variable').map((v) => v.attributes.name)).toEqual([
      'startOpportunity_msg', 't2_msg', 't1_msg', 't3_msg', 't4_msg', 't6_msg', 't7_msg'
    ]);
  });
});

describe('exportBpel: invalid input', () => {
  it('refuses a transaction naming an unknown role or stage', () => {
    const broken = { ...richBlueprint, transactions: [{ ...richBlueprint.transactions[0], to: 'ghost', stage: 'nowhere' }] };
    try {
      exportBpel(broken);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidBlueprintError);
      expect((error as InvalidBlueprintError).problems.map((p) => `${p.code} ${p.path}`)).toEqual(['unknown-role /transactions/0/to', 'unknown-stage /transactions/0/stage']);
    }
  });
});
