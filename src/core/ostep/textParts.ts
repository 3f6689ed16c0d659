/**
 * OSTEP's text as it is made, for the command line to print and the browser to show: each part is a string of
 * one line or more (the newline after its last is the reader's to add), or a chunk of ASCII bytes whose lines end
 * in their newlines, except that a line longer than a chunk (checksum.py's data rows) runs on into the next part. A
 * long trace writes its lines into such chunks (`asciiWriter`) instead of building a string per line; a chunk is
 * valid only until the next part is taken.
 */
export type TextPart = string | Uint8Array;

/** The whole text the parts make. */
export function partsText(parts: Iterable<TextPart>): string {
  const out: string[] = [];
  for (const part of parts) out.push(typeof part === 'string' ? `${part}\n` : asciiString(part));
  return out.join('');
}

/** Pieces of text each ending in its newline (or empty) as parts: the newline is the reader's to add. */
export function* wholeLines(pieces: Iterable<string>): Generator<TextPart> {
  for (const piece of pieces) if (piece !== '') yield piece.slice(0, -1);
}

/** Characters of a text gathered into one part by textLines: few parts, each short-lived. */
const LINES_CHARS = 16 * 1024;

/**
 * Pieces of a text (a piece may hold part of a line, or several) as parts of whole lines of about LINES_CHARS
 * characters each. A text that stops inside a line (a script that breaks partway) ends in that line's start, as
 * bytes when it is ASCII (no newline is added after bytes).
 */
export function* textLines(pieces: Iterable<string>): Generator<TextPart> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < LINES_CHARS) continue;
    const end = pending.lastIndexOf('\n');
    if (end < 0) continue;
    yield pending.slice(0, end);
    pending = pending.slice(end + 1);
  }
  if (pending.endsWith('\n')) yield pending.slice(0, -1);
  else if (pending !== '') yield isAscii(pending) ? asciiBytes(pending) : pending;
}

const isAscii = (s: string): boolean => /^[\0-\x7f]*$/.test(s);

/** An ASCII string's bytes, as a part. */
function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Arguments per String.fromCharCode call, well under any engine's limit on arguments. */
const DECODE_SLICE = 8192;

function asciiString(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += DECODE_SLICE)
    out.push(String.fromCharCode(...bytes.subarray(i, i + DECODE_SLICE)));
  return out.join('');
}

/** The size at which a chunk is handed on: a few hundred KiB, so printing it is one system call, not thousands. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Lines of ASCII written as bytes; `full()` hands on each chunk once it is large enough, `rest()` the last one.
 * The writer writes every chunk into the same memory, so a chunk holds its lines only until the writer goes on:
 * print it or decode it before taking the next part (partsText and the command line do).
 */
export interface AsciiWriter {
  /** an ASCII string (labels, spaces), byte per character */
  ascii(s: string): void;
  /** an ASCII string and the newline that ends its line */
  line(s: string): void;
  /** one character by its code (below 128) */
  byte(code: number): void;
  /** a number as `${n}` writes it (writeInt: an integer ≥ 0 digit by digit, any other through String) */
  int(n: number): void;
  /** bytes[from, to) */
  copy(bytes: Uint8Array, from: number, to: number): void;
  /**
   * For a line written in place (fixed fields at fixed offsets): the buffer, with room for `n` more bytes from
   * `written()`; write them, then `commit(end)`.
   */
  reserve(n: number): Uint8Array;
  written(): number;
  commit(end: number): void;
  /** the chunk written so far once it has reached CHUNK_BYTES (the next one starts empty), else null */
  full(): Uint8Array | null;
  /** what was written since the last chunk, or null */
  rest(): Uint8Array | null;
}

export function asciiWriter(): AsciiWriter {
  let buf = new Uint8Array(2 * CHUNK_BYTES);
  let at = 0;
  const room = (n: number): void => {
    if (at + n + STORE_SLACK <= buf.length) return;
    const bigger = new Uint8Array(Math.max(2 * buf.length, at + n + STORE_SLACK));
    bigger.set(buf.subarray(0, at));
    buf = bigger;
  };
  const take = (): Uint8Array => {
    const chunk = buf.subarray(0, at);
    at = 0;
    return chunk;
  };
  return {
    ascii(s) {
      room(s.length);
      for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    },
    line(s) {
      room(s.length + 1);
      for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
      buf[at++] = 10;
    },
    byte(code) {
      room(1);
      buf[at++] = code;
    },
    int(n) {
      room(MAX_INT_CHARS);
      at = writeInt(buf, at, n);
    },
    copy(bytes, from, to) {
      room(to - from);
      buf.set(bytes.subarray(from, to), at);
      at += to - from;
    },
    reserve(n) {
      room(n);
      return buf;
    },
    written: () => at,
    commit(end) {
      at = end;
    },
    full: () => (at >= CHUNK_BYTES ? take() : null),
    rest: () => (at > 0 ? take() : null),
  };
}

const SPACE = 32;
const HEX_DIGITS = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Labels are stored 8 bytes at a time and digits 2 or 4 through a DataView (one store instead of a loop of byte
 * stores: a line of a long trace took 2–3 times as long byte by byte, and 4-byte words half as long again as 8). A
 * label's last word may run up to 7 bytes past its end, over bytes the line writes next; every buffer written so
 * keeps this much room past what it reserves.
 */
const STORE_SLACK = 8;

/**
 * The DataViews of the two buffers last written: one comparison a call, not a view a call. Two, because a trace
 * writes a kept line's own bytes (NumberedLines) and copies them into its chunk in turn: with one, each turn made a
 * new view (mlfq -s 1 -n 3 -j 1200 -m 1500 -M 10 -c: 186,000 of them).
 */
let viewed: Uint8Array | null = null;
let view: DataView = new DataView(new ArrayBuffer(0));
let viewedBefore: Uint8Array | null = null;
let viewBefore: DataView = view;
export function viewOf(buf: Uint8Array): DataView {
  if (buf === viewed) return view;
  const older = viewed;
  const olderView = view;
  viewed = buf;
  view = buf === viewedBefore ? viewBefore : new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  viewedBefore = older;
  viewBefore = olderView;
  return view;
}

/**
 * Texts kept by a small integer key, for a trace that writes the same few texts again and again: each is written
 * once, kept, and copied 4 bytes a store after. A text is at most `slot` − STORE_SLACK bytes.
 */
export interface KeptTexts {
  /** copies key's text into buf at `at` and returns where it ends; -1 when none is kept for key yet */
  copy(buf: Uint8Array, at: number, key: number): number;
  /** keeps buf[from, to) as key's text */
  keep(key: number, buf: Uint8Array, from: number, to: number): void;
}

export function keptTexts(keys: number, slot: number): KeptTexts {
  const bytes = new Uint8Array(keys * slot);
  const source = new DataView(bytes.buffer);
  const lengths = new Int32Array(keys).fill(-1);
  return {
    copy(buf, at, key) {
      const n = lengths[key] as number;
      if (n < 0) return -1;
      const v = viewOf(buf);
      const from = key * slot;
      for (let k = 0; k < n; k += 4) v.setUint32(at + k, source.getUint32(from + k, true), true);
      return at + n;
    },
    keep(key, buf, from, to) {
      bytes.set(buf.subarray(from, to), key * slot);
      lengths[key] = to - from;
    },
  };
}

/** "00" to "99", each as the 16-bit little-endian word of its two ASCII digits. */
const DIGIT_PAIRS = Uint16Array.from({ length: 100 }, (_, n) => (48 + ((n / 10) | 0)) | ((48 + (n % 10)) << 8));
/** "00" to "ff" likewise. */
const HEX_PAIRS = Uint16Array.from(
  { length: 256 },
  (_, n) => (HEX_DIGITS[n >> 4] as number) | ((HEX_DIGITS[n & 15] as number) << 8),
);

/**
 * A label written again and again in place (putBytes): its bytes 8 at a time, each 8 read as a little-endian
 * float64. Its text is ASCII, or UTF-8 bytes a character each (multi.py's names): neither ever makes a NaN, whose
 * exponent needs a top byte of 0x7f or 0xff after one of 0xf0 or more, so every word goes through loads and stores
 * bit for bit (a text that would make one is refused, not trusted to the engine's handling of NaNs).
 */
export interface AsciiLabel {
  /** in bytes */
  length: number;
  words: Float64Array;
}

export function asciiLabel(text: string): AsciiLabel {
  const bytes = new DataView(new ArrayBuffer(8 * Math.ceil(text.length / 8)));
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new RangeError(`asciiLabel: ${JSON.stringify(text)} is not bytes`);
    bytes.setUint8(i, code);
  }
  const words = new Float64Array(bytes.byteLength / 8);
  for (let k = 0; k < words.length; k++) {
    words[k] = bytes.getFloat64(8 * k, true);
    if (Number.isNaN(words[k])) throw new RangeError(`asciiLabel: ${JSON.stringify(text)} holds a NaN's bytes`);
  }
  return { length: text.length, words };
}

/**
 * Writes `label` into buf at `at` and returns where it ends. buf must hold STORE_SLACK bytes more than the text
 * written into it (asciiWriter's buffers do).
 */
export function putBytes(buf: Uint8Array, at: number, label: AsciiLabel): number {
  const v = viewOf(buf);
  const words = label.words;
  for (let k = 0; k < words.length; k++) v.setFloat64(at + 8 * k, words[k] as number, true);
  return at + label.length;
}

/** The most characters writeInt writes: `${n}` of any number is at most 24 long ("-1.2345678901234567e-308"). */
export const MAX_INT_CHARS = 24;

/** How many decimal digits a 31-bit integer n ≥ 0 has, by comparison (no division, no loop). */
function digits31(n: number): number {
  return n < 1e5
    ? n < 100
      ? n < 10
        ? 1
        : 2
      : n < 1e3
        ? 3
        : n < 1e4
          ? 4
          : 5
    : n < 1e7
      ? n < 1e6
        ? 6
        : 7
      : n < 1e8
        ? 8
        : n < 1e9
          ? 9
          : 10;
}

/** A 31-bit integer n ≥ 0 written to end at `end`, two digits a store. */
function putDigits31(buf: Uint8Array, end: number, n: number): number {
  const v = viewOf(buf);
  let i = end;
  let m = n;
  for (; m >= 100; i -= 2) {
    const q = (m / 100) | 0;
    v.setUint16(i - 2, DIGIT_PAIRS[m - q * 100] as number, true);
    m = q;
  }
  if (m >= 10) v.setUint16(i - 2, DIGIT_PAIRS[m] as number, true);
  else buf[i - 1] = 48 + m;
  return end;
}

/** How many decimal digits an integer n ≥ 0 has. */
export function digitsOf(n: number): number {
  if ((n | 0) === n) return digits31(n);
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  return digits;
}

/**
 * Writes `${n}` into buf at `at` (which has room for MAX_INT_CHARS) and returns where it ends: digit by digit for
 * an integer ≥ 0 that is safe, through String() for any other number.
 */
export function writeInt(buf: Uint8Array, at: number, n: number): number {
  // Nearly every number printed is a small one: 32-bit arithmetic, digits counted by comparison, a lone digit
  // stored at once; the rest out of line, so that this stays small enough to be inlined where it is called.
  if ((n | 0) === n && n >= 0) {
    if (n < 10) {
      buf[at] = 48 + n;
      return at + 1;
    }
    return putDigits31(buf, at + digits31(n), n);
  }
  return writeOtherNumber(buf, at, n);
}

function writeOtherNumber(buf: Uint8Array, at: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    const s = String(n);
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    return at;
  }
  const end = at + digitsOf(n);
  let i = end;
  for (; n > 0; n = Math.floor(n / 10)) buf[--i] = 48 + (n % 10);
  return end;
}

/** Python's '%*d' of an integer ≥ 0: `${n}` right-aligned in `width` (buf has room for width + MAX_INT_CHARS). */
export function writePaddedInt(buf: Uint8Array, at: number, n: number, width: number): number {
  if ((n | 0) === n && n >= 0) {
    const digits = digits31(n);
    for (let k = digits; k < width; k++) buf[at++] = SPACE;
    return putDigits31(buf, at + digits, n);
  }
  for (let digits = digitsOf(n); digits < width; digits++) buf[at++] = SPACE;
  return writeInt(buf, at, n);
}

/** Python's '%0*x' of a safe integer ≥ 0: lower-case hex, zero-padded to `width` (longer when it needs more). */
export function writeHex(buf: Uint8Array, at: number, n: number, width: number): number {
  // A 32-bit n: its digits from its leading zeros, then two digits a store; above, division
  const digits =
    n <= 0xffffffff ? (35 - Math.clz32(n)) >> 2 || 1 : 8 + ((35 - Math.clz32(Math.floor(n / 0x100000000))) >> 2);
  const end = at + (digits > width ? digits : width);
  let i = end;
  for (; n > 0xffffffff; n = Math.floor(n / 16)) buf[--i] = HEX_DIGITS[n % 16] as number;
  const v = viewOf(buf);
  let m = n;
  for (; i - 2 >= at; i -= 2, m >>>= 8) v.setUint16(i - 2, HEX_PAIRS[m & 255] as number, true);
  if (i > at) buf[at] = HEX_DIGITS[m & 15] as number;
  return end;
}
