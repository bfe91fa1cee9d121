import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { CsvFileError, CsvMappingError } from '../../../src/interchange';
import type { Interaction } from '../../../src/core/model/interaction';
import { parseInteractionsCsv } from '../../../src/interchange/csv/interactionsCsv';
import { importInteractionsCsvStream } from '../../../src/interchange/csv/interactionsCsvStream';

const fixtures = path.resolve(__dirname, '../../fixtures/interchange');
const options = {
  mapping: { opportunityId: 'Deal', activity: 'Step', timestamp: 'When', fromParticipant: 'Who', channel: 'Channel' },
  dateOrder: 'day-first' as const
};

async function collect(
  source: Parameters<typeof importInteractionsCsvStream>[0],
  extra: { batchSize?: number; chunkSize?: number } = {}
): Promise<{ batches: number[]; records: Interaction[]; summary: Awaited<ReturnType<typeof importInteractionsCsvStream>> }> {
  const batches: number[] = [];
  const records: Interaction[] = [];
  const summary = await importInteractionsCsvStream(source, { ...options, ...extra }, async (batch) => {
    batches.push(batch.length);
    records.push(...batch);
    await new Promise((resolve) => setTimeout(resolve, 1));
  });
  return { batches, records, summary };
}

describe('importInteractionsCsvStream', () => {
  const text = fs.readFileSync(path.join(fixtures, 'interactions-daytime-semicolon.csv'), 'utf8');
  const expected = parseInteractionsCsv(text, options);

  it('gives the same records, keys and errors as the in-memory import, whatever the chunk size', async () => {
    for (const chunkSize of [5, 17, 64, 1 << 20]) {
      const { records, summary, batches } = await collect(text, { chunkSize, batchSize: 2 });
      expect(records).toEqual(expected.records);
      expect(summary.accepted).toBe(3);
      expect(summary.rejected).toBe(3);
      expect(summary.rows).toBe(6);
      expect(summary.errors.map((e) => [e.row, e.line, e.column])).toEqual([
        [4, 6, 'Deal'],
        [5, 8, 'When'],
        [6, 9, 'Channel']
      ]);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(3);
      expect(Math.max(...batches)).toBeLessThanOrEqual(2);
    }
  });

  it('decodes UTF-8 split across chunk boundaries (Blob and byte streams)', async () => {
    const csv = 'Deal,Step,When,Who,Channel\nD-1,Präsentation für Café ☕,01/02/2024,Zoë,\n';
    const bytes = new TextEncoder().encode(csv);
    const fromBlob = await collect(new Blob([bytes]), { chunkSize: 3 });
    expect(fromBlob.records.map((r) => [r.activity, r.fromParticipant, r.timestamp])).toEqual([['Präsentation für Café ☕', 'Zoë', 1706745600000]]);
    // One byte per chunk: every multi-byte character is split.
    const fromStream = await collect(Readable.from(Array.from(bytes, (b) => Buffer.from([b]))));
    expect(fromStream.records).toEqual(fromBlob.records);
  });

  it('reads a Node file stream', async () => {
    const { records } = await collect(fs.createReadStream(path.join(fixtures, 'interactions-daytime-semicolon.csv')));
    expect(records).toEqual(expected.records);
  });

  it('reports progress with the rows read so far', async () => {
    const seen: number[] = [];
    await importInteractionsCsvStream(text, { ...options, chunkSize: 60, onProgress: (p) => seen.push(p.rows) }, async () => undefined);
    expect(seen[seen.length - 1]).toBe(6);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('rejects with the typed error for a wrong mapping, an empty file, a header-only file and binary data', async () => {
    await expect(collect('a;b\n1;2\n')).rejects.toEqual(new CsvMappingError(['Deal', 'Step', 'When', 'Who', 'Channel'], ['a', 'b']));
    await expect(collect('')).rejects.toBeInstanceOf(CsvFileError);
    await expect(collect('Deal,Step,When,Who,Channel\r\n')).rejects.toMatchObject({ problem: 'header-only' });
    await expect(collect('PK\u0003\u0004\u0000\u0000binary')).rejects.toMatchObject({ problem: 'binary' });
  });

  it('stops and rejects with the error of a failing batch', async () => {
    const failure = new Error('list unavailable');
    let calls = 0;
    await expect(
      importInteractionsCsvStream(text, { ...options, batchSize: 1, chunkSize: 5 }, async () => {
        calls += 1;
        if (calls === 2) throw failure;
      })
    ).rejects.toBe(failure);
    expect(calls).toBe(2);
  });
});
