import { InvalidConstraintError, type ValidationProblem } from '..';
import { isTemplateName, TEMPLATE_SPECS } from './templates';
import type { ConstraintProvenance, ConstraintSet, DeclareConstraint, ProvenanceKind } from './types';

const KNOWN_KEYS = new Set(['id', 'template', 'activities', 'n', 'withinDays', 'reference', 'weight', 'description', 'provenance']);
const PROVENANCE_KINDS: readonly ProvenanceKind[] = ['required', 'precededBy', 'stageOrder', 'due'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901: `~` and `/` inside a key are escaped. */
function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function parseProvenance(value: unknown, path: string, problems: ValidationProblem[]): ConstraintProvenance | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !PROVENANCE_KINDS.includes(value.kind as ProvenanceKind) || !isNonEmptyString(value.transactionId) || !isNonEmptyString(value.stageId)) {
    problems.push({ code: 'bad-provenance', path, message: 'provenance needs a kind (required, precededBy, stageOrder or due), a transactionId and a stageId.' });
    return undefined;
  }
  return {
    kind: value.kind as ProvenanceKind,
    transactionId: value.transactionId,
    stageId: value.stageId,
    ...(isNonEmptyString(value.predecessorTransactionId) ? { predecessorTransactionId: value.predecessorTransactionId } : {})
  };
}

/** Validates one constraint, appending problems; returns it only when it has none. */
function parseConstraint(raw: unknown, path: string, problems: ValidationProblem[]): DeclareConstraint | undefined {
  if (!isRecord(raw)) {
    problems.push({ code: 'not-an-object', path, message: 'Each constraint must be an object.' });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ code: 'unknown-field', path: `${path}/${pointerKey(key)}`, message: `"${key}" is not a constraint field.` });
  }
  if (!isNonEmptyString(raw.id)) problems.push({ code: 'missing-id', path: `${path}/id`, message: 'Give the constraint a non-empty text id.' });
  const template = raw.template;
  const spec = typeof template === 'string' && isTemplateName(template) ? TEMPLATE_SPECS[template] : undefined;
  if (!spec) {
    problems.push({ code: 'unknown-template', path: `${path}/template`, message: `"${String(template)}" is not a supported template (e.g. response, precedence, existence).` });
  }
  const activities = raw.activities;
  if (!Array.isArray(activities) || !activities.every(isNonEmptyString)) {
    problems.push({ code: 'bad-activities', path: `${path}/activities`, message: 'activities must be a list of non-empty activity names.' });
  } else if (spec && activities.length !== spec.arity) {
    problems.push({ code: 'wrong-arity', path: `${path}/activities`, message: `${spec.name} takes ${spec.arity} ${spec.arity === 1 ? 'activity' : 'activities'}, not ${activities.length}.` });
  }
  if (raw.n !== undefined) {
    if (spec && spec.minN === undefined) problems.push({ code: 'n-not-allowed', path: `${path}/n`, message: `${spec.name} takes no n.` });
    else if (typeof raw.n !== 'number' || !Number.isInteger(raw.n) || raw.n < (spec?.minN ?? 0)) {
      problems.push({ code: 'bad-n', path: `${path}/n`, message: `n must be a whole number of at least ${spec?.minN ?? 0}.` });
    }
  }
  if (raw.withinDays !== undefined) {
    if (spec && !spec.timed) problems.push({ code: 'not-timed', path: `${path}/withinDays`, message: `${spec.name} has no timed form; only response and existence take withinDays.` });
    else if (typeof raw.withinDays !== 'number' || !Number.isFinite(raw.withinDays) || raw.withinDays < 0) {
      problems.push({ code: 'bad-within-days', path: `${path}/withinDays`, message: 'withinDays must be a number of days, 0 or more.' });
    }
  }
  if (raw.reference !== undefined) {
    if (spec && spec.name !== 'existence') problems.push({ code: 'reference-not-allowed', path: `${path}/reference`, message: 'Only existence takes a reference activity.' });
    else if (!isNonEmptyString(raw.reference)) problems.push({ code: 'bad-reference', path: `${path}/reference`, message: 'reference must be a non-empty activity name.' });
  }
  if (spec?.name === 'existence' && (raw.withinDays === undefined) !== (raw.reference === undefined)) {
    problems.push({ code: 'incomplete-timed-existence', path, message: 'A timed existence needs both withinDays and reference (the activity that starts the window).' });
  }
  if (raw.weight !== undefined && (typeof raw.weight !== 'number' || !Number.isFinite(raw.weight) || raw.weight <= 0)) {
    problems.push({ code: 'bad-weight', path: `${path}/weight`, message: 'weight must be a number greater than 0.' });
  }
  if (raw.description !== undefined && typeof raw.description !== 'string') {
    problems.push({ code: 'bad-description', path: `${path}/description`, message: 'description must be text.' });
  }
  const provenance = parseProvenance(raw.provenance, `${path}/provenance`, problems);
  if (problems.length > before || !spec) return undefined;
  return {
    id: raw.id as string,
    template: spec.name,
    activities: [...(activities as string[])],
    ...(raw.n !== undefined ? { n: raw.n as number } : {}),
    ...(raw.withinDays !== undefined ? { withinDays: raw.withinDays as number } : {}),
    ...(raw.reference !== undefined ? { reference: raw.reference as string } : {}),
    ...(raw.weight !== undefined ? { weight: raw.weight as number } : {}),
    ...(raw.description !== undefined ? { description: raw.description as string } : {}),
    ...(provenance ? { provenance } : {})
  };
}

/**
 * Validates a constraint set in its plain JSON form, e.g.
 * `{"constraints":[{"id":"c1","template":"response","activities":["A","B"],"withinDays":14}]}`.
 * Returns a fresh, typed copy; the input is not modified.
 * @throws InvalidConstraintError listing every problem (unknown template, wrong number of activities,
 *   bad n, duplicate id, unknown field...), each with a JSON pointer such as `/constraints/2/n`.
 */
export function parseConstraintSet(json: unknown): ConstraintSet {
  if (!isRecord(json) || !Array.isArray(json.constraints)) {
    throw new InvalidConstraintError([{ code: 'not-a-constraint-set', path: '', message: 'A constraint set is an object with a "constraints" list.' }]);
  }
  const problems: ValidationProblem[] = [];
  const constraints: DeclareConstraint[] = [];
  const firstIndexById = new Map<string, number>();
  json.constraints.forEach((raw: unknown, index: number) => {
    const path = `/constraints/${index}`;
    if (isRecord(raw) && isNonEmptyString(raw.id)) {
      const first = firstIndexById.get(raw.id);
      if (first !== undefined) problems.push({ code: 'duplicate-id', path: `${path}/id`, message: `The id "${raw.id}" is already used by /constraints/${first}.` });
      else firstIndexById.set(raw.id, index);
    }
    const constraint = parseConstraint(raw, path, problems);
    if (constraint) constraints.push(constraint);
  });
  if (problems.length > 0) throw new InvalidConstraintError(problems);
  return { constraints };
}
