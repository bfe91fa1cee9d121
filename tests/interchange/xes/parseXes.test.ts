import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'fflate';
import { InputTooLargeError, MalformedXmlError, XesImportError, XmlSecurityError } from '../../../src/interchange';
import { parseXes } from '../../../src/interchange/xes/parseXes';

const file = path.resolve(__dirname, '../../fixtures/interchange/small-log.xes');
const text = fs.readFileSync(file, 'utf8');

const withoutKeys = (list: readonly { sourceKey: string }[]): unknown[] => list.map(({ sourceKey, ...rest }) => rest);

describe('parseXes', () => {
  it('reads traces and complete events, with resource and role', () => {
    const result = parseXes(text);
    expect(withoutKeys(result.interactions)).toEqual([
      // the 'start' event is dropped; 10:00+01:00 = 09:00Z
      { opportunityId: 'OPP-1', timestamp: 1709283600000, activity: 'Discovery call', fromParticipant: 'Ann & Co', fromRole: 'Account executive', source: 'xes' },
      { opportunityId: 'OPP-1', timestamp: 1709283600000, activity: 'Business case', source: 'xes' },
      { opportunityId: 'OPP-1', timestamp: 1709283600000, activity: 'Business case', source: 'xes' },
      // markup stays text; no zone means UTC
      { opportunityId: 'OPP-2', timestamp: 1709337600000, activity: '<script>x</script>', source: 'xes' }
    ]);
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [31, 'Line 31: An event of trace "OPP-1" has no time:timestamp; the event was skipped.'],
      [35, 'Line 35: Trace 2 has no concept:name, so its opportunity is unknown; the trace was skipped.']
    ]);
    const keys = result.interactions.map((i) => i.sourceKey);
    expect(new Set(keys).size).toBe(4);
    expect(parseXes(text).interactions.map((i) => i.sourceKey)).toEqual(keys);
  });

  it('keeps every lifecycle transition on request', () => {
    const result = parseXes(text, { lifecycle: 'all', source: 'crm' });
    expect(result.interactions.map((i) => [i.activity, i.timestamp, i.source])).toEqual([
      ['Discovery call', 1709280000000, 'crm'],
      ['Discovery call', 1709283600000, 'crm'],
      ['Business case', 1709283600000, 'crm'],
      ['Business case', 1709283600000, 'crm'],
      ['<script>x</script>', 1709337600000, 'crm']
    ]);
  });

  it('reads bytes and gzip bytes (detected by magic number) to the same result', () => {
    const bytes = new TextEncoder().encode(text);
    expect(parseXes(bytes)).toEqual(parseXes(text));
    expect(parseXes(gzipSync(bytes))).toEqual(parseXes(text));
  });

  it('refuses a non-log root, corrupt gzip, oversized input and DOCTYPEs with typed errors', () => {
    expect(() => parseXes('<?xml version="1.0"?>\n<process/>')).toThrow(new XesImportError('The document is not an XES log: its root element is <process>, not <log>.', 2));
    expect(() => parseXes(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]))).toThrow(
      new XesImportError('The .xes.gz file is not a valid gzip stream (truncated or not deflate).')
    );
    const gz = gzipSync(new TextEncoder().encode(text));
    expect(() => parseXes(gz.slice(0, gz.length - 100))).toThrow(XesImportError);
    const bomb = gzipSync(new Uint8Array(2048).fill(32));
    expect(() => parseXes(bomb, { maxBytes: 1024 })).toThrow(InputTooLargeError);
    expect(() => parseXes('<!DOCTYPE log [<!ENTITY a "b">]><log/>')).toThrow(XmlSecurityError);
    expect(() => parseXes('<log><trace></log>')).toThrow(MalformedXmlError);
  });
});
