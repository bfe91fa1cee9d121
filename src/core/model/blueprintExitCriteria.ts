/**
 * Exit-criteria checks: a stage cannot ask for more selling or buying actions than its transactions
 * can ever provide, or the deal could never leave it.
 */
import type { ValidationProblem } from '..';
import type { Blueprint } from './blueprint';
import { firstIndexById, problem } from './validationProblem';

/**
 * For each stage: minimums must be whole numbers >= 0, and at most the number of distinct transactions
 * of the stage sent by internal roles (selling) or by customer roles (buying). Partner-sent
 * transactions count as neither, as the model defines selling and buying actions by sender side.
 * Transactions with an unknown sender or a duplicate id are not counted.
 */
export function exitCriteriaProblems(blueprint: Blueprint): ValidationProblem[] {
  const roleIndex = firstIndexById(blueprint.roles);
  const transactionIndex = firstIndexById(blueprint.transactions);
  const problems: ValidationProblem[] = [];
  blueprint.stages.forEach((stage, s) => {
    let selling = 0;
    let buying = 0;
    blueprint.transactions.forEach((t, i) => {
      if (t.stage !== stage.id || transactionIndex.get(t.id) !== i) return;
      const r = roleIndex.get(t.from);
      const side = r === undefined ? undefined : blueprint.roles[r].side;
      if (side === 'internal') selling++;
      else if (side === 'customer') buying++;
    });
    const criteria = stage.exitCriteria;
    const checks: [keyof typeof criteria, number, string, string][] = [
      ['minSellingActions', selling, 'selling', 'internal roles'],
      ['minBuyingActions', buying, 'buying', 'customer roles']
    ];
    for (const [field, available, word, senders] of checks) {
      const wanted = criteria?.[field];
      const path = `/stages/${s}/exitCriteria/${field}`;
      if (typeof wanted !== 'number' || !Number.isInteger(wanted) || wanted < 0) {
        problems.push(problem('invalid-exit-criteria', path, `Stage "${stage.name}" needs a whole number of ${word} actions, 0 or more (it has ${String(wanted)}).`));
      } else if (wanted > available) {
        problems.push(
          problem(
            `unreachable-${word}-actions`,
            path,
            `Stage "${stage.name}" asks for at least ${wanted} ${word} action${wanted === 1 ? '' : 's'} but only ${available} of its transactions ${available === 1 ? 'is' : 'are'} sent by ${senders}: lower the minimum to ${available} or add ${word} transactions to the stage.`
          )
        );
      }
    }
  });
  return problems;
}
