import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { InvalidBlueprintError } from '../../../src/core/errors';
import { JsonSyntaxError } from '../../../src/interchange';
import { readBlueprintJson, writeBlueprintJson } from '../../../src/interchange/blueprintJson/blueprintJson';
import { lineColumnAt } from '../../../src/interchange/blueprintJson/parseJsonText';
import schema from '../../../src/interchange/schema/blueprint.schema.json';

const dir = path.resolve(__dirname, '../../fixtures/interchange/blueprint');
const v1 = fs.readFileSync(path.join(dir, 'v1-enterprise.json'), 'utf8');
const v2 = fs.readFileSync(path.join(dir, 'v2-enterprise.json'), 'utf8');

function problemsOf(text: string): { code: string; path: string }[] {
  try {
    readBlueprintJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidBlueprintError);
    return (error as InvalidBlueprintError).problems.map((p) => ({ code: p.code, path: p.path }));
  }
  throw new Error('expected InvalidBlueprintError');
}

describe('readBlueprintJson / writeBlueprintJson', () => {
  it('reads version 2 and writes it back byte for byte', () => {
    const blueprint = readBlueprintJson(v2);
    expect(blueprint.transactions[2]).toEqual({
      id: 't3',
      sequence: 3,
      from: 'ae',
      to: 'buyer',
      deliverable: 'Business case',
      kind: 'tangible',
      stage: 'propose',
      required: true,
      precededBy: ['t2'],
      due: { days: 14, afterTransactionId: 't2' },
      minCount: 2
    });
    expect(Object.keys(blueprint)).toEqual(['id', 'name', 'version', 'status', 'roles', 'stages', 'transactions']);
    expect(writeBlueprintJson(blueprint)).toBe(v2);
  });

  it('migrates version 1 to the same blueprint as its version 2 twin', () => {
    expect(readBlueprintJson(v1)).toEqual(readBlueprintJson(v2));
    expect(writeBlueprintJson(readBlueprintJson(v1))).toBe(v2);
  });

  it('reports JSON syntax errors with line and column', () => {
    const where = (text: string): [number, number] => {
      try {
        readBlueprintJson(text);
      } catch (error) {
        expect(error).toBeInstanceOf(JsonSyntaxError);
        return [(error as JsonSyntaxError).line, (error as JsonSyntaxError).column];
      }
      throw new Error('expected JsonSyntaxError');
    };
    expect(where('{\n  "formatVersion": 2,\n  "id": "x"\n  "name": "y"\n}')).toEqual([4, 3]);
    expect(where('{"formatVersion": 2,\r\n "id": ')).toEqual([2, 8]);
    expect(lineColumnAt('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
  });

  it('refuses unknown and newer format versions', () => {
    expect(problemsOf('{"id": "x"}')).toEqual([{ code: 'unsupported-format-version', path: '/formatVersion' }]);
    expect(() => readBlueprintJson('{"formatVersion": 3}')).toThrow(
      'The blueprint has a problem: The document has format version 3, written by a newer ValueNetworks; update the app to read it.'
    );
    expect(problemsOf('[]')).toEqual([{ code: 'unsupported-format-version', path: '/formatVersion' }]);
  });

  it('reports shape problems with JSON pointers', () => {
    const doc = JSON.parse(v2);
    doc.transactions[1].kind = 'soft';
    delete doc.stages[0].exitCriteria.minBuyingActions;
    doc.roles[2]['na/me~'] = 'typo';
    doc.transactions[0].precededBy = ['t0', 7];
    expect(problemsOf(JSON.stringify(doc))).toEqual([
      { code: 'unknown-property', path: '/roles/2/na~1me~0' },
      { code: 'missing-property', path: '/stages/0/exitCriteria/minBuyingActions' },
      { code: 'wrong-type', path: '/transactions/0/precededBy/1' },
      { code: 'wrong-type', path: '/transactions/1/kind' }
    ]);
  });

  it('reports version 1 shape problems against the version 1 document', () => {
    const doc = JSON.parse(v1);
    doc.transactions[0].tangible = 'yes';
    doc.transactions[1].kind = 'tangible';
    expect(problemsOf(JSON.stringify(doc))).toEqual([
      { code: 'wrong-type', path: '/transactions/0/tangible' },
      { code: 'unknown-property', path: '/transactions/1/kind' }
    ]);
  });

  it('applies the model rules unless asked not to', () => {
    const doc = JSON.parse(v2);
    doc.transactions[0].to = 'nobody';
    expect(problemsOf(JSON.stringify(doc))).toEqual([{ code: 'unknown-role', path: '/transactions/0/to' }]);
    expect(readBlueprintJson(JSON.stringify(doc), { validateModel: false }).transactions[0].to).toBe('nobody');
  });
});

describe('blueprint.schema.json', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('accepts what the reader accepts and what the writer writes', () => {
    expect(validate(JSON.parse(v2))).toBe(true);
    expect(validate(JSON.parse(writeBlueprintJson(readBlueprintJson(v1))))).toBe(true);
  });

  it('refuses the shape problems the reader refuses, and version 1', () => {
    const doc = JSON.parse(v2);
    doc.transactions[1].kind = 'soft';
    expect(validate(doc)).toBe(false);
    expect(validate(JSON.parse(v1))).toBe(false);
  });
});
