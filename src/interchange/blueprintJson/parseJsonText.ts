import { JsonSyntaxError } from '../../core/errors';

/**
 * Line and column (1-based) of a 0-based character offset, counting LF, CRLF and CR as line breaks.
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * `JSON.parse` with the failure located. Engines report where parsing stopped differently: V8
 * (Chrome, Edge, Node) says "at position N", Firefox "at line L column C", and "Unexpected end"
 * means the text stopped early. When an engine says nothing (Safari), the error points at line 1,
 * column 1 and keeps the engine's message.
 *
 * @throws JsonSyntaxError with 1-based line and column
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let where = { line: 1, column: 1 };
    if (position) where = lineColumnAt(text, Number(position[1]));
    else if (lineColumn) where = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    else if (/end of (JSON )?(input|data)/i.test(message) || text.trim() === '') where = lineColumnAt(text, text.length);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '').replace(/ at line \d+ column \d+.*$/, '');
    throw new JsonSyntaxError(where.line, where.column, `${reason}: the file is not valid JSON.`);
  }
}
