import { writeSync } from 'node:fs';

/** Writes some of `buffer` from `offset`, returning how many bytes it took (fs.writeSync's shape). */
export type WriteSome = (buffer: Uint8Array, offset: number) => number;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` (or bytes, as they are) before returning. process.stdout.write to a pipe queues what the reader has not taken
 * yet, so a long output (paging-policy's 279 MB) piled up in memory; this waits for the pipe instead, a
 * millisecond at a time while it is full.
 */
export function writeAll(text: string | Uint8Array, write: WriteSome = (b, o) => writeSync(1, b, o)): void {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += write(buffer, offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
