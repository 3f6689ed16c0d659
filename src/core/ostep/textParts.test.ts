import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiLabel,
  asciiWriter,
  partsText,
  putBytes,
  textLines,
  writeHex,
  writeInt,
  writePaddedInt,
} from './textParts';
import { utf8Bytes } from './utf8';

describe('text parts', () => {
  it('writes any number as `${n}` does', () => {
    const buf = new Uint8Array(32);
    const written = (n: number): string => partsText([buf.subarray(0, writeInt(buf, 0, n))]);
    for (const n of [0, 9, 10, 99, 100, 2 ** 53 - 1, 2 ** 53, 1e21, 1.5, -3, 1.2345678901234567e-308])
      expect(written(n)).toBe(`${n}`);
    fc.assert(fc.property(fc.nat(), (n) => written(n) === `${n}`));
  });

  it('writes a label of any ASCII text, or of any text as UTF-8 bytes, byte for byte at any offset', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((t) => String.fromCharCode(...utf8Bytes(t))),
    );
    fc.assert(
      fc.property(texts, fc.nat(15), (text, at) => {
        const buf = new Uint8Array(at + text.length + 8).fill(7);
        expect(putBytes(buf, at, asciiLabel(text))).toBe(at + text.length);
        expect(Array.from(buf.subarray(0, at + text.length))).toEqual([
          ...Array.from({ length: at }, () => 7),
          ...Array.from(text, (c) => c.charCodeAt(0)),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes Python's '%*d' and '%0*x' of any safe integer ≥ 0, at every width", () => {
    const buf = new Uint8Array(64);
    const text = (end: number): string => partsText([buf.subarray(0, end)]);
    const edges = [0, 1, 9, 10, 15, 16, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 36, 2 ** 53 - 1];
    const numbers = fc.oneof(fc.constantFrom(...edges), fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 20 }), (n, width) => {
        expect(text(writePaddedInt(buf, 0, n, width))).toBe(`${n}`.padStart(width));
        expect(text(writeHex(buf, 0, n, width))).toBe(n.toString(16).padStart(width, '0'));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the text of lines and byte chunks, whatever the chunk sizes', () => {
    const w = asciiWriter();
    const parts: string[] = ['ARG seed 0', ''];
    // 40,000 lines of 30 bytes: several chunks, each read before the writer reuses its memory.
    for (let i = 0; i < 40_000; i++) {
      w.ascii('Access: ');
      w.int(i);
      w.ascii(' HIT [1, 2, 3]\n');
      const chunk = w.full();
      if (chunk) parts.push(partsText([chunk]));
    }
    parts.push(partsText([w.rest() ?? new Uint8Array()]));
    const expected = ['ARG seed 0\n\n', ...Array.from({ length: 40_000 }, (_, i) => `Access: ${i} HIT [1, 2, 3]\n`)];
    expect(partsText(parts.slice(0, 2)) + parts.slice(2).join('')).toBe(expected.join(''));
    expect(parts.length).toBeGreaterThan(4);
  });

  it('gathers pieces of any size into whole lines, the text unchanged', () => {
    const piece = fc.stringMatching(/^[a-z \n]{0,40}$/).chain((s) => fc.constantFrom(s, s.repeat(700)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom('\n', '', 'é'), (pieces, end) => {
        const text = pieces.join('') + end;
        const parts = [...textLines([...pieces, end])];
        // A text that stops inside a line ends in bytes, exactly; only a non-ASCII start of a line is given a newline.
        expect(partsText(parts)).toBe(end === 'é' ? `${text}\n` : text);
        for (const part of parts.slice(0, -1)) expect(typeof part).toBe('string');
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
