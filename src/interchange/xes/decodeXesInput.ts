/**
 * Turns what a user uploads as an XES log (.xes text, .xes bytes or .xes.gz bytes) into text, with a
 * size ceiling that also holds for the decompressed size (a small .gz can inflate enormously).
 */
import { Gunzip } from 'fflate';
import { InputTooLargeError, XesImportError } from '../errors';

/**
 * Compressed bytes handed to the inflater at a time. fflate inflates everything it is given in one
 * call, and deflate expands at most about 1,032 times, so 4 KiB in yields at most about 4.2 MB out:
 * the most a bomb can produce past the limit before the next check stops it. Smaller steps cost
 * calls (a 32 MiB log of typical XML, compressed about 20 times, takes some 400 of them).
 */
export const INFLATE_STEP_BYTES: number = 4096;

/** Thrown from the inflater's callback to stop it; carries how far it got. */
class LimitPassed extends Error {
  public constructor(public readonly inflated: number) {
    super('limit passed');
  }
}

/**
 * Decodes XES input to text. Gzip is recognised by its magic bytes (1f 8b), not by a file name, so
 * a renamed file still reads. Bytes are decoded as UTF-8 (what IEEE 1849 mandates).
 *
 * Gzip is inflated a few KiB of input at a time and stops as soon as the output passes `maxBytes`,
 * so a bomb (1 MB expanding to 1 GB) costs a few milliseconds and about `maxBytes` of memory, not
 * the whole expansion. The same code runs in the browser and in Node.
 *
 * @param input - text, or bytes of a plain or gzipped file
 * @param maxBytes - ceiling on the (decompressed) size in bytes; decompression stops as soon as it is passed
 * @throws InputTooLargeError above `maxBytes` (for gzip with `atLeast`: the bytes inflated when it stopped);
 *   XesImportError for a corrupt gzip stream
 */
export function decodeXesInput(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') return input;
  if (input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b) return new TextDecoder('utf-8').decode(gunzipCapped(input, maxBytes));
  if (input.length > maxBytes) {
    throw new InputTooLargeError(maxBytes, input.length, 'The XES log is too large to read in one piece; split the log.');
  }
  return new TextDecoder('utf-8').decode(input);
}

function gunzipCapped(input: Uint8Array, maxBytes: number): Uint8Array {
  // A gzip member is at least 18 bytes (10 header, 8 trailer) and uses deflate (method 8).
  if (input.length < 18 || input[2] !== 8) throw new XesImportError('The .xes.gz file is not a valid gzip stream (truncated or not deflate).');
  const parts: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    // Thrown rather than recorded so that fflate stops inflating the rest of what it was given.
    if (total > maxBytes) throw new LimitPassed(total);
    parts.push(chunk);
  });
  try {
    for (let offset = 0; offset < input.length; offset += INFLATE_STEP_BYTES) {
      const end = Math.min(offset + INFLATE_STEP_BYTES, input.length);
      gunzip.push(input.subarray(offset, end), end === input.length);
    }
  } catch (error) {
    if (error instanceof LimitPassed) {
      throw new InputTooLargeError(maxBytes, error.inflated, 'The .xes.gz file inflates past the limit (decompression stopped there); split the log or import it as CSV.', true);
    }
    throw new XesImportError(`The .xes.gz file is not a valid gzip stream (${(error as Error).message}).`);
  }
  // fflate's streaming inflater does not check the trailer; the length field (ISIZE, size mod 2^32)
  // catches a truncated or corrupt file, which would otherwise read as a shorter document.
  const end = input.length;
  const declared = (input[end - 4] | (input[end - 3] << 8) | (input[end - 2] << 16) | (input[end - 1] << 24)) >>> 0;
  if (declared !== total % 4294967296) {
    throw new XesImportError(`The .xes.gz file is truncated or corrupt: it declares ${declared} bytes but holds ${total}.`);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
