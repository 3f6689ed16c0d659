import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberedLines } from './numberedLines';
import { partsText } from './textParts';

/** What a row should read: each number as `${n}` right-aligned in its width. */
const expected = (texts: readonly string[], values: readonly number[], widths: readonly number[]): string =>
  texts.map((t, i) => (i < values.length ? t + `${values[i]}`.padStart(widths[i] ?? 0) : t)).join('');

/** Row r as `put` writes it, at `at`, into a buffer whose other bytes are 7s. */
function written(lines: NumberedLines, r: number, at: number, length: number): string {
  const buf = new Uint8Array(at + length + 8).fill(7);
  const end = lines.put(buf, at, r);
  expect(buf.subarray(0, at).every((b) => b === 7)).toBe(true);
  return partsText([buf.subarray(at, end)]);
}

describe('NumberedLines', () => {
  // Any ASCII below 0x7f, and texts of digits, which a count carried too far would run into.
  const text = fc.oneof(
    fc.string({ unit: fc.integer({ min: 0, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    fc.stringMatching(/^[019 ]{0,3}$/),
  );
  // Numbers near a change of width, counted up and down across it, and any others.
  const edge = fc.constantFrom(0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 9999, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 2);
  const value = fc.oneof(edge, fc.nat(100_000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }));
  const change = fc.oneof(
    { arbitrary: fc.constantFrom(1, -1), weight: 6 },
    { arbitrary: fc.integer({ min: -12, max: 12 }), weight: 1 },
    { arbitrary: value.map((v) => ({ to: v })), weight: 1 },
  );

  it('writes each row as its texts and numbers after any changes of its numbers, mostly by one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.nat(12)), { maxLength: 5 }),
        text,
        fc.array(fc.tuple(fc.nat(5), fc.nat(), change, fc.boolean()), { maxLength: 80 }),
        fc.nat(15),
        (fields, last, steps, at) => {
          const texts = [...fields.map(([t]) => t), last];
          const widths = fields.map(([, w]) => w);
          const lines = new NumberedLines(texts, widths);
          const rows = Array.from({ length: 6 }, () => fields.map(() => 0));
          for (const [r, pick, by, look] of steps) {
            const row = rows[r] as number[];
            if (row.length > 0) {
              const i = pick % row.length;
              const n = typeof by === 'number' ? (row[i] as number) + by : by.to;
              if (n < 0 || n > Number.MAX_SAFE_INTEGER) continue;
              row[i] = n;
              lines.set(r, i, n);
              expect(lines.get(r, i)).toBe(n);
            }
            // Rows are put now and then: changes pile up between.
            if (look) {
              const line = expected(texts, row, widths);
              expect(written(lines, r, at, line.length)).toBe(line);
            }
          }
          for (const [r, row] of rows.entries()) {
            const line = expected(texts, row, widths);
            expect(written(lines, r, at, line.length)).toBe(line);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts down from 1,000 to 0 and up again to 1,000, digit by digit', () => {
    const lines = new NumberedLines(['[ ', ' | ', ' ]'], [0, 4]);
    for (let n = 1000; n >= 0; n--) {
      lines.set(0, 0, n);
      lines.set(0, 1, 1000 - n);
      expect(written(lines, 0, 3, 20)).toBe(`[ ${n} | ${`${1000 - n}`.padStart(4)} ]`);
    }
  });

  it('refuses a text that is not ASCII below 0x7f, and a number that is not whole and ≥ 0', () => {
    expect(() => new NumberedLines(['a\x7f', ''])).toThrow(RangeError);
    expect(() => new NumberedLines(['é', ''])).toThrow(RangeError);
    const lines = new NumberedLines(['a', '']);
    for (const n of [-1, 1.5, 2 ** 53, Infinity, NaN]) expect(() => lines.set(0, 0, n)).toThrow(RangeError);
  });
});
