import { JsonSyntaxError } from '../errors';

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
  // JSON allows no raw control character anywhere (strings included), so one is binary data, never
  // text: say so, and where, without echoing the bytes (engines quote the text around the error).
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(text);
  if (text.trim() === '') throw new JsonSyntaxError(1, 1, 'The file is empty: it is not valid JSON.');
  if (control) {
    const where = lineColumnAt(text, control.index);
    throw new JsonSyntaxError(where.line, where.column, `The file holds binary data (${codePoint(control[0])}), not JSON text: it is not valid JSON.`);
  }
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
    const reason = printable(
      message
        .replace(/ (in JSON )?at position \d+.*$/, '')
        .replace(/^JSON\.parse: /, '')
        .replace(/ at line \d+ column \d+.*$/, '')
        // V8 quotes the text around the error ('Unexpected token 'x', "..." is not valid JSON'): line
        // and column already say where, and the excerpt may be anything the file held.
        .replace(/, "[\s\S]*" is not valid JSON$/, '')
    );
    throw new JsonSyntaxError(where.line, where.column, `${reason}: the file is not valid JSON.`);
  }
}

/** `U+0000` style name of one character. */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** An engine message with invisible, control, bidi and replacement characters named instead of shown. */
function printable(message: string): string {
  // Explicit ranges rather than \p{C}: the bundle targets ES2017, before Unicode property escapes.
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffd\ud800-\udfff]/g, codePoint);
}
