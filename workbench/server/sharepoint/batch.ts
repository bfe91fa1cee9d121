import { randomUUID } from 'node:crypto';
import { invalidQuery } from './errors';

/** One HTTP request carried inside a `$batch` body. */
export interface BatchPart {
  readonly method: string;
  /** Absolute or server-relative URL as written in the request line. */
  readonly url: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface BatchPartResult {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Serialised body; empty for 204. */
  readonly body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return match ? match[1] : undefined;
}

function splitHeaders(text: string): [Record<string, string>, string] {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const rest = match ? text.slice(match.index + match[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, rest];
}

function parseMultipart(text: string, boundary: string, out: BatchPart[]): void {
  const lines = text.split(/\r?\n/);
  const chunks: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) chunks.push(current);
      if (trimmed === `--${boundary}--`) break;
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  for (const chunk of chunks) {
    const [mime, content] = splitHeaders(chunk.join('\n').replace(/^\n+/, ''));
    const inner = boundaryOf(mime['content-type']);
    if (inner && /multipart\/mixed/i.test(mime['content-type'] ?? '')) {
      // A changeset: its own boundary, one application/http request per part.
      parseMultipart(content, inner, out);
      continue;
    }
    const [requestLine, ...restLines] = content.split('\n');
    const match = /^(\w+)\s+(\S+)\s+HTTP\/\d\.\d\s*$/.exec(requestLine.trim());
    if (!match) throw invalidQuery(`The batch request line '${requestLine.trim()}' is not valid.`);
    const [headers, body] = splitHeaders(restLines.join('\n'));
    out.push({ method: match[1].toUpperCase(), url: match[2], headers, body: body.replace(/\n+$/, '') });
  }
}

/**
 * Parses a `$batch` body as PnPjs v4 writes it: `--batch_<id>` parts, GETs directly, writes each in a
 * `changeset_<id>` part (multipart/mixed), every request as `application/http`.
 *
 * @param contentType the outer `Content-Type` (carries `boundary=batch_<id>`)
 * @throws 400 when the boundary or a request line is missing
 */
export function parseBatch(contentType: string | undefined, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw invalidQuery('The batch request has no multipart boundary.');
  const parts: BatchPart[] = [];
  parseMultipart(body, boundary, parts);
  return parts;
}

/**
 * Writes the batch response: one flat `--batchresponse_<id>` part per request, in request order,
 * changesets included, as SharePoint answers. Lines end with LF only: PnPjs splits the body on
 * `\n` and hands the status line's reason to `new Response`, which rejects a trailing `\r`.
 *
 * @returns the body and its Content-Type
 */
export function renderBatchResponse(results: readonly BatchPartResult[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const result of results) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${result.status} ${result.statusText}`);
    for (const [name, value] of Object.entries(result.headers)) out.push(`${name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name}: ${value}`);
    out.push('');
    out.push(result.body);
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out.join('\n') };
}
