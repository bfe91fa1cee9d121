import { spawnSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipSync } from 'fflate';
import { InputTooLargeError, XesImportError } from '../../../src/interchange';
import { INFLATE_STEP_BYTES, decodeXesInput } from '../../../src/interchange/xes/decodeXesInput';
import { gzipBomb } from './gzipBomb';

const MIB = 1024 * 1024;
const root = path.resolve(__dirname, '../../..');
const BOMB_HINT = 'The .xes.gz file inflates past the limit (decompression stopped there); split the log or import it as CSV.';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('decodeXesInput', () => {
  it('builds real bombs: a 4 MiB one inflates with zlib to 4 MiB of zeros, checksum and length included', () => {
    const bomb = gzipBomb(4);
    expect(bomb.length).toBe(4 * 1037 + 20);
    const inflated = zlib.gunzipSync(bomb);
    expect(inflated.length).toBe(4 * MIB);
    expect(inflated.every((byte) => byte === 0)).toBe(true);
  });

  it('stops inflating a bomb one step (4 KiB in, about 4 MB out) past the limit, and reads one exactly at the limit', () => {
    expect(thrown(() => decodeXesInput(gzipBomb(64), MIB))).toEqual(new InputTooLargeError(MIB, 4_136_192, BOMB_HINT, true));
    expect(decodeXesInput(gzipBomb(1), MIB)).toBe('\u0000'.repeat(MIB));
  });

  it('reads a gzipped log of many steps to the same text as the plain bytes', () => {
    // Varied lines so that it compresses to well over one step.
    const lines = Array.from({ length: 20_000 }, (_, i) => `<event><string key="concept:name" value="step ${(i * 7919) % 10007}"/></event>`);
    const text = `<log>${lines.join('\n')}</log>`;
    const gz = gzipSync(new TextEncoder().encode(text));
    expect(gz.length).toBeGreaterThan(10 * INFLATE_STEP_BYTES);
    expect(decodeXesInput(gz, text.length)).toBe(text);
    expect(thrown(() => decodeXesInput(gz, text.length - 1))).toBeInstanceOf(InputTooLargeError);
  });

  it('refuses truncated and corrupt streams with a typed error that quotes no content', () => {
    const gz = gzipBomb(2);
    expect(thrown(() => decodeXesInput(gz.slice(0, gz.length - 8), 4 * MIB))).toBeInstanceOf(XesImportError);
    const corrupt = gz.slice();
    corrupt[10] = 0xff;
    expect(thrown(() => decodeXesInput(corrupt, 4 * MIB))).toEqual(new XesImportError('The .xes.gz file is not a valid gzip stream (invalid block type).'));
  });

  // The case: a 1 MB .xes.gz inflating to 1 GiB. In a child process so that the peak
  // resident memory measured is this decode's own, not the test runner's.
  it('refuses a 1 GiB bomb having inflated 36 MB, within 1 s of CPU and 100 MiB of memory', () => {
    const child = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/interchange/xes/gzipBombProbe.ts'], { cwd: root, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const report = JSON.parse(child.stdout) as { bombBytes: number; error: { name: string; message: string }; cpuMs: number; peakRiseMiB: number };
    expect(report.bombBytes).toBe(1024 * 1037 + 20);
    expect(report.error).toEqual({ name: 'InputTooLargeError', message: `The input is at least 37261312 long, over the limit of 33554432. ${BOMB_HINT}` });
    expect(report.cpuMs).toBeLessThan(1000);
    expect(report.peakRiseMiB).toBeLessThan(100);
  }, 60_000);
});
