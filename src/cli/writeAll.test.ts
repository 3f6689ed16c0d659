import { describe, expect, it } from 'vitest';
import { writeAll, type WriteSome } from './writeAll';

const brokenPipe: WriteSome = () => {
  throw Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' });
};

describe('writeAll', () => {
  it('waits while the pipe is full and writes everything, in order, whatever each write takes', () => {
    const taken: number[] = [];
    let calls = 0;
    const write: WriteSome = (buffer, offset) => {
      calls++;
      // Full every third call; otherwise it takes at most 7 bytes.
      if (calls % 3 === 0)
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
      const n = Math.min(7, buffer.length - offset);
      taken.push(...buffer.subarray(offset, offset + n));
      return n;
    };
    const text = 'Access: 3  MISS LRU -> [1, 2, 3] <- MRU Replaced:- [Hits:0 Misses:3]\n';
    writeAll(text, write);
    expect(Buffer.from(taken).toString()).toBe(text);
    expect(calls).toBeGreaterThan(10);
  });

  it('passes on any other failure', () => {
    expect(() => writeAll('x', brokenPipe)).toThrow('EPIPE');
  });
});
