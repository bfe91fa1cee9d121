import { readFileSync } from 'fs';
import * as path from 'path';
import { BpelImportError } from '../../../src/core/errors';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { exportBpel } from '../../../src/interchange/bpel/exportBpel';
import { importBpel } from '../../../src/interchange/bpel/importBpel';
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
    const error = importError('<process xmlns="http://docs.oasis-open.org/wsbpel/2.0/process/executable">\n<invoke partnerLink="ghost" operation="x"/></process>');
    expect([error.reason, error.line]).toEqual(['invalid-process', 2]);
  });
});
