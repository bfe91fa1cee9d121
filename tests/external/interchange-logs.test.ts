import * as fs from 'fs';
import * as path from 'path';
import { groupIntoTraces, type LogTrace } from '../../src/core/model/eventLog';
import { parseInteractionsCsv } from '../../src/interchange/csv/interactionsCsv';
import { importInteractionsCsvStream } from '../../src/interchange/csv/interactionsCsvStream';
import { INTERACTION_CSV_PRESETS } from '../../src/interchange/csv/mapping';
import { parseXes } from '../../src/interchange/xes/parseXes';

const fixtures = path.resolve(__dirname, '../../../shared/fixtures');
const logs = path.join(fixtures, 'event-logs');
const describeIfPresent = fs.existsSync(logs) ? describe : describe.skip;
const processMining = INTERACTION_CSV_PRESETS[0];

function byCase(traces: readonly LogTrace[]): Record<string, { activity: string; timestamp: number }[]> {
  const result: Record<string, { activity: string; timestamp: number }[]> = {};
  for (const trace of traces) result[trace.caseId] = trace.events.map((e) => ({ activity: e.activity, timestamp: e.timestamp }));
  return result;
}

// Real logs of a few MB: on a loaded 2-core machine a parse can pass jest's default 5 s.
jest.setTimeout(60_000);

describeIfPresent('event logs from ../shared/fixtures', () => {
  it('imports running-example.csv and running-example.xes to identical cases', () => {
    const csv = parseInteractionsCsv(fs.readFileSync(path.join(logs, 'running-example.csv'), 'utf8'), {
      mapping: processMining.mapping,
      dateOrder: processMining.dateOrder
    });
    const xes = parseXes(fs.readFileSync(path.join(logs, 'running-example.xes')));
    expect(csv.errors).toEqual([]);
    expect(xes.errors).toEqual([]);
    expect(csv.accepted).toBe(42);
    expect(xes.interactions).toHaveLength(42);
    const fromCsv = byCase(groupIntoTraces(csv.records));
    const fromXes = byCase(groupIntoTraces(xes.interactions));
    expect(Object.keys(fromCsv).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(fromCsv).toEqual(fromXes);
    // Case 3 by hand: starts 2010-12-30 14:32 +01:00 with "register request".
    expect(fromCsv['3'][0]).toEqual({ activity: 'register request', timestamp: 1293715920000 });
    expect(fromCsv['3'].map((e) => e.activity)).toEqual([
      'register request',
      'examine casually',
      'check ticket',
      'decide',
      'reinitiate request',
      'examine thoroughly',
      'check ticket',
      'decide',
      'pay compensation'
    ]);
    // The resources agree too.
    const resources = (list: readonly { fromParticipant?: string }[]): (string | undefined)[] => list.map((i) => i.fromParticipant).sort();
    expect(resources(csv.records)).toEqual(resources(xes.interactions));
  });

  it('imports receipt.csv as exactly 1,434 cases and 8,577 events, streaming or not', async () => {
    const text = fs.readFileSync(path.join(logs, 'receipt.csv'), 'utf8');
    const options = { mapping: processMining.mapping, dateOrder: processMining.dateOrder };
    const result = parseInteractionsCsv(text, options);
    expect(result.errors).toEqual([]);
    expect(result.accepted).toBe(8577);
    expect(new Set(result.records.map((r) => r.opportunityId)).size).toBe(1434);
    expect(new Set(result.records.map((r) => r.activity)).size).toBe(27);
    expect(new Set(result.records.map((r) => r.sourceKey)).size).toBe(8577);

    const streamed: string[] = [];
    const summary = await importInteractionsCsvStream(fs.createReadStream(path.join(logs, 'receipt.csv')), options, async (batch) => {
      for (const r of batch) streamed.push(r.sourceKey);
    });
    expect(summary).toEqual({ rows: 8577, accepted: 8577, rejected: 0, errors: [] });
    expect(streamed).toEqual(result.records.map((r) => r.sourceKey));
  });
});
