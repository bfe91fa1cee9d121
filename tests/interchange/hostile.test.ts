/**
 * Hostile and broken inputs for the CSV, XES and blueprint JSON readers and the CSV export: every
 * case ends in a typed error or a neutralised value, asserted exactly.
 */
import { CsvFileError, CsvMappingError, CsvRowError, InputTooLargeError, JsonSyntaxError, MalformedXmlError, XesImportError, XmlSecurityError } from '../../src/interchange';
import { readBlueprintJson } from '../../src/interchange/blueprintJson/blueprintJson';
import { interactionsToCsv, writeCsv } from '../../src/interchange/csv/exportCsv';
import { parseInteractionsCsv } from '../../src/interchange/csv/interactionsCsv';
import { importInteractionsCsvStream } from '../../src/interchange/csv/interactionsCsvStream';
import { parseOpportunitiesCsv } from '../../src/interchange/csv/opportunitiesCsv';
import { parseXes } from '../../src/interchange/xes/parseXes';
import { parseXmlSafely } from '../../src/interchange/xml/safeXml';

const options = { mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'time', fromParticipant: 'who' }, dateOrder: 'iso' as const };
const BINARY_MESSAGE = 'The file is not a CSV text file (it contains binary data). Save or export it as "CSV UTF-8" and import that file.';

/** Deterministic pseudo-random bytes (xorshift32), so the garbage is the same on every run. */
function garbage(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('hostile input', () => {
  describe('binary garbage', () => {
    const bytes = garbage(4096, 2463534242);
    const text = new TextDecoder().decode(bytes);

    it('is refused by the CSV readers as binary', async () => {
      expect(thrown(() => parseInteractionsCsv(text, options))).toEqual(new CsvFileError('binary', BINARY_MESSAGE));
      await expect(importInteractionsCsvStream(new Blob([bytes]), options, async () => undefined)).rejects.toEqual(new CsvFileError('binary', BINARY_MESSAGE));
      expect(thrown(() => parseOpportunitiesCsv(text, { mapping: { id: 'a', account: 'b', owner: 'c', amount: 'd', status: 'e', created: 'f' }, dateOrder: 'iso', decimalSeparator: '.' }))).toMatchObject({ problem: 'binary' });
    });

    it('is refused by the XES reader (as text and as bytes) and by the blueprint reader', () => {
      expect(thrown(() => parseXes(bytes))).toMatchObject({ reason: 'binary-input' });
      expect(thrown(() => parseXes(text))).toBeInstanceOf(XmlSecurityError);
      expect(thrown(() => readBlueprintJson(text))).toBeInstanceOf(JsonSyntaxError);
    });
  });

  describe('a 50 MB input', () => {
    const row = 'OPP-000001,Discovery call with the economic buyer,2024-03-01T09:00:00Z,ann@contoso.com\n';
    const rows = Math.ceil((50 * 1024 * 1024) / row.length);
    const big = `case,activity,time,who\n${row.repeat(rows)}`;

    it('is refused by the in-memory readers with the documented limits', () => {
      expect(thrown(() => parseInteractionsCsv(big, options))).toEqual(
        new InputTooLargeError(16777216, big.length, 'Import a file this large with the streaming import, which reads it in pieces.')
      );
      expect(thrown(() => parseXes(big))).toEqual(new XmlSecurityError('too-large', 'The file is larger than the 32 MB this import accepts.'));
      expect(thrown(() => readBlueprintJson(big))).toMatchObject({ limit: 5242880, actual: big.length });
    });

    it('is streamed in batches by the streaming import (a tenth of it here; bench/csvImport.ts runs 1M rows)', async () => {
      // Served 1 MiB at a time, as a file stream would: the whole text never needs to be one string.
      const streamedRows = Math.ceil(rows / 10);
      async function* chunks(): AsyncGenerator<string> {
        yield 'case,activity,time,who\n';
        const perChunk = Math.floor((1024 * 1024) / row.length);
        for (let done = 0; done < streamedRows; done += perChunk) yield row.repeat(Math.min(perChunk, streamedRows - done));
      }
      let largest = 0;
      let total = 0;
      const summary = await importInteractionsCsvStream(chunks(), { ...options, batchSize: 5000 }, async (batch) => {
        largest = Math.max(largest, batch.length);
        total += batch.length;
      });
      expect(summary).toEqual({ rows: streamedRows, accepted: streamedRows, rejected: 0, errors: [] });
      expect(total).toBe(streamedRows);
      expect(largest).toBe(5000);
    }, 120000);
  });

  it('names empty XES and JSON files as empty, with no position that does not exist', () => {
    const emptyXes = new XesImportError('The file is empty: an XES log is an XML document with a <log> root element.');
    for (const input of ['', ' \r\n', '\ufeff', new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]) expect(thrown(() => parseXes(input))).toEqual(emptyXes);
    expect(thrown(() => readBlueprintJson(''))).toEqual(new JsonSyntaxError(1, 1, 'The file is empty: it is not valid JSON.'));
    expect(thrown(() => parseXmlSafely(''))).toEqual(new MalformedXmlError(1, 1, 'Start tag expected.'));
  });

  it('never echoes binary content given as blueprint JSON: it names the first control character and where', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    expect(thrown(() => readBlueprintJson(png))).toEqual(new JsonSyntaxError(2, 1, 'The file holds binary data (U+001A), not JSON text: it is not valid JSON.'));
    // Invalid UTF-8 decodes to U+FFFD and bidi controls reorder text: named, not shown; the engine's
    // quote of the surrounding text is dropped.
    expect(thrown(() => readBlueprintJson('\ufffd\ufffd{'))).toEqual(new JsonSyntaxError(1, 1, "Unexpected token 'U+FFFD': the file is not valid JSON."));
    expect(thrown(() => readBlueprintJson('{"a": 1} \u202e'))).toEqual(new JsonSyntaxError(1, 10, 'Unexpected non-whitespace character after JSON: the file is not valid JSON.'));
    const message = (thrown(() => readBlueprintJson(new TextDecoder().decode(garbage(4096, 2463534242)))) as Error).message;
    expect(message).toMatch(/^Line \d+, column \d+: The file holds binary data \(U\+00[01][0-9A-F]\), not JSON text: it is not valid JSON\.$/);
  });

  it('refuses a NUL (binary or UTF-16 text) anywhere in the first 64 Ki characters', () => {
    expect(thrown(() => parseInteractionsCsv('case,activity,time,who\nA,x,2024-01-01,Eve\u0000\n', options))).toEqual(new CsvFileError('binary', BINARY_MESSAGE));
  });

  it('keeps script in names as plain text and strips control and bidi characters', () => {
    const csv = 'case,activity,time,who\r\n"<img src=x onerror=alert(1)>",<script>alert(1)</script>,2024-01-01,"Eve\u0007\u001b[2J\u202e"\r\n';
    const [record] = parseInteractionsCsv(csv, options).records;
    expect([record.opportunityId, record.activity, record.fromParticipant]).toEqual(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'Eve[2J']);
  });

  it('neutralises formula cells in every export', () => {
    const [record] = parseInteractionsCsv('case,activity,time,who\n=1+1,"@SUM(A1:A9)",2024-01-01,"+cmd|\' /C calc\'!A0"\n', options).records;
    expect(interactionsToCsv([record]).split('\r\n')[1]).toBe(`'=1+1,2024-01-01T00:00:00.000Z,'@SUM(A1:A9),'+cmd|' /C calc'!A0,,,,,,csv,${record.sourceKey}`);
    expect(writeCsv({ columns: ['-x', 'note'], rows: [{ '-x': -3, note: '=1\n+2' }, { '-x': '-3', note: '\t=x' }] })).toBe(
      `'-x,note\r\n-3,"'=1\n+2"\r\n'-3,'\t=x\r\n`
    );
  });

  it('reports wrong dates naming the expected format', () => {
    const result = parseInteractionsCsv('case,activity,time\nA,x,01/02/2024\nA,x,2024-13-01\nA,x,yesterday\n', { ...options, mapping: { opportunityId: 'case', activity: 'activity', timestamp: 'time' } });
    expect(result.errors.map((e) => e.message)).toEqual([
      'Row 1 (line 2), column "time": "01/02/2024" is not an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00',
      'Row 2 (line 3), column "time": "2024-13-01" has no month 13; expected an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00',
      'Row 3 (line 4), column "time": "yesterday" is not an ISO 8601 date such as 2024-12-31 or 2024-12-31T14:30:00+01:00'
    ]);
    expect(result.errors[0]).toBeInstanceOf(CsvRowError);
  });

  it('lists unknown columns with the available headers', () => {
    expect(thrown(() => parseInteractionsCsv('Case ID;Activity;Timestamp\nA;x;2024-01-01\n', options))).toEqual(
      new CsvMappingError(['case', 'time', 'who'], ['Case ID', 'Activity', 'Timestamp'])
    );
  });

  it('refuses empty, blank and BOM-only files, and header-only files', () => {
    const empty = new CsvFileError('empty', 'The file is empty: export the data again with a header row.');
    expect(thrown(() => parseInteractionsCsv('', options))).toEqual(empty);
    expect(thrown(() => parseInteractionsCsv('\ufeff\r\n\r\n', options))).toEqual(empty);
    expect(thrown(() => parseInteractionsCsv('case,activity,time,who\r\n\r\n', options))).toEqual(
      new CsvFileError('header-only', 'The file has a header but no data rows.')
    );
    // A wrong mapping is the more useful message, even when there are no rows.
    expect(thrown(() => parseInteractionsCsv('a,b\r\n', options))).toBeInstanceOf(CsvMappingError);
  });

  it('rejects a row with an unterminated quote or an overlong field, and keeps the rest', () => {
    const long = 'x'.repeat(300);
    const result = parseInteractionsCsv(`case,activity,time,who\nA,${long},2024-01-01,ann\nB,ok,2024-01-01,bob\nC,"open quote,2024-01-01,eve\n`, options);
    expect(result.records.map((r) => r.opportunityId)).toEqual(['B']);
    expect(result.errors.map((e) => [e.row, e.line, e.column, e.reason])).toEqual([
      [1, 2, 'activity', 'is 300 characters long; the limit is 255'],
      [3, 4, undefined, 'a quoted field is never closed: add the closing " or remove the opening one']
    ]);
  });
});
