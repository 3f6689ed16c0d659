import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The most the CLI reads from one file or from standard input, in bytes: as much as Import reads in the browser
 * (64 Mi characters), so a mistaken `/dev/zero` or a multi-gigabyte file is refused instead of filling memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** A file's text ('-' = standard input), read in chunks and refused as soon as it passes `max` bytes. */
export function readBounded(file: string, max = MAX_INPUT_BYTES): string {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      size += n;
      if (size > max) throw new Error(`it is larger than ${max / 1024 / 1024} MiB, the most the command line reads`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
