import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { BpelImportError } from '../../src/interchange';
import type { Blueprint } from '../../src/core/model/blueprint';
import { importBpel } from '../../src/interchange/bpel/importBpel';

const bpelDir = path.resolve(__dirname, '../../../shared/fixtures/bpel');
const describeIfFixtures = existsSync(bpelDir) ? describe : describe.skip;
const read = (relative: string): string => readFileSync(path.join(bpelDir, relative), 'utf8');

const roles = (b: Blueprint): string[] => b.roles.map((r) => `${r.id}:${r.side}`);
/** "id from->to [precededBy]" with "?" marking optional transactions. */
const lines = (b: Blueprint): string[] => b.transactions.map((t) => `${t.id}${t.required ? '' : '?'} ${t.from}->${t.to} [${t.precededBy.join(',')}]`);

function refusal(xml: string): BpelImportError {
  try {
    importBpel(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(BpelImportError);
    return error as BpelImportError;
  }
  throw new Error('expected a BpelImportError');
}

describeIfFixtures('importBpel on the OASIS WS-BPEL 2.0 examples', () => {
  it('loan approval (executable): flow with six links, a process-level fault handler', () => {
    const b = importBpel(read('oasis-2.0/loanApprovalProcess.bpel'));
    expect(roles(b)).toEqual(['process:internal', 'customer:internal', 'approver:partner', 'assessor:partner']);
    expect(lines(b)).toEqual([
      'reply_customer_request? process->customer []',
      'receive_customer_request customer->process []',
      'invoke_assessor_check process->assessor [receive_customer_request]',
      'invoke_approver_approve process->approver [receive_customer_request,invoke_assessor_check]',
      'reply_customer_request_2 process->customer [invoke_assessor_check,invoke_approver_approve]'
    ]);
  });

  it('purchase order (executable): three concurrent sequences joined by cross-sequence links', () => {
    const b = importBpel(read('oasis-2.0/purchaseOrderProcess.bpel'));
    expect(roles(b)).toEqual(['process:internal', 'purchasing:internal', 'invoicing:partner', 'shipping:partner', 'scheduling:partner']);
    expect(b.transactions).toHaveLength(10);
    expect(lines(b)).toEqual([
      'reply_purchasing_sendPurchaseOrder? process->purchasing []',
      'receive_purchasing_sendPurchaseOrder purchasing->process []',
      'invoke_shipping_requestShipping process->shipping [receive_purchasing_sendPurchaseOrder]',
      'receive_shipping_sendSchedule shipping->process [invoke_shipping_requestShipping]',
      'invoke_invoicing_initiatePriceCalculation process->invoicing [receive_purchasing_sendPurchaseOrder]',
      'invoke_invoicing_sendShippingPrice process->invoicing [invoke_invoicing_initiatePriceCalculation,invoke_shipping_requestShipping]',
      'receive_invoicing_sendInvoice invoicing->process [invoke_invoicing_sendShippingPrice]',
      'invoke_scheduling_requestProductionScheduling process->scheduling [receive_purchasing_sendPurchaseOrder]',
      'invoke_scheduling_sendShippingSchedule process->scheduling [invoke_scheduling_requestProductionScheduling,receive_shipping_sendSchedule]',
      'reply_purchasing_sendPurchaseOrder_2 process->purchasing [receive_shipping_sendSchedule,receive_invoicing_sendInvoice,invoke_scheduling_sendShippingSchedule]'
    ]);
  });

  it('auction (executable): two instantiating receives in a flow make seller and buyer customers', () => {
    const b = importBpel(read('oasis-2.0/auctionService.bpel'));
    expect(roles(b)).toEqual(['process:internal', 'seller:customer', 'buyer:customer', 'auctionRegistrationService:partner']);
    expect(lines(b)).toEqual([
      'acceptSellerInformation seller->process []',
      'acceptBuyerInformation buyer->process []',
      'registerAuctionResults process->auctionRegistrationService [acceptSellerInformation,acceptBuyerInformation]',
      'receiveAuctionRegistrationInformation auctionRegistrationService->process [registerAuctionResults]',
      'respondToSeller process->seller [receiveAuctionRegistrationInformation]',
      'respondToBuyer process->buyer [receiveAuctionRegistrationInformation]'
    ]);
  });

  it('shipping service (abstract): if/else and while make the notices optional', () => {
    const b = importBpel(read('oasis-2.0/shippingService.bpel'));
    expect(roles(b)).toEqual(['process:internal', 'customer:partner']);
    expect(lines(b)).toEqual([
      'receive_customer_shippingRequest customer->process []',
      'invoke_customer_shippingNotice? process->customer [receive_customer_shippingRequest]',
      'invoke_customer_shippingNotice_2? process->customer [receive_customer_shippingRequest]'
    ]);
  });

  it('ordering service (abstract): ##opaque operations and partner roles', () => {
    const b = importBpel(read('oasis-2.0/OrderingServiceProcess.bpel'));
    expect(roles(b)).toEqual([
      'process:internal',
      'ordering:customer',
      'shipper:partner',
      'shippingRequester:internal',
      'invoiceProcessor:partner',
      'orderingConfirmation:partner'
    ]);
    expect(b.transactions).toHaveLength(9);
    expect(b.transactions.map((t) => t.id)).toEqual([
      'receive_ordering_placeOrder',
      'invoke_shipper_shippingRequest',
      'receive_shipper_shippingNotice',
      'invoke_ordering_getOrderAck',
      'receive_shippingRequester_opaque',
      'receive_invoiceProcessor_opaque',
      'invoke_invoiceProcessor_opaque',
      'receive_shippingRequester_opaque_2',
      'invoke_orderingConfirmation_getOrderConfirmation'
    ]);
    // A plain sequence: each message follows the previous one.
    expect(b.transactions.slice(1).every((t, i) => t.required && t.precededBy.join() === b.transactions[i].id)).toBe(true);
    expect(b.transactions[4].deliverable).toBe('opaque');
  });

  it.each(['auction.bpel', 'loan.bpel', 'purchase.bpel', 'shipping.bpel'])('refuses the BPEL4WS 1.1 file %s and says what to do', (file) => {
    const error = refusal(read(`bpel4ws-1.1/${file}`));
    expect(error.reason).toBe('bpel4ws-1.1');
    expect(error.message).toMatch(/BPEL4WS 1\.1 process .* convert the file to WS-BPEL 2\.0/);
  });

  it('reports the malformed file with line and column', () => {
    const error = refusal(read('malformed/error.bpel'));
    expect([error.reason, error.line, error.column]).toEqual(['malformed-xml', 3, 1]);
  });

  it('covers every .bpel file of the OASIS folder', () => {
    expect(readdirSync(path.join(bpelDir, 'oasis-2.0')).filter((f) => f.endsWith('.bpel')).sort()).toEqual([
      'OrderingServiceProcess.bpel',
      'auctionService.bpel',
      'loanApprovalProcess.bpel',
      'purchaseOrderProcess.bpel',
      'shippingService.bpel'
    ]);
  });
});
