/**
 * CSV import throughput: a seeded 1M-row interactions CSV (about 95 MB) written to a temp file, read
 * as a Node file stream by our streaming import (papaparse underneath, plus cleaning, date parsing,
 * channel mapping and source keys) and, in the same run, by plain papaparse streaming the same file
 * (rows only, nothing kept), so the cost of our per-row work is visible.
 *
 * Keys:
 *   csv_import.rows                       data rows in the generated file
 *   csv_import.file_mib                   size of the file, MiB
 *   csv_import.ours.median_ms             importInteractionsCsvStream over the file, batches discarded, ms
 *   csv_import.ours.rows_per_s            rows imported per second at the median
 *   csv_import.ours.peak_rss_mib          peak resident memory of the process during our runs (run first), MiB
 *   csv_import.papaparse.median_ms        Papa.parse streaming the same file with a chunk callback, ms
 *   csv_import.papaparse.rows_per_s       rows parsed per second at the median
 *   csv_import.papaparse.peak_rss_mib     peak resident memory during those runs (after ours), MiB
 *   csv_import.ours.cpu_ms                CPU time (user + system, all threads) per run of ours, ms
 *   csv_import.papaparse.cpu_ms           the same for plain papaparse, ms
 *   csv_import.ours_vs_papaparse.cpu_ratio  ours.cpu_ms / papaparse.cpu_ms (less sensitive to a busy machine than wall time)
 *
 * The wall-clock medians swing with whatever else the machine runs; the CPU figures much less so.
 * `CSV_BENCH_ROWS=200000` runs a smaller file (the `rows` key says which).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as Papa from 'papaparse';
import { importInteractionsCsvStream } from '../src/interchange';
import { time, type BenchFigure, type BenchSuite } from './harness';
import { seededRandom } from '../workbench/demo/random';

const ROWS = Number(process.env.CSV_BENCH_ROWS ?? 1_000_000);
const SEED = 20240301;
const ACTIVITIES = ['Discovery call', 'Business case', 'ROI model', 'Security questionnaire', 'Demo', 'Proposal', 'Negotiation', 'Contract'];
const CHANNELS = ['meeting', 'mail', 'call', 'task', 'document'];
const PEOPLE = ['ann@contoso.com', 'bob@contoso.com', 'cfo@fabrikam.com', 'it@fabrikam.com', 'legal@fabrikam.com'];

/** Writes the seeded file in 10,000-row pieces; returns its path. Some activities are quoted with a comma. */
function writeCsvFile(rows: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vn-csv-bench-')), 'interactions.csv');
  const random = seededRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'OpportunityId,Timestamp,Activity,FromParticipant,ToParticipant,Channel\r\n');
  const start = Date.UTC(2024, 0, 1);
  for (let done = 0; done < rows; done += 10_000) {
    const lines: string[] = [];
    for (let i = done; i < Math.min(rows, done + 10_000); i++) {
      const when = new Date(start + Math.floor(random() * 365 * 86_400_000)).toISOString();
      const activity = random() < 0.1 ? `"${pick(ACTIVITIES)}, follow-up"` : pick(ACTIVITIES);
      lines.push(`OPP-${String(Math.floor(random() * 50_000)).padStart(6, '0')},${when},${activity},${pick(PEOPLE)},${pick(PEOPLE)},${pick(CHANNELS)}`);
    }
    fs.writeSync(fd, `${lines.join('\r\n')}\r\n`);
  }
  fs.closeSync(fd);
  return file;
}

/** Runs `time` and also returns the process CPU time per run (user + system, every thread), ms. */
async function timeWithCpu(fn: () => unknown, runs: number): Promise<{ timing: Awaited<ReturnType<typeof time>>; cpuMs: number }> {
  const before = process.cpuUsage();
  const timing = await time(fn, { runs });
  const used = process.cpuUsage(before);
  return { timing, cpuMs: (used.user + used.system) / 1000 / runs };
}

function papaparseRows(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse<string[]>(fs.createReadStream(file, { encoding: 'utf8' }) as unknown as File, {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
      error: reject
    });
  });
}

export const suite: BenchSuite = {
  name: 'csv_import',
  async run(): Promise<readonly BenchFigure[]> {
    const file = writeCsvFile(ROWS);
    try {
      const sizeMiB = fs.statSync(file).size / (1024 * 1024);
      let accepted = 0;
      const { timing: ours, cpuMs: oursCpu } = await timeWithCpu(
        async () => {
          const summary = await importInteractionsCsvStream(
            fs.createReadStream(file),
            {
              mapping: { opportunityId: 'OpportunityId', activity: 'Activity', timestamp: 'Timestamp', fromParticipant: 'FromParticipant', toParticipant: 'ToParticipant', channel: 'Channel' },
              dateOrder: 'iso',
              batchSize: 2000
            },
            async () => undefined
          );
          accepted = summary.accepted;
        },
        3
      );
      if (accepted !== ROWS) throw new Error(`expected ${ROWS} rows, imported ${accepted}`);
      let parsed = 0;
      const { timing: plain, cpuMs: plainCpu } = await timeWithCpu(async () => {
        parsed = await papaparseRows(file);
      }, 3);
      // papaparse counts the header as a row (the final CRLF yields no extra row in stream mode).
      if (parsed !== ROWS + 1) throw new Error(`papaparse saw ${parsed} rows`);
      return [
        { key: 'csv_import.rows', value: ROWS, unit: 'rows', label: 'data rows in the generated file' },
        { key: 'csv_import.file_mib', value: sizeMiB, unit: 'MiB', label: 'size of the generated file' },
        { key: 'csv_import.ours.median_ms', value: ours.medianMs, unit: 'ms', label: 'importInteractionsCsvStream over a Node file stream' },
        { key: 'csv_import.ours.rows_per_s', value: ROWS / (ours.medianMs / 1000), unit: 'rows/s', label: 'our streaming import, rows per second' },
        { key: 'csv_import.ours.peak_rss_mib', value: ours.peakRssMiB, unit: 'MiB', label: 'peak RSS during our import (run first)' },
        { key: 'csv_import.papaparse.median_ms', value: plain.medianMs, unit: 'ms', label: 'plain Papa.parse streaming the same file' },
        { key: 'csv_import.papaparse.rows_per_s', value: ROWS / (plain.medianMs / 1000), unit: 'rows/s', label: 'plain papaparse, rows per second' },
        { key: 'csv_import.papaparse.peak_rss_mib', value: plain.peakRssMiB, unit: 'MiB', label: 'peak RSS during plain papaparse (after ours)' },
        { key: 'csv_import.ours.cpu_ms', value: oursCpu, unit: 'ms', label: 'CPU time per run of our import (all threads)' },
        { key: 'csv_import.papaparse.cpu_ms', value: plainCpu, unit: 'ms', label: 'CPU time per run of plain papaparse (all threads)' },
        { key: 'csv_import.ours_vs_papaparse.cpu_ratio', value: oursCpu / plainCpu, unit: 'x', label: 'our CPU time over plain papaparse CPU time' }
      ];
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
};
