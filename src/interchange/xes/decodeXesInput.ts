/**
 * Turns what a user uploads as an XES log (.xes text, .xes bytes or .xes.gz bytes) into text, with a
 * size ceiling that also holds for the decompressed size (a small .gz can inflate enormously).
 */
import { Gunzip } from 'fflate';
import { InputTooLargeError, XesImportError } from '../../core/errors';

/**
 * Decodes XES input to text. Gzip is recognised by its magic bytes (1f 8b), not by a file name, so
 * a renamed file still reads. Bytes are decoded as UTF-8 (what IEEE 1849 mandates).
 *
 * @param input - text, or bytes of a plain or gzipped file
 * @param maxBytes - ceiling on the (decompressed) size in bytes; decompression stops as soon as it is passed
 * @throws InputTooLargeError above `maxBytes`; XesImportError for a corrupt gzip stream
 */
export function decodeXesInput(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') return input;
  if (input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b) {
    // A gzip member is at least 18 bytes (10 header, 8 trailer) and uses deflate (method 8).
    if (input.length < 18 || input[2] !== 8) throw new XesImportError('The .xes.gz file is not a valid gzip stream (truncated or not deflate).');
    const parts: Uint8Array[] = [];
    let total = 0;
    const gunzip = new Gunzip((chunk) => {
      total += chunk.length;
      if (total > maxBytes) {
        throw new InputTooLargeError(maxBytes, total, 'The decompressed XES log is too large to read in one piece; split the log.');
      }
      parts.push(chunk);
    });
    try {
      gunzip.push(input, true);
    } catch (error) {
      if (error instanceof InputTooLargeError) throw error;
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
    return new TextDecoder('utf-8').decode(bytes);
  }
  if (input.length > maxBytes) {
    throw new InputTooLargeError(maxBytes, input.length, 'The XES log is too large to read in one piece; split the log.');
  }
  return new TextDecoder('utf-8').decode(input);
}
