import { invalidQuery } from './errors';

/**
 * The OData v3 `$filter` subset SharePoint list items accept, as an AST:
 * `eq ne gt ge lt le`, `and or not`, `startswith(Field,'x')`, `substringof('x',Field)`, parentheses,
 * and literals: 'string' (with '' escapes), numbers, datetime'ISO', true/false, null.
 */
export type FilterLiteral =
  | { readonly kind: 'literal'; readonly type: 'string'; readonly value: string }
  | { readonly kind: 'literal'; readonly type: 'number'; readonly value: number }
  | { readonly kind: 'literal'; readonly type: 'datetime'; readonly value: number }
  | { readonly kind: 'literal'; readonly type: 'boolean'; readonly value: boolean }
  | { readonly kind: 'literal'; readonly type: 'null'; readonly value: null };

export interface FilterField {
  readonly kind: 'field';
  /** As written, e.g. `Title`, `VNOwnerId`, `Author/Id`. */
  readonly name: string;
}

export type FilterOperand = FilterLiteral | FilterField;

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: FilterOperand; readonly right: FilterOperand }
  | { readonly kind: 'startswith'; readonly field: FilterField; readonly value: FilterLiteral }
  | { readonly kind: 'substringof'; readonly value: FilterLiteral; readonly field: FilterField };

type Token =
  | { readonly t: 'ident'; readonly v: string }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'datetime'; readonly v: string }
  | { readonly t: '(' | ')' | ',' };

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: c });
      i++;
    } else if (c === "'") {
      const [value, next] = readQuoted(text, i);
      tokens.push({ t: 'string', v: value });
      i = next;
    } else if (/[-\d]/.test(c)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[dDmMlLfF]?/.exec(text.slice(i));
      if (!match) throw invalidQuery(`Syntax error at position ${i} in '${text}'.`);
      tokens.push({ t: 'number', v: Number(match[0].replace(/[dDmMlLfF]$/, '')) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(text.slice(i)) as RegExpExecArray;
      i += match[0].length;
      if (match[0].toLowerCase() === 'datetime' && text[i] === "'") {
        const [value, next] = readQuoted(text, i);
        tokens.push({ t: 'datetime', v: value });
        i = next;
      } else {
        tokens.push({ t: 'ident', v: match[0] });
      }
    } else {
      throw invalidQuery(`Syntax error at position ${i} in '${text}'.`);
    }
  }
  return tokens;
}

/** Reads a '...' literal starting at `start`; `''` is an escaped quote. Returns [value, next index]. */
function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw invalidQuery(`Unterminated string literal at position ${start} in '${text}'.`);
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text[i];
    i++;
  }
}

/**
 * Parses a `$filter` expression. Precedence, loosest first: `or`, `and`, `not`, comparison.
 *
 * @throws SharePointEmulatorError (400, InvalidClientQueryException) on a syntax error or an
 *   unsupported function
 */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (word: string): boolean => {
    const token = peek();
    return token !== undefined && token.t === 'ident' && token.v.toLowerCase() === word;
  };
  const expect = (t: '(' | ')' | ','): void => {
    if (peek()?.t !== t) throw invalidQuery(`Syntax error: '${t}' expected in '${text}'.`);
    pos++;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isWord('not')) {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    if (peek()?.t === '(') {
      pos++;
      const inner = parseOr();
      expect(')');
      return inner;
    }
    if (isWord('startswith') || isWord('substringof')) return parseCall();
    const left = parseOperand();
    const opToken = peek();
    if (opToken?.t !== 'ident' || !COMPARE_OPS.includes(opToken.v.toLowerCase())) {
      throw invalidQuery(`Syntax error: comparison operator expected in '${text}'.`);
    }
    pos++;
    return { kind: 'compare', op: opToken.v.toLowerCase() as CompareOp, left, right: parseOperand() };
  }
  function parseCall(): FilterNode {
    const name = (peek() as { v: string }).v.toLowerCase();
    pos++;
    expect('(');
    const first = parseOperand();
    expect(',');
    const second = parseOperand();
    expect(')');
    let node: FilterNode;
    if (name === 'startswith' && first.kind === 'field' && second.kind === 'literal') {
      node = { kind: 'startswith', field: first, value: second };
    } else if (name === 'substringof' && first.kind === 'literal' && second.kind === 'field') {
      node = { kind: 'substringof', value: first, field: second };
    } else {
      throw invalidQuery(`Invalid arguments for '${name}' in '${text}'.`);
    }
    // `startswith(Title,'a') eq true` is the long form of the same predicate.
    if (isWord('eq') && tokens[pos + 1]?.t === 'ident' && /^(true|false)$/i.test((tokens[pos + 1] as { v: string }).v)) {
      const negate = (tokens[pos + 1] as { v: string }).v.toLowerCase() === 'false';
      pos += 2;
      return negate ? { kind: 'not', operand: node } : node;
    }
    return node;
  }
  function parseOperand(): FilterOperand {
    const token = peek();
    if (token === undefined) throw invalidQuery(`Syntax error: unexpected end of '${text}'.`);
    pos++;
    switch (token.t) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.v };
      case 'number':
        return { kind: 'literal', type: 'number', value: token.v };
      case 'datetime': {
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(token.v) ? token.v : `${token.v}Z`);
        if (Number.isNaN(ms)) throw invalidQuery(`Invalid datetime literal '${token.v}'.`);
        return { kind: 'literal', type: 'datetime', value: ms };
      }
      case 'ident': {
        const lower = token.v.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'boolean', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
        return { kind: 'field', name: token.v };
      }
      default:
        throw invalidQuery(`Syntax error: unexpected '${token.t}' in '${text}'.`);
    }
  }

  const tree = parseOr();
  if (pos !== tokens.length) throw invalidQuery(`Syntax error: unexpected input after position ${pos} in '${text}'.`);
  return tree;
}
