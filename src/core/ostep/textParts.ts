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
  /** an integer ≥ 0 in decimal, as `${n}` writes it */
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
    if (at + n <= buf.length) return;
    const bigger = new Uint8Array(Math.max(2 * buf.length, at + n));
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

/** An ASCII string's bytes, for a label written again and again in place (putBytes). */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Writes `text` into buf at `at` and returns where it ends: a loop for a short label, set() (a copy of memory, after
 * a call that costs about as much as a loop over 16 bytes) for a longer one.
 */
export function putBytes(buf: Uint8Array, at: number, text: Uint8Array): number {
  if (text.length > 16) buf.set(text, at);
  else for (let i = 0; i < text.length; i++) buf[at + i] = text[i] as number;
  return at + text.length;
}

/** The most characters writeInt writes: `${n}` of any number is at most 24 long ("-1.2345678901234567e-308"). */
export const MAX_INT_CHARS = 24;

/**
 * Writes `${n}` into buf at `at` (which has room for MAX_INT_CHARS) and returns where it ends: digit by digit for
 * an integer ≥ 0 that is safe, through String() for any other number.
 */
export function writeInt(buf: Uint8Array, at: number, n: number): number {
  // Nearly every number printed is a small one: 32-bit arithmetic, digits counted by comparison.
  if ((n | 0) === n && n >= 0) {
    let m = n;
    const end =
      at +
      (m < 10
        ? 1
        : m < 100
          ? 2
          : m < 1e3
            ? 3
            : m < 1e4
              ? 4
              : m < 1e5
                ? 5
                : m < 1e6
                  ? 6
                  : m < 1e7
                    ? 7
                    : m < 1e8
                      ? 8
                      : m < 1e9
                        ? 9
                        : 10);
    for (let i = end; ;) {
      const q = (m / 10) | 0;
      buf[--i] = 48 + m - q * 10;
      if (q === 0) return end;
      m = q;
    }
  }
  if (!Number.isSafeInteger(n) || n < 0) {
    const s = String(n);
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    return at;
  }
  let end = at + 1;
  for (let p = 10; p <= n; p *= 10) end++;
  let i = end;
  for (; n > 0; n = Math.floor(n / 10)) buf[--i] = 48 + (n % 10);
  return end;
}

/** Python's '%*d' of an integer ≥ 0: `${n}` right-aligned in `width` (buf has room for width + MAX_INT_CHARS). */
export function writePaddedInt(buf: Uint8Array, at: number, n: number, width: number): number {
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  for (; digits < width; digits++) buf[at++] = SPACE;
  return writeInt(buf, at, n);
}

/** Python's '%0*x' of a safe integer ≥ 0: lower-case hex, zero-padded to `width` (longer when it needs more). */
export function writeHex(buf: Uint8Array, at: number, n: number, width: number): number {
  let digits = 1;
  for (let p = 16; p <= n; p *= 16) digits++;
  const end = at + (digits > width ? digits : width);
  let i = end - 1;
  // 32-bit shifts for the digits below 2^31, division for any above
  for (; n >= 0x80000000; i--, n = Math.floor(n / 16)) buf[i] = HEX_DIGITS[n % 16] as number;
  for (let m = n; i >= at; i--, m >>>= 4) buf[i] = HEX_DIGITS[m & 15] as number;
  return end;
}
