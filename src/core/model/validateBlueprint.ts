/**
 * Blueprint validation: every problem at once, each with a stable code, a JSON pointer and a sentence
 * that names the fix, so an editor can mark all of them in one pass.
 */
import { InvalidBlueprintError, type ValidationProblem } from '..';
import type { Blueprint, Transaction } from './blueprint';
import { exitCriteriaProblems } from './blueprintExitCriteria';
import { dueCycleProblems, precedenceCycleProblems, precedenceStageProblems } from './blueprintPrecedence';
import { firstIndexById, isBlank, problem, roleLabel, transactionLabel } from './validationProblem';

const ROLE_SIDES: readonly string[] = ['internal', 'customer', 'partner'];
const KINDS: readonly string[] = ['tangible', 'intangible'];

/**
 * Checks a blueprint against the model rules and returns all problems (empty when valid), in a stable
 * order: blueprint, roles, stages, transactions, precedence, exit criteria. Codes:
 * `blank-name`, `no-roles`, `no-stages`, `no-transactions`, `blank-id`, `duplicate-role-id`,
 * `duplicate-stage-id`, `duplicate-transaction-id`, `invalid-role-side`, `invalid-stage-order`,
 * `duplicate-stage-order`, `invalid-sequence`, `duplicate-sequence`, `unknown-role`, `self-exchange`,
 * `unknown-stage`, `blank-deliverable`, `invalid-kind`, `invalid-min-count`, `unknown-predecessor`,
 * `unknown-due-anchor`, `invalid-due-days`, `precedence-cycle`, `due-cycle`, `predecessor-in-later-stage`,
 * `invalid-exit-criteria`, `unreachable-selling-actions`, `unreachable-buying-actions`.
 * Never throws, also not for data that slipped past the types (e.g. from JSON).
 */
export function validateBlueprint(blueprint: Blueprint): ValidationProblem[] {
  return [
    ...(isBlank(blueprint.name) ? [problem('blank-name', '/name', 'The blueprint has no name: give it a name sellers will recognise.')] : []),
    ...emptinessProblems(blueprint),
    ...roleProblems(blueprint),
    ...stageProblems(blueprint),
    ...transactionIdentityProblems(blueprint),
    ...transactionReferenceProblems(blueprint),
    ...precedenceCycleProblems(blueprint),
    ...dueCycleProblems(blueprint),
    ...precedenceStageProblems(blueprint),
    ...exitCriteriaProblems(blueprint)
  ];
}

/**
 * Throws when {@link validateBlueprint} finds any problem.
 * @throws InvalidBlueprintError carrying every problem found.
 */
export function assertValidBlueprint(blueprint: Blueprint): void {
  const problems = validateBlueprint(blueprint);
  if (problems.length > 0) throw new InvalidBlueprintError(problems);
}

function emptinessProblems(b: Blueprint): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (b.roles.length === 0) problems.push(problem('no-roles', '/roles', 'The blueprint has no roles: add the people on both sides of the sale (e.g. account executive, champion).'));
  if (b.stages.length === 0) problems.push(problem('no-stages', '/stages', 'The blueprint has no stages: add the sales stages a deal moves through.'));
  if (b.transactions.length === 0) problems.push(problem('no-transactions', '/transactions', 'The blueprint has no transactions: add the exchanges between roles that win the deal.'));
  return problems;
}

/** Blank ids and names, and ids used twice (reported at every occurrence after the first). */
function identityProblems(items: readonly { readonly id: string; readonly name?: string }[], collection: string, noun: string, checkName: boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const first = firstIndexById(items);
  items.forEach((item, i) => {
    if (isBlank(item.id)) problems.push(problem('blank-id', `/${collection}/${i}/id`, `${capitalise(noun)} ${i + 1} has no id: give it a short unique id.`));
    else if (first.get(item.id) !== i) {
      problems.push(problem(`duplicate-${noun}-id`, `/${collection}/${i}/id`, `Two ${noun}s share the id "${item.id}": give each ${noun} its own id.`));
    }
    if (checkName && isBlank(item.name)) problems.push(problem('blank-name', `/${collection}/${i}/name`, `${capitalise(noun)} "${item.id}" has no name: give it a name people will recognise.`));
  });
  return problems;
}

function roleProblems(b: Blueprint): ValidationProblem[] {
  return [
    ...identityProblems(b.roles, 'roles', 'role', true),
    ...b.roles.flatMap((role, i) =>
      ROLE_SIDES.includes(role.side) ? [] : [problem('invalid-role-side', `/roles/${i}/side`, `Role "${role.id}" sits on side "${String(role.side)}": choose internal, customer or partner.`)]
    )
  ];
}

function stageProblems(b: Blueprint): ValidationProblem[] {
  const problems = identityProblems(b.stages, 'stages', 'stage', true);
  const seenOrder = new Map<number, string>();
  b.stages.forEach((stage, i) => {
    if (!Number.isInteger(stage.order) || stage.order < 1) {
      problems.push(problem('invalid-stage-order', `/stages/${i}/order`, `Stage "${stage.name}" has position ${String(stage.order)}: number stages 1, 2, 3 and so on.`));
      return;
    }
    const other = seenOrder.get(stage.order);
    if (other !== undefined) {
      problems.push(problem('duplicate-stage-order', `/stages/${i}/order`, `Stages "${other}" and "${stage.name}" are both at position ${stage.order}: give each stage its own position.`));
    } else seenOrder.set(stage.order, stage.name);
  });
  return problems;
}

function transactionIdentityProblems(b: Blueprint): ValidationProblem[] {
  const problems = identityProblems(b.transactions, 'transactions', 'transaction', false);
  const seen = new Map<number, string>();
  const named = (t: Transaction): string => (isBlank(t.deliverable) ? `number ${String(t.sequence)}` : `"${t.deliverable}"`);
  b.transactions.forEach((t, i) => {
    if (!Number.isInteger(t.sequence) || t.sequence < 1) {
      problems.push(problem('invalid-sequence', `/transactions/${i}/sequence`, `Transaction ${named(t)} has sequence number ${String(t.sequence)}: number transactions 1, 2, 3 and so on.`));
      return;
    }
    const other = seen.get(t.sequence);
    if (other !== undefined) {
      problems.push(problem('duplicate-sequence', `/transactions/${i}/sequence`, `Transactions ${other} and ${named(t)} both have sequence number ${t.sequence}: give each transaction its own number.`));
    } else seen.set(t.sequence, named(t));
  });
  return problems;
}

interface IdIndex {
  readonly roles: ReadonlyMap<string, number>;
  readonly stages: ReadonlyMap<string, number>;
  readonly transactions: ReadonlyMap<string, number>;
}

function transactionReferenceProblems(b: Blueprint): ValidationProblem[] {
  const ids: IdIndex = { roles: firstIndexById(b.roles), stages: firstIndexById(b.stages), transactions: firstIndexById(b.transactions) };
  return b.transactions.flatMap((t, i) => transactionProblems(b, ids, t, i));
}

function transactionProblems(b: Blueprint, { roles, stages, transactions }: IdIndex, t: Transaction, i: number): ValidationProblem[] {
  const at = `/transactions/${i}`;
  const name = `Transaction ${transactionLabel(b.transactions, t.id)}`;
  const problems: ValidationProblem[] = [];
  for (const end of ['from', 'to'] as const) {
    if (!roles.has(t[end])) {
      problems.push(problem('unknown-role', `${at}/${end}`, `${name} is ${end === 'from' ? 'sent by' : 'sent to'} role "${t[end]}", which is not in the blueprint: pick one of its roles or add the role.`));
    }
  }
  if (t.from === t.to) problems.push(problem('self-exchange', `${at}/to`, `${name} goes from role ${roleLabel(b.roles, t.from)} to itself: an exchange needs two different roles.`));
  if (!stages.has(t.stage)) problems.push(problem('unknown-stage', `${at}/stage`, `${name} is placed in stage "${t.stage}", which is not in the blueprint: pick one of its stages or add the stage.`));
  if (isBlank(t.deliverable)) problems.push(problem('blank-deliverable', `${at}/deliverable`, `${name} has no deliverable: say what flows between the roles (e.g. "ROI model").`));
  if (!KINDS.includes(t.kind)) problems.push(problem('invalid-kind', `${at}/kind`, `${name} is of kind "${String(t.kind)}": choose tangible or intangible.`));
  if (!Number.isInteger(t.minCount) || t.minCount < 1) {
    problems.push(problem('invalid-min-count', `${at}/minCount`, `${name} must happen at least ${String(t.minCount)} times: use a whole number of 1 or more.`));
  }
  (t.precededBy ?? []).forEach((p, j) => {
    if (!transactions.has(p)) {
      problems.push(problem('unknown-predecessor', `${at}/precededBy/${j}`, `${name} waits for ${transactionLabel(b.transactions, p)}, which is not a transaction of the blueprint: remove the link or fix the id.`));
    }
  });
  if (t.due !== undefined) {
    if (t.due.afterTransactionId !== undefined && !transactions.has(t.due.afterTransactionId)) {
      problems.push(problem('unknown-due-anchor', `${at}/due/afterTransactionId`, `${name} falls due after ${transactionLabel(b.transactions, t.due.afterTransactionId)}, which is not a transaction of the blueprint: fix the id or count from the start of the stage.`));
    }
    if (typeof t.due.days !== 'number' || !Number.isFinite(t.due.days) || t.due.days < 0) {
      problems.push(problem('invalid-due-days', `${at}/due/days`, `${name} falls due after ${String(t.due.days)} days: use a number of days of 0 or more.`));
    }
  }
  return problems;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
