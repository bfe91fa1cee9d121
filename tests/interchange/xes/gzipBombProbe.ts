/**
 * Run in a child process by decodeXesInput.test.ts, so that the peak memory it reports is this
 * decode's alone: builds a 1 GiB gzip bomb, hands it to the XES reader and prints one JSON line with
 * the error, the CPU time of the call and how far the process's peak resident memory rose above what
 * it held just before the call.
 */
import { parseXes } from '../../../src/interchange/xes/parseXes';
import { gzipBomb } from './gzipBomb';

const bomb = gzipBomb(1024);
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
let error: unknown;
try {
  parseXes(bomb);
} catch (caught) {
  error = caught;
}
const cpu = process.cpuUsage(cpuBefore);
// maxRSS is in KiB and covers the process's life, so the rise over the RSS before the call bounds the call's peak from above.
const peakRiseMiB = (process.resourceUsage().maxRSS * 1024 - rssBefore) / (1024 * 1024);
process.stdout.write(
  `${JSON.stringify({
    bombBytes: bomb.length,
    error: error instanceof Error ? { name: error.constructor.name, message: error.message } : String(error),
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRiseMiB
  })}\n`
);
