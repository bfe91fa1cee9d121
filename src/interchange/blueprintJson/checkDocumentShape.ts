/**
 * Structural check of a blueprint document (types, required and unknown properties) before the model
 * rules run, so that `validateBlueprint` only ever sees well-typed data. Mirrors
 * src/interchange/schema/blueprint.schema.json (version 2) and the version 1 shape; a test checks
 * that this and the schema agree on the fixtures.
 */
import type { ValidationProblem } from '../../core';

type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string[]'
  | { readonly oneOf: readonly string[] }
  | { readonly object: Shape }
  | { readonly arrayOf: Shape };
interface FieldRule {
  readonly type: FieldType;
  readonly required: boolean;
}
type Shape = Readonly<Record<string, FieldRule>>;

const req = (type: FieldType): FieldRule => ({ type, required: true });
const opt = (type: FieldType): FieldRule => ({ type, required: false });

const ROLE: Shape = { id: req('string'), name: req('string'), side: req({ oneOf: ['internal', 'customer', 'partner'] }), description: opt('string') };
const HEAD: Shape = {
  $schema: opt('string'),
  formatVersion: req('integer'),
  id: req('string'),
  name: req('string'),
  description: opt('string'),
  version: req('integer'),
  status: req({ oneOf: ['draft', 'published'] }),
  roles: req({ arrayOf: ROLE })
};
const TRANSACTION_COMMON: Shape = {
  id: req('string'),
  sequence: req('integer'),
  from: req('string'),
  to: req('string'),
  deliverable: req('string'),
  stage: req('string'),
  required: req('boolean')
};

const V2: Shape = {
  ...HEAD,
  stages: req({
    arrayOf: {
      id: req('string'),
      name: req('string'),
      order: req('integer'),
      exitCriteria: req({ object: { minSellingActions: req('integer'), minBuyingActions: req('integer') } })
    }
  }),
  transactions: req({
    arrayOf: {
      ...TRANSACTION_COMMON,
      kind: req({ oneOf: ['tangible', 'intangible'] }),
      precededBy: req('string[]'),
      due: opt({ object: { days: req('number'), afterTransactionId: opt('string') } }),
      minCount: req('integer')
    }
  })
};

const V1: Shape = {
  ...HEAD,
  stages: req({ arrayOf: { id: req('string'), name: req('string'), order: req('integer'), minSellingActions: req('integer'), minBuyingActions: req('integer') } }),
  transactions: req({
    arrayOf: { ...TRANSACTION_COMMON, tangible: req('boolean'), predecessors: req('string[]'), dueDays: opt('number'), dueAfter: opt('string'), minCount: opt('integer') }
  })
};

/** RFC 6901 escaping of one pointer segment. */
function segment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(type: FieldType): string {
  if (typeof type === 'string') return type === 'string[]' ? 'a list of texts' : type === 'integer' ? 'a whole number' : `a ${type}`;
  if ('oneOf' in type) return `one of ${type.oneOf.join(', ')}`;
  return 'object' in type ? 'an object' : 'a list';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkValue(value: unknown, type: FieldType, path: string, problems: ValidationProblem[]): void {
  const wrong = (): void => {
    problems.push({ code: 'wrong-type', path, message: `Expected ${describe(type)} here.` });
  };
  if (type === 'string' || type === 'boolean') {
    if (typeof value !== type) wrong();
  } else if (type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) wrong();
  } else if (type === 'integer') {
    if (!Number.isInteger(value)) wrong();
  } else if (type === 'string[]') {
    if (!Array.isArray(value)) wrong();
    else value.forEach((item, i) => checkValue(item, 'string', `${path}/${i}`, problems));
  } else if ('oneOf' in type) {
    if (typeof value !== 'string' || type.oneOf.indexOf(value) < 0) wrong();
  } else if ('object' in type) {
    checkShape(value, type.object, path, problems);
  } else if (!Array.isArray(value)) wrong();
  else value.forEach((item, i) => checkShape(item, type.arrayOf, `${path}/${i}`, problems));
}

function checkShape(value: unknown, shape: Shape, path: string, problems: ValidationProblem[]): void {
  if (!isPlainObject(value)) {
    problems.push({ code: 'wrong-type', path, message: 'Expected an object here.' });
    return;
  }
  Object.keys(shape).forEach((key) => {
    const rule = shape[key];
    const child = `${path}/${segment(key)}`;
    if (!Object.prototype.hasOwnProperty.call(value, key)) {
      if (rule.required) problems.push({ code: 'missing-property', path: child, message: `"${key}" is required.` });
    } else checkValue(value[key], rule.type, child, problems);
  });
  Object.keys(value).forEach((key) => {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      problems.push({ code: 'unknown-property', path: `${path}/${segment(key)}`, message: `"${key}" is not part of the format: remove it or check its spelling.` });
    }
  });
}

/**
 * Checks a parsed document against the shape of its format version.
 *
 * @param document - the parsed JSON (anything)
 * @param formatVersion - 1 or 2
 * @returns every problem, each with a JSON pointer (`/transactions/3/kind`); empty when well formed
 */
export function checkDocumentShape(document: unknown, formatVersion: 1 | 2): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  checkShape(document, formatVersion === 1 ? V1 : V2, '', problems);
  return problems;
}
