import { InvalidBlueprintError, type ValidationProblem } from '../../../src/core/errors';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { assertValidBlueprint, validateBlueprint } from '../../../src/core/model/validateBlueprint';
import { smallBlueprint, transaction, withTransaction } from '../../fixtures/model/smallBlueprint';

function codesAndPaths(problems: readonly ValidationProblem[]): string[] {
  return problems.map((p) => `${p.code} ${p.path}`);
}

describe('validateBlueprint', () => {
  it('accepts the small valid blueprint', () => {
    expect(validateBlueprint(smallBlueprint)).toEqual([]);
    expect(() => assertValidBlueprint(smallBlueprint)).not.toThrow();
  });

  it('reports an empty blueprint: no roles, stages or transactions, and a blank name', () => {
    const empty: Blueprint = { ...smallBlueprint, name: '  ', roles: [], stages: [], transactions: [] };
    expect(codesAndPaths(validateBlueprint(empty))).toEqual(['blank-name /name', 'no-roles /roles', 'no-stages /stages', 'no-transactions /transactions']);
  });

  it('reports duplicate ids, stage orders and sequence numbers at the later occurrence', () => {
    const b: Blueprint = {
      ...smallBlueprint,
      roles: [...smallBlueprint.roles, { id: 'ae', name: 'Second AE', side: 'internal' }],
      stages: [...smallBlueprint.stages, { id: 's1', name: 'Again', order: 2, exitCriteria: { minSellingActions: 0, minBuyingActions: 0 } }],
      transactions: [...smallBlueprint.transactions, transaction('t1', 4, 'se', 'eb', 's2')]
    };
    expect(codesAndPaths(validateBlueprint(b))).toEqual([
      'duplicate-role-id /roles/5/id',
      'duplicate-stage-id /stages/2/id',
      'duplicate-stage-order /stages/2/order',
      'duplicate-transaction-id /transactions/4/id',
      'duplicate-sequence /transactions/4/sequence'
    ]);
    expect(validateBlueprint(b)[4].message).toBe('Transactions "Deliverable t4" and "Deliverable t1" both have sequence number 4: give each transaction its own number.');
  });

  it('reports unknown roles and stages, self-exchanges and unknown predecessors or due anchors', () => {
    const b = {
      ...smallBlueprint,
      transactions: [
        ...smallBlueprint.transactions,
        transaction('t5', 5, 'cfo', 'cfo', 'negotiate', { precededBy: ['t9'], due: { days: 2, afterTransactionId: 't8' } })
      ]
    };
    const problems = validateBlueprint(b);
    expect(codesAndPaths(problems)).toEqual([
      'unknown-role /transactions/4/from',
      'unknown-role /transactions/4/to',
      'self-exchange /transactions/4/to',
      'unknown-stage /transactions/4/stage',
      'unknown-predecessor /transactions/4/precededBy/0',
      'unknown-due-anchor /transactions/4/due/afterTransactionId'
    ]);
    expect(problems[0].message).toBe('Transaction 5 "Deliverable t5" is sent by role "cfo", which is not in the blueprint: pick one of its roles or add the role.');
  });

  it('reports a precedence cycle once, naming the cycle in happens-before order', () => {
    const b = withTransaction('t2', { precededBy: ['t1', 't4'] });
    const problems = validateBlueprint(b);
    // t2 -> t3 -> t4 -> t2; t2 (in s1) now also waits for t4 (in the later s2).
    expect(codesAndPaths(problems)).toEqual(['precedence-cycle /transactions/1/precededBy', 'predecessor-in-later-stage /transactions/1/precededBy/1']);
    expect(problems[0].message).toBe(
      'These transactions wait for each other in a circle (2 "Deliverable t2" -> 3 "Deliverable t3" -> 4 "Deliverable t4" -> 2 "Deliverable t2"), so none of them can ever happen first: remove one of these "preceded by" links.'
    );
    expect(problems[1].message).toBe(
      'Transaction 2 "Deliverable t2" is in stage "Discover" but waits for 4 "Deliverable t4", which is in the later stage "Validate": move it to "Validate" or later, move 4 "Deliverable t4" earlier, or remove the link.'
    );
  });

  it('reports a transaction that waits for itself as a cycle of one', () => {
    const problems = validateBlueprint(withTransaction('t1', { precededBy: ['t1'] }));
    expect(codesAndPaths(problems)).toEqual(['precedence-cycle /transactions/0/precededBy']);
    expect(problems[0].message).toContain('(1 "Deliverable t1" -> 1 "Deliverable t1")');
  });

  it('reports due rules that count from each other in a circle', () => {
    // t3 already falls due 5 days after t2; t2 now also falls due after t3.
    const problems = validateBlueprint(withTransaction('t2', { due: { days: 3, afterTransactionId: 't3' } }));
    expect(codesAndPaths(problems)).toEqual(['due-cycle /transactions/1/due/afterTransactionId']);
    expect(problems[0].message).toBe(
      'These transactions fall due after each other in a circle (2 "Deliverable t2" -> 3 "Deliverable t3" -> 2 "Deliverable t2"), so each occurrence asks for the next without end: count one of them from the start of its stage.'
    );
  });

  it('reports a transaction that falls due after itself', () => {
    const problems = validateBlueprint(withTransaction('t1', { due: { days: 2, afterTransactionId: 't1' } }));
    expect(codesAndPaths(problems)).toEqual(['due-cycle /transactions/0/due/afterTransactionId']);
    expect(problems[0].message).toBe(
      'Transaction 1 "Deliverable t1" falls due after itself, so every occurrence asks for another one: count its due date from the start of its stage or from another transaction.'
    );
  });

  it('reports two separate cycles separately', () => {
    const b: Blueprint = {
      ...smallBlueprint,
      transactions: [
        transaction('a', 1, 'ae', 'ch', 's1', { precededBy: ['b'] }),
        transaction('b', 2, 'ch', 'ae', 's1', { precededBy: ['a'] }),
        transaction('c', 3, 'se', 'ch', 's2', { precededBy: ['d'] }),
        transaction('d', 4, 'eb', 'ae', 's2', { precededBy: ['c', 'a'] })
      ]
    };
    expect(validateBlueprint(b).map((p) => p.message.match(/\((.*)\)/)?.[1])).toEqual(['1 "Deliverable a" -> 2 "Deliverable b" -> 1 "Deliverable a"', '3 "Deliverable c" -> 4 "Deliverable d" -> 3 "Deliverable c"']);
  });

  it('reports minCount below 1 or fractional, and negative or non-finite due days', () => {
    const b: Blueprint = {
      ...smallBlueprint,
      transactions: smallBlueprint.transactions.map((t) =>
        t.id === 't1' ? { ...t, minCount: 0 } : t.id === 't2' ? { ...t, minCount: 1.5 } : t.id === 't3' ? { ...t, due: { days: -1 } } : { ...t, due: { days: Infinity } }
      )
    };
    expect(codesAndPaths(validateBlueprint(b))).toEqual([
      'invalid-min-count /transactions/0/minCount',
      'invalid-min-count /transactions/1/minCount',
      'invalid-due-days /transactions/2/due/days',
      'invalid-due-days /transactions/3/due/days'
    ]);
  });

  it('reports exit criteria the stage transactions cannot meet, counting senders by side', () => {
    const b: Blueprint = {
      ...smallBlueprint,
      stages: [
        // s1 has one internal sender (t1) and one customer sender (t2).
        { id: 's1', name: 'Discover', order: 1, exitCriteria: { minSellingActions: 2, minBuyingActions: 1 } },
        // s2 has one internal (t3) and one customer (t4); the partner-sent t5 counts as neither.
        { id: 's2', name: 'Validate', order: 2, exitCriteria: { minSellingActions: 1, minBuyingActions: 2 } }
      ],
      transactions: [...smallBlueprint.transactions, transaction('t5', 5, 'pt', 'ch', 's2')]
    };
    const problems = validateBlueprint(b);
    expect(codesAndPaths(problems)).toEqual(['unreachable-selling-actions /stages/0/exitCriteria/minSellingActions', 'unreachable-buying-actions /stages/1/exitCriteria/minBuyingActions']);
    expect(problems[0].message).toBe(
      'Stage "Discover" asks for at least 2 selling actions but only 1 of its transactions is sent by internal roles: lower the minimum to 1 or add selling transactions to the stage.'
    );
  });

  it('reports blank role and stage names and blank deliverables', () => {
    const b: Blueprint = {
      ...smallBlueprint,
      roles: smallBlueprint.roles.map((r) => (r.id === 'se' ? { ...r, name: '' } : r)),
      stages: smallBlueprint.stages.map((s) => (s.id === 's2' ? { ...s, name: ' ' } : s)),
      transactions: smallBlueprint.transactions.map((t) => (t.id === 't4' ? { ...t, deliverable: '' } : t))
    };
    expect(codesAndPaths(validateBlueprint(b))).toEqual(['blank-name /roles/1/name', 'blank-name /stages/1/name', 'blank-deliverable /transactions/3/deliverable']);
  });

  it('assertValidBlueprint throws InvalidBlueprintError carrying every problem', () => {
    const b = withTransaction('t1', { from: 'nobody', minCount: 0 });
    let caught: unknown;
    try {
      assertValidBlueprint(b);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidBlueprintError);
    expect(codesAndPaths((caught as InvalidBlueprintError).problems)).toEqual([
      'unknown-role /transactions/0/from',
      'invalid-min-count /transactions/0/minCount',
      // with its only internal sender gone, Discover can no longer reach one selling action
      'unreachable-selling-actions /stages/0/exitCriteria/minSellingActions'
    ]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(smallBlueprint);
    validateBlueprint(withTransaction('t2', { precededBy: ['t4'] }));
    expect(JSON.stringify(smallBlueprint)).toBe(before);
  });
});
