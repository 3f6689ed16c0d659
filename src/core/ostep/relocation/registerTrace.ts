import { asciiBytes, asciiWriter, putBytes, writeHex, writeInt, writePaddedInt, type TextPart } from '../textParts';

/** An address of the trace as translated: pa null is a segmentation violation; `segment` for segmentation.py. */
export interface TracedAddress {
  va: number;
  pa: number | null;
  segment?: number;
}

const VA = asciiBytes('  VA ');
const HEX = asciiBytes(': 0x');
const DECIMAL = asciiBytes(' (decimal: ');
const ARROW = asciiBytes(') --> ');
const UNSOLVED = asciiBytes('PA or segmentation violation?');
const VIOLATION = asciiBytes('SEGMENTATION VIOLATION');
const IN_SEGMENT = asciiBytes(' (SEG');
const VALID = asciiBytes('VALID');
const VALID_IN = asciiBytes(' in SEG');
const CLOSE = 41; // ')'
const NEWLINE = 10;
/** The longest line: every number at its widest (addresses below 2^50, indexes below 10^24). */
const MAX_LINE = 200;

/**
 * One line as relocation.py and segmentation.py print it, written in place: '  VA %2d: 0x%08x (decimal: %4d) --> '
 * and the outcome (with the segment for segmentation.py).
 */
function putTraceLine(buf: Uint8Array, at: number, i: number, t: TracedAddress, solve: boolean): number {
  at = putBytes(buf, at, VA);
  at = writePaddedInt(buf, at, i, 2);
  at = putBytes(buf, at, HEX);
  at = writeHex(buf, at, t.va, 8);
  at = putBytes(buf, at, DECIMAL);
  at = writePaddedInt(buf, at, t.va, 4);
  at = putBytes(buf, at, ARROW);
  if (!solve) at = putBytes(buf, at, UNSOLVED);
  else if (t.pa === null) {
    at = putBytes(buf, at, VIOLATION);
    if (t.segment !== undefined) {
      at = putBytes(buf, at, IN_SEGMENT);
      at = writeInt(buf, at, t.segment);
      buf[at++] = CLOSE;
    }
  } else {
    at = putBytes(buf, at, VALID);
    if (t.segment !== undefined) {
      at = putBytes(buf, at, VALID_IN);
      at = writeInt(buf, at, t.segment);
    }
    at = putBytes(buf, at, HEX);
    at = writeHex(buf, at, t.pa, 8);
    at = putBytes(buf, at, DECIMAL);
    at = writePaddedInt(buf, at, t.pa, 4);
    buf[at++] = CLOSE;
  }
  buf[at++] = NEWLINE;
  return at;
}

/** The trace's lines as they are made, written into chunks of bytes: a long trace is never held whole. */
export function* traceParts(addresses: Iterable<TracedAddress>, solve: boolean): Generator<TextPart> {
  const w = asciiWriter();
  let i = 0;
  for (const t of addresses) {
    w.commit(putTraceLine(w.reserve(MAX_LINE), w.written(), i++, t, solve));
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
}
