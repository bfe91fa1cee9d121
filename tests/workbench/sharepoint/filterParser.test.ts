import { parseFilter } from '../../../workbench/server/sharepoint/filterParser';
import { SharePointEmulatorError } from '../../../workbench/server/sharepoint/errors';

describe('parseFilter', () => {
  it('gives and precedence over or, and honours parentheses and not', () => {
    expect(parseFilter("A eq 'x' or B gt 2 and not (C le -1.5)")).toEqual({
      kind: 'or',
      left: { kind: 'compare', op: 'eq', left: { kind: 'field', name: 'A' }, right: { kind: 'literal', type: 'string', value: 'x' } },
      right: {
        kind: 'and',
        left: { kind: 'compare', op: 'gt', left: { kind: 'field', name: 'B' }, right: { kind: 'literal', type: 'number', value: 2 } },
        right: { kind: 'not', operand: { kind: 'compare', op: 'le', left: { kind: 'field', name: 'C' }, right: { kind: 'literal', type: 'number', value: -1.5 } } }
      }
    });
  });

  it('reads datetime, boolean, null and escaped string literals and lookup paths', () => {
    expect(parseFilter("Created ge datetime'2024-05-01T00:00:00Z'")).toEqual({
      kind: 'compare',
      op: 'ge',
      left: { kind: 'field', name: 'Created' },
      right: { kind: 'literal', type: 'datetime', value: Date.UTC(2024, 4, 1) }
    });
    expect(parseFilter("Owner/EMail ne 'o''brien@x.com'")).toEqual({
      kind: 'compare',
      op: 'ne',
      left: { kind: 'field', name: 'Owner/EMail' },
      right: { kind: 'literal', type: 'string', value: "o'brien@x.com" }
    });
    expect(parseFilter('Flag eq true and Note eq null')).toEqual({
      kind: 'and',
      left: { kind: 'compare', op: 'eq', left: { kind: 'field', name: 'Flag' }, right: { kind: 'literal', type: 'boolean', value: true } },
      right: { kind: 'compare', op: 'eq', left: { kind: 'field', name: 'Note' }, right: { kind: 'literal', type: 'null', value: null } }
    });
  });

  it('parses startswith and substringof, with and without "eq true/false"', () => {
    expect(parseFilter("startswith(Title,'Con')")).toEqual({ kind: 'startswith', field: { kind: 'field', name: 'Title' }, value: { kind: 'literal', type: 'string', value: 'Con' } });
    expect(parseFilter("substringof('renew', Title) eq false")).toEqual({
      kind: 'not',
      operand: { kind: 'substringof', value: { kind: 'literal', type: 'string', value: 'renew' }, field: { kind: 'field', name: 'Title' } }
    });
  });

  it('refuses malformed expressions with a 400 InvalidClientQueryException', () => {
    for (const text of ["Title eq 'open", 'Title eq', '(A eq 1', 'A like 1', "startswith('x', Title)"]) {
      expect(() => parseFilter(text)).toThrow(SharePointEmulatorError);
    }
    let caught: SharePointEmulatorError | undefined;
    try {
      parseFilter('A eq 1 B');
    } catch (error) {
      caught = error as SharePointEmulatorError;
    }
    expect([caught?.status, caught?.code]).toEqual([400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException']);
  });
});
