import { compileBlueprint, stageExitAction } from '../../../src/core/conformance/compileBlueprint';
import { InvalidBlueprintError } from '../../../src/core/errors';
import type { Blueprint } from '../../../src/core/model/blueprint';
import salesBlueprint from '../../fixtures/core/salesBlueprint.json';

const blueprint = salesBlueprint as Blueprint;

describe('compileBlueprint', () => {
  it('compiles required, precededBy, due and stage order into described constraints with provenance', () => {
    expect(compileBlueprint(blueprint)).toEqual([
      {
        id: 'required:t1',
        template: 'existence',
        activities: ['t1'],
        n: 1,
        description: 'The champion must receive the discovery call from the account executive.',
        provenance: { kind: 'required', transactionId: 't1', stageId: 'discover' }
      },
      {
        id: 'required:t3',
        template: 'existence',
        activities: ['t3'],
        n: 2,
        description: 'The champion must receive the technical demo from the sales engineer at least 2 times.',
        provenance: { kind: 'required', transactionId: 't3', stageId: 'validate' }
      },
      {
        id: 'precededBy:t1:t3',
        template: 'precedence',
        activities: ['t1', 't3'],
        description: 'The champion must receive the discovery call before the technical demo.',
        provenance: { kind: 'precededBy', transactionId: 't3', stageId: 'validate', predecessorTransactionId: 't1' }
      },
      {
        id: 'required:t4',
        template: 'existence',
        activities: ['t4'],
        n: 1,
        description: 'The economic buyer must receive the business case from the account executive.',
        provenance: { kind: 'required', transactionId: 't4', stageId: 'validate' }
      },
      {
        id: 'due:t4',
        template: 'existence',
        activities: ['t4'],
        withinDays: 14,
        reference: 'stage:validate',
        description: 'The economic buyer must receive the business case within 14 days of entering Validate.',
        provenance: { kind: 'due', transactionId: 't4', stageId: 'validate' }
      },
      {
        id: 'required:t5',
        template: 'existence',
        activities: ['t5'],
        n: 1,
        description: 'The procurement team must receive the proposal from the account executive.',
        provenance: { kind: 'required', transactionId: 't5', stageId: 'close' }
      },
      {
        id: 'precededBy:t4:t5',
        template: 'precedence',
        activities: ['t4', 't5'],
        description: 'The economic buyer must receive the business case before the proposal.',
        provenance: { kind: 'precededBy', transactionId: 't5', stageId: 'close', predecessorTransactionId: 't4' }
      },
      {
        id: 'due:t5',
        template: 'response',
        activities: ['t4', 't5'],
        withinDays: 7,
        description: 'The procurement team must receive the proposal within 7 days after the business case.',
        provenance: { kind: 'due', transactionId: 't5', stageId: 'close', predecessorTransactionId: 't4' }
      },
      {
        id: 'required:t6',
        template: 'existence',
        activities: ['t6'],
        n: 1,
        description: 'The account executive must receive the purchase order from the procurement team.',
        provenance: { kind: 'required', transactionId: 't6', stageId: 'close' }
      },
      {
        id: 'precededBy:t5:t6',
        template: 'precedence',
        activities: ['t5', 't6'],
        description: 'The procurement team must receive the proposal before the purchase order.',
        provenance: { kind: 'precededBy', transactionId: 't6', stageId: 'close', predecessorTransactionId: 't5' }
      },
      {
        id: 'stageOrder:discover:validate',
        template: 'precedence',
        activities: ['t1', 't4'],
        description: 'The discovery call (Discover) must come before the business case (Validate).',
        provenance: { kind: 'stageOrder', transactionId: 't4', stageId: 'validate', predecessorTransactionId: 't1' }
      },
      {
        id: 'stageOrder:validate:close',
        template: 'precedence',
        activities: ['t4', 't6'],
        description: 'The business case (Validate) must come before the purchase order (Close).',
        provenance: { kind: 'stageOrder', transactionId: 't6', stageId: 'close', predecessorTransactionId: 't4' }
      }
    ]);
  });

  it('picks the required transaction with the highest sequence as a stage exit action', () => {
    expect(stageExitAction(blueprint, 'discover')?.id).toBe('t1');
    expect(stageExitAction(blueprint, 'validate')?.id).toBe('t4');
    expect(stageExitAction(blueprint, 'nowhere')).toBeUndefined();
  });

  it('rejects a reference to an unknown transaction, with its pointer', () => {
    const broken: Blueprint = { ...blueprint, transactions: [{ ...blueprint.transactions[2], precededBy: ['t9'] }] };
    expect(() => compileBlueprint(broken)).toThrow(InvalidBlueprintError);
    try {
      compileBlueprint(broken);
    } catch (error) {
      expect((error as InvalidBlueprintError).problems.map((p) => p.path)).toEqual(['/transactions/0/precededBy/0']);
    }
  });
});
