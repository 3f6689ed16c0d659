import { asciiLabel, digitsOf, putBytes, viewOf, writeInt, type AsciiLabel } from './textParts';

/**
 * Lines of one shape, fixed texts around whole numbers (texts[0], number 0, texts[1], …, number n − 1, texts[n]),
 * one line per row (a job, say), each written by `put` as a label is. A long trace's next line mostly differs from
 * the last of its row by a number counted up or down by one: then only that number's last digits change, in place,
 * instead of its being converted again; another number of as many digits is written over them; a change of its
 * width writes the row again when it is next put. Number i is right-aligned in widths[i] as Python's '%*d' (0 or
 * none: not aligned); every number is whole, from 0 to 2^53 − 1. A row not set yet holds 0s.
 */
export class NumberedLines {
  /** the most bytes a line takes (put stores up to 7 more, over bytes a writer writes next) */
  readonly longest: number;
  private readonly fields: number;
  /** bytes a row takes: its longest line and room for the last word's store, in whole words */
  private readonly slot: number;
  private readonly texts: readonly AsciiLabel[];
  private readonly widths: Int32Array;
  private rows = 0;
  private bytes = new Uint8Array(0);
  private words = new Float64Array(0);
  private values = new Float64Array(0);
  /** each row's number i: where its digits start and end in the row's line, as last written */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  /** each row's line length, or -1 when it is to be written again */
  private lengths = new Int32Array(0);

  constructor(texts: readonly string[], widths: readonly number[] = []) {
    // Below 0x7f, no 8 bytes of a line read as a float are a NaN (whose top byte is 0x7f or 0xff): its words go
    // through loads and stores bit for bit.
    const nonAscii = texts.find((text) => /[^\0-\x7e]/.test(text));
    if (nonAscii !== undefined) throw new RangeError(`NumberedLines: ${JSON.stringify(nonAscii)} is not ASCII`);
    this.fields = texts.length - 1;
    this.texts = texts.map(asciiLabel);
    this.widths = Int32Array.from({ length: this.fields }, (_, i) => widths[i] ?? 0);
    let most = 0;
    for (const text of texts) most += text.length;
    for (const width of this.widths) most += Math.max(width, MAX_DIGITS);
    this.longest = most;
    this.slot = 8 * Math.ceil((most + 8) / 8);
    this.grow(1);
  }

  /** Row r's number i. */
  get(r: number, i: number): number {
    return r < this.rows ? (this.values[r * this.fields + i] as number) : 0;
  }

  /** Sets row r's number i to n. */
  set(r: number, i: number, n: number): void {
    if (r >= this.rows) this.grow(r + 1);
    const at = r * this.fields + i;
    const old = this.values[at] as number;
    if (n === old) return;
    if (!(Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`NumberedLines: ${n} is not a whole number ≥ 0`);
    this.values[at] = n;
    if (this.lengths[r] === -1) return;
    if (!(n === old + 1 ? this.countUp(at) : n === old - 1 ? this.countDown(at) : this.rewrite(at, n)))
      this.lengths[r] = -1;
  }

  /** Writes row r's line into buf at `at` and returns where it ends; buf has room for 8 bytes past `longest`. */
  put(buf: Uint8Array, at: number, r: number): number {
    if (r >= this.rows) this.grow(r + 1);
    let n = this.lengths[r] as number;
    if (n < 0) n = this.write(r);
    const v = viewOf(buf);
    const words = this.words;
    const from = (r * this.slot) / 8;
    for (let k = 0; 8 * k < n; k++) v.setFloat64(at + 8 * k, words[from + k] as number, true);
    return at + n;
  }

  /** One more in the digits of the number at `at`, or false when they are all 9s (it gains a digit). */
  private countUp(at: number): boolean {
    const bytes = this.bytes;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    let d = end - 1;
    while (d >= start && bytes[d] === NINE) d--;
    if (d < start) return false;
    bytes[d] = (bytes[d] as number) + 1;
    for (let k = d + 1; k < end; k++) bytes[k] = ZERO;
    return true;
  }

  /** One less in the digits of the number at `at` (≥ 1), or false when its first digit would become a 0. */
  private countDown(at: number): boolean {
    const bytes = this.bytes;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    let d = end - 1;
    while (bytes[d] === ZERO) d--;
    if (d === start && bytes[d] === ONE && end - start > 1) return false;
    bytes[d] = (bytes[d] as number) - 1;
    for (let k = d + 1; k < end; k++) bytes[k] = NINE;
    return true;
  }

  /**
   * The digits of the number at `at` written again in place as n's, or false when n has another number of digits
   * (its line's length changes). mlfq's TICKS column jumps back to a full quantum every few lines: a row written
   * again whole each time was a tenth of its text's time.
   */
  private rewrite(at: number, n: number): boolean {
    const start = this.starts[at] as number;
    if (digitsOf(n) !== (this.ends[at] as number) - start) return false;
    writeInt(this.bytes, start, n);
    return true;
  }

  /** Writes row r's line from its texts and numbers; returns its length. */
  private write(r: number): number {
    const { bytes, texts, fields } = this;
    const base = r * this.slot;
    let at = base;
    for (let i = 0; ; i++) {
      at = putBytes(bytes, at, texts[i] as AsciiLabel);
      if (i === fields) break;
      const field = r * fields + i;
      const n = this.values[field] as number;
      for (let k = digitsOf(n); k < (this.widths[i] as number); k++) bytes[at++] = SPACE;
      this.starts[field] = at;
      at = writeInt(bytes, at, n);
      this.ends[field] = at;
    }
    this.lengths[r] = at - base;
    return at - base;
  }

  /** Room for at least `rows` rows, the new ones all 0s, to be written when first put. */
  private grow(rows: number): void {
    const capacity = Math.max(rows, 2 * this.rows);
    const buffer = new ArrayBuffer(capacity * this.slot);
    const bytes = new Uint8Array(buffer);
    bytes.set(this.bytes);
    this.bytes = bytes;
    this.words = new Float64Array(buffer);
    const widened = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(capacity * this.fields);
      b.set(a);
      return b;
    };
    const values = new Float64Array(capacity * this.fields);
    values.set(this.values);
    this.values = values;
    this.starts = widened(this.starts);
    this.ends = widened(this.ends);
    const lengths = new Int32Array(capacity).fill(-1);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.rows = capacity;
  }
}

/** Digits of the largest number a line holds, 2^53 − 1. */
const MAX_DIGITS = 16;
const SPACE = 32;
const ZERO = 48;
const ONE = 49;
const NINE = 57;
